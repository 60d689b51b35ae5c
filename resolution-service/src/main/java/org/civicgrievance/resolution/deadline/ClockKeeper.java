package org.civicgrievance.resolution.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.resolution.calendar.Calendars;
import org.civicgrievance.resolution.calendar.RoundTheClock;
import org.civicgrievance.resolution.casework.CaseRepository;
import org.civicgrievance.resolution.casework.CaseStatus;
import org.civicgrievance.resolution.casework.CaseTransition;
import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.deadline.policy.Commitments;
import org.civicgrievance.resolution.deadline.policy.DeadlinePolicy;
import org.civicgrievance.resolution.deadline.policy.DeadlineTerms;
import org.civicgrievance.resolution.deadline.policy.ServiceCommitment;
import org.civicgrievance.resolution.deadline.policy.ServiceTier;
import org.civicgrievance.resolution.deadline.warning.Warnings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps each case's clocks in step with its state: observes every {@link CaseTransition} inside the
 * transaction of the change, so the clocks commit exactly when the change does.
 */
@ApplicationScoped
public class ClockKeeper {

    private final CaseRepository cases;
    private final ClockRepository clocks;
    private final Commitments commitments;
    private final Calendars calendars;
    private final Warnings warnings;
    private final DeadlinePolicy policy;
    private final double yellowShare;

    public ClockKeeper(CaseRepository cases, ClockRepository clocks, Commitments commitments,
            Calendars calendars, Warnings warnings,
            @ConfigProperty(name = "grievance.resolution.green-channel-share", defaultValue = "0.5") double greenShare,
            @ConfigProperty(name = "grievance.resolution.yellow-share", defaultValue = "0.75") double yellowShare) {
        this.cases = cases;
        this.clocks = clocks;
        this.commitments = commitments;
        this.calendars = calendars;
        this.warnings = warnings;
        this.policy = new DeadlinePolicy(greenShare);
        this.yellowShare = yellowShare;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onTransition(@Observes CaseTransition change) {
        GrievanceCase aCase = cases.findById(change.caseId());
        DeadlineTerms terms = termsFor(change.department(), aCase.getCategory(), aCase.getPriority());
        // a case arriving (from no state) was created in this transaction: it has no clocks to lock yet
        List<CaseClock> existing = change.from() == null ? new ArrayList<>() : clocks.ofCaseForChange(change.caseId());
        ClockBook book = new ClockBook(change.caseId(), existing, calendars::byCode, yellowShare);
        List<CaseClock> started = book.react(change, aCase.getSubmittedAt(), terms);
        started.forEach(clocks::persist);
        Optional<CaseClock> resolution = liveResolution(book.clocks());
        aCase.resolutionDueAt(resolution.map(CaseClock::getDueAt).orElse(null), resolution
                .map(c -> c.isProvisional(calendars.byCode(c.getCalendarCode()))).orElse(false));
        if (change.to() == CaseStatus.QUEUED && terms.alertSupervisorsAtOnce()) {
            started.stream().filter(c -> c.getKind() == ClockKind.CLAIM).findFirst()
                    .ifPresent(claim -> warnings.alertSupervisors(claim, aCase, change.at()));
        }
    }

    /**
     * The case's live RESOLUTION clock (a paused one included: the resident still sees the time limit,
     * which moves when the case resumes); empty when none is live.
     */
    static Optional<CaseClock> liveResolution(List<CaseClock> clocks) {
        return clocks.stream().filter(c -> c.getKind() == ClockKind.RESOLUTION && c.isLive()).findFirst();
    }

    /** The terms for a department's case of this category and priority, from its commitment. */
    public DeadlineTerms termsFor(String department, String category, String priority) {
        return commitments.applicableTo(department, category)
                .map(c -> policy.decide(c.calendarCode(), c.limits(), priority))
                .orElseGet(() -> {
                    // only when the city-wide default was removed from the database by hand
                    Log.warnf("No service commitment applies to %s/%s (not even %s): general tier, round the clock",
                            department, category, ServiceCommitment.CITY_WIDE);
                    return policy.decide(RoundTheClock.CODE, ServiceTier.GENERAL.limits(), priority);
                });
    }

    public double yellowShare() {
        return yellowShare;
    }
}
