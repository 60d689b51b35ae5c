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
import org.civicgrievance.resolution.calendar.Calendars;
import org.civicgrievance.resolution.casework.CaseworkService;
import org.civicgrievance.resolution.deadline.policy.CommitmentRequests.LimitBody;
import org.civicgrievance.resolution.deadline.warning.ClockWarning;
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
    private final Calendars calendars;
    private final CurrentStaff staff;

    public DeadlineResource(CaseworkService casework, ClockRepository clocks, WarningRepository warnings,
            Calendars calendars, CurrentStaff staff) {
        this.calendars = calendars;
        this.casework = casework;
        this.clocks = clocks;
        this.warnings = warnings;
        this.staff = staff;
    }

    /**
     * @param period   0 for the original deadline, n after the n-th approved extension
     * @param warnings the levels raised on this clock, oldest first, in every period (kept after an extension)
     * @param cards    the same warnings with the period and the due time each was raised against
     * @param provisional the due time of a live clock lies beyond its calendar's horizon: it counts the
     *                 statutory holidays and moves when the year's schedule is loaded
     */
    public record ClockView(long id, ClockKind kind, ClockState state, String department, String calendar,
            LimitBody limit, Instant startedAt, Instant yellowAt, Instant dueAt, boolean provisional,
            Instant originalDueAt, int period, Instant pausedAt, Instant endedAt, List<WarningLevel> warnings,
            List<CardView> cards) {
    }

    public record CardView(WarningLevel level, int period, Instant dueAt, Instant raisedAt) {

        static CardView of(ClockWarning w) {
            return new CardView(w.getLevel(), w.getPeriod(), w.getDueAt(), w.getRaisedAt());
        }
    }

    @GET
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Every clock of the case (claim, update, resolution, callback), oldest first, with its "
            + "due time, yellow point, state, deadline period and the warnings raised on it in every period")
    public List<ClockView> deadlines(@PathParam("caseId") String caseId) {
        casework.requireReadable(caseId, staff.member());
        var raised = warnings.ofCase(caseId);
        return clocks.ofCase(caseId).stream().map(c -> {
            List<ClockWarning> onClock = raised.stream().filter(w -> w.getClockId().equals(c.getId())).toList();
            return new ClockView(c.getId(), c.getKind(), c.getState(), c.getDepartment(), c.getCalendarCode(),
                    LimitBody.of(c.limit()), c.getStartedAt(), c.getYellowAt(), c.getDueAt(),
                    c.isProvisional(calendars.byCode(c.getCalendarCode())), c.getOriginalDueAt(),
                    c.getPeriod(), c.getPausedAt(), c.getEndedAt(),
                    onClock.stream().map(ClockWarning::getLevel).toList(),
                    onClock.stream().map(CardView::of).toList());
        }).toList();
    }
}
