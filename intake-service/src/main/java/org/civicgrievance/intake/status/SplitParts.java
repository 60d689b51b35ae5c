package org.civicgrievance.intake.status;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.intake.grievance.Grievance;
import org.civicgrievance.intake.grievance.GrievanceRepository;

/**
 * Parts of a case a dispatcher split between departments. Intake hears of a part only through its
 * first status change (resolution names the original in {@code splitFrom}); the part then joins the
 * read model as a case of its own, linked to the original, and the original says how many parts it has.
 */
@ApplicationScoped
public class SplitParts {

    private final GrievanceRepository grievances;
    private final StatusUpdateRepository history;

    public SplitParts(GrievanceRepository grievances, StatusUpdateRepository history) {
        this.grievances = grievances;
        this.history = history;
    }

    /**
     * The part this status change of an unknown case is about, created now; empty when the change
     * names no original intake knows, or a tracking number that is not the original's with a suffix.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Grievance> firstNewsOf(String caseId, CaseStatusChanged change) {
        if (change.splitFrom() == null || change.trackingNumber() == null) {
            return Optional.empty();
        }
        // parts of one original arrive under different keys, maybe at once: count them one at a time
        grievances.lockForUpdate(change.splitFrom());
        Optional<Grievance> original = grievances.findByIdOptional(change.splitFrom());
        if (original.isEmpty() || !isPartNumber(original.get(), change.trackingNumber())) {
            Log.warnf("Part %s names an original intake does not know, or a number not its own: %s", caseId,
                    change.splitFrom());
            return Optional.empty();
        }
        Grievance part = Grievance.partOf(original.get(), caseId, change.trackingNumber(), change.changedAt());
        grievances.persistAndFlush(part);
        if (original.get().splitInto(grievances.partsOf(original.get().getId()).size(), change.changedAt())) {
            history.persist(StatusUpdate.entered(original.get(), change.changedAt()));
        }
        Log.infof("Case %s was split; part %s is %s", original.get().getTrackingNumber(), caseId,
                change.trackingNumber());
        return Optional.of(part);
    }

    private static boolean isPartNumber(Grievance original, String trackingNumber) {
        return trackingNumber.matches(java.util.regex.Pattern.quote(original.getTrackingNumber()) + "-\\d{1,2}");
    }
}
