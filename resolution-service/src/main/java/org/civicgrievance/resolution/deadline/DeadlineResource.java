package org.civicgrievance.resolution.deadline;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.resolution.casework.CaseworkService;
import org.civicgrievance.resolution.deadline.policy.CommitmentRequests.LimitBody;
import org.civicgrievance.resolution.deadline.warning.WarningRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A case's clocks, for the staff who may read the case. */
@Path("/api/cases/{caseId}/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class DeadlineResource {

    private final CaseworkService casework;
    private final ClockRepository clocks;
    private final WarningRepository warnings;
    private final CurrentStaff staff;

    public DeadlineResource(CaseworkService casework, ClockRepository clocks, WarningRepository warnings,
            CurrentStaff staff) {
        this.casework = casework;
        this.clocks = clocks;
        this.warnings = warnings;
        this.staff = staff;
    }

    /**
     * @param warnings the levels raised on this clock, oldest first (kept after an extension)
     */
    public record ClockView(long id, ClockKind kind, ClockState state, String department, String calendar,
            LimitBody limit, Instant startedAt, Instant yellowAt, Instant dueAt, Instant originalDueAt,
            Instant pausedAt, Instant endedAt, List<WarningLevel> warnings) {
    }

    @GET
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Every clock of the case (claim, update, resolution, callback), oldest first, with its "
            + "due time, yellow point, state and the warnings raised on it")
    public List<ClockView> deadlines(@PathParam("caseId") String caseId) {
        casework.requireReadable(caseId, staff.member());
        var raised = warnings.ofCase(caseId);
        return clocks.ofCase(caseId).stream().map(c -> new ClockView(c.getId(), c.getKind(), c.getState(),
                c.getDepartment(), c.getCalendarCode(), LimitBody.of(c.limit()), c.getStartedAt(), c.getYellowAt(),
                c.getDueAt(), c.getOriginalDueAt(), c.getPausedAt(), c.getEndedAt(),
                raised.stream().filter(w -> w.getClockId().equals(c.getId())).map(w -> w.getLevel()).toList()))
                .toList();
    }
}
