package org.civicgrievance.resolution.evaluation;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The month's stars from both evaluations 一诺双评: supervisors for their department, inspectors for any or all. */
@Path("/api/evaluations/stars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Supervisors rate handling; stars per department and handler")
public class StarsResource {

    private final HandlingEvaluations evaluations;
    private final CurrentStaff staff;

    public StarsResource(HandlingEvaluations evaluations, CurrentStaff staff) {
        this.evaluations = evaluations;
        this.staff = staff;
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "A month's stars per department and handler (residents', supervisors', combined); "
            + "supervisors for their own department, inspectors for one (department=…) or all")
    public MonthlyStars stars(@QueryParam("month") String month, @QueryParam("department") String department) {
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("month", "must be a month such as 2026-11");
        }
        String chosen = department == null || department.isBlank() ? null : department.strip();
        if (chosen == null && !staff.member().has(Roles.INSPECTOR)) {
            chosen = staff.member().department();
        }
        return evaluations.starsOf(parsed, chosen, staff.member());
    }
}
