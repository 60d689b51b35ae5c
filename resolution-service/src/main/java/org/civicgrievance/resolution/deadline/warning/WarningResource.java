package org.civicgrievance.resolution.deadline.warning;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.WarningLevel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 电子监察: the warnings that concern the caller, on clocks still running. */
@Path("/api/warnings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class WarningResource {

    private final WarningRepository warnings;
    private final CurrentStaff staff;

    public WarningResource(WarningRepository warnings, CurrentStaff staff) {
        this.warnings = warnings;
        this.staff = staff;
    }

    /**
     * @param period 0 for the original deadline, n after the n-th approved extension
     * @param dueAt  the deadline the card was raised against
     */
    public record WarningView(String caseId, String department, ClockKind clock, WarningLevel level, int period,
            Instant dueAt, Instant raisedAt) {

        static WarningView of(ClockWarning w) {
            return new WarningView(w.getCaseId(), w.getDepartment(), w.getKind(), w.getLevel(), w.getPeriod(),
                    w.getDueAt(), w.getRaisedAt());
        }
    }

    @GET
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Yellow and red cards (and special-handling alerts) on running clocks, newest first: "
            + "a handler's on the cases they hold, a supervisor's in their department, an inspector's every red card")
    public List<WarningView> mine() {
        StaffMember member = staff.member();
        List<ClockWarning> found;
        if (member.has(Roles.SUPERVISOR) && member.worksIn(member.department())) {
            found = warnings.ofDepartment(member.department());
        } else if (member.has(Roles.HANDLER) && member.worksIn(member.department())) {
            found = warnings.heldBy(member.department(), member.id());
        } else if (member.has(Roles.INSPECTOR)) {
            found = warnings.allRed();
        } else {
            found = List.of();
        }
        return found.stream().map(WarningView::of).toList();
    }
}
