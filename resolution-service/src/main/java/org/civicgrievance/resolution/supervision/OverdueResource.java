package org.civicgrievance.resolution.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.resolution.calendar.Calendars;
import org.civicgrievance.resolution.casework.CaseRepository;
import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.deadline.CaseClock;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.ClockRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 电子监察 for discipline officials: which open cases are past a deadline now, and by how much. Read-only. */
@Path("/api/supervision/overdue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Discipline officials' read-only views")
public class OverdueResource {

    private final ClockRepository clocks;
    private final CaseRepository cases;
    private final Calendars calendars;
    private final Clock clock;

    public OverdueResource(ClockRepository clocks, CaseRepository cases, Calendars calendars, Clock clock) {
        this.clocks = clocks;
        this.cases = cases;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * @param dueAt                 the deadline breached: the extended one when extensions were approved
     * @param originalDueAt         the deadline before any extension
     * @param extensions            how many extensions of this clock were approved (0: never extended); the red
     *                              card is that of the deadline after the last one
     * @param overdueMinutes        calendar minutes since the due time
     * @param overdueWorkingMinutes working minutes since the due time, on the clock's calendar
     */
    public record OverdueCase(String caseId, String trackingNumber, String status, String handler, String priority,
            ClockKind clock, Instant dueAt, Instant originalDueAt, int extensions, long overdueMinutes,
            long overdueWorkingMinutes) {
    }

    public record DepartmentOverdue(String department, List<OverdueCase> cases) {
    }

    @GET
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Open cases with a red card on a clock still running, by department, longest overdue first; "
            + "an extended deadline breached again is listed with how often it was extended and the original due time")
    public List<DepartmentOverdue> overdue(@QueryParam("department") String department) {
        if (department != null && !department.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw ProblemException.invalidField("department", "a department code, e.g. urban-management");
        }
        Instant now = clock.instant();
        List<CaseClock> red = clocks.overdue(department, now);
        Map<String, GrievanceCase> byId = red.isEmpty() ? Map.of()
                : cases.list("id in ?1", red.stream().map(CaseClock::getCaseId).distinct().toList()).stream()
                        .collect(Collectors.toMap(GrievanceCase::getId, Function.identity()));
        Map<String, List<OverdueCase>> grouped = new LinkedHashMap<>();
        for (CaseClock c : red) {
            GrievanceCase aCase = byId.get(c.getCaseId());
            grouped.computeIfAbsent(c.getDepartment(), d -> new java.util.ArrayList<>())
                    .add(new OverdueCase(c.getCaseId(), aCase == null ? null : aCase.getTrackingNumber(),
                            aCase == null ? null : aCase.getStatus().name(), aCase == null ? null : aCase.getHandler(),
                            aCase == null ? null : aCase.getPriority(), c.getKind(), c.getDueAt(), c.getOriginalDueAt(),
                            c.getPeriod(), java.time.Duration.between(c.getDueAt(), now).toMinutes(),
                            calendars.byCode(c.getCalendarCode()).workingTimeBetween(c.getDueAt(), now).toMinutes()));
        }
        return grouped.entrySet().stream().map(e -> new DepartmentOverdue(e.getKey(), e.getValue())).toList();
    }
}
