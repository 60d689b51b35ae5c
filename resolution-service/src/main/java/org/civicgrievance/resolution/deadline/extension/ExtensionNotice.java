package org.civicgrievance.resolution.deadline.extension;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.civicgrievance.resolution.casework.CaseworkService;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.DueTimeText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the resident, in the transaction of the approval, that the time limit of their case moved
 * and why: a note in both languages through case.status-changed, with the new due time. Only the
 * RESOLUTION clock is the resident's; CLAIM and UPDATE are the department's internal discipline.
 */
@ApplicationScoped
public class ExtensionNotice {

    private final CaseworkService casework;
    private final DueTimeText times;

    public ExtensionNotice(CaseworkService casework, @ConfigProperty(name = "grievance.resolution.zone") ZoneId zone) {
        this.casework = casework;
        this.times = new DueTimeText(zone);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onExtended(@Observes DeadlineExtended extended) {
        if (extended.clock() == ClockKind.RESOLUTION) {
            casework.resolutionDueMoved(extended.caseId(), extended.newDue(), extended.provisional(), text(extended.newDue(), extended.reason()),
                    extended.approvedBy(), extended.approverRole(), extended.at());
        }
    }

    /** e.g. "办理时限延长至 2026年12月9日 17:30，原因：…" and "The time limit was extended to 9 Dec 2026 17:30 because: …". */
    String text(Instant newDue, String reason) {
        return "办理时限延长至 %s，原因：%s\nThe time limit was extended to %s because: %s".formatted(times.zh(newDue), reason,
                times.en(newDue), reason);
    }
}
