package org.civicgrievance.resolution.evaluation;

import java.time.YearMonth;
import java.util.List;

/**
 * Stars per department and per handler for one month (in the city's time zone), from the
 * residents' ratings and the supervisors', apart and combined.
 */
public record MonthlyStars(YearMonth month, String zone, List<DepartmentStars> departments) {

    public record DepartmentStars(String department, Stars resident, Stars supervisor, Stars combined,
            List<HandlerStars> handlers) {
    }

    /** A handler's stars; resident ratings count for the handler holding the case when it was rated. */
    public record HandlerStars(String handler, Stars resident, Stars supervisor, Stars combined) {
    }
}
