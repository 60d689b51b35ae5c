package org.civicgrievance.resolution.deadline.policy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.resolution.audit.AuditAction;
import org.civicgrievance.resolution.audit.AuditRecord;
import org.civicgrievance.resolution.audit.AuditTrail;
import org.civicgrievance.resolution.calendar.Calendars;
import org.civicgrievance.resolution.deadline.policy.CommitmentRequests.CommitmentRequest;
import org.civicgrievance.resolution.deadline.policy.CommitmentRequests.CommitmentView;
import org.civicgrievance.resolution.deadline.policy.CommitmentRequests.PublishedCommitment;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Administrators publish and change service commitments. Every change is a new version, audited
 * with its author; it governs the clocks started after it (running clocks keep their terms).
 */
@ApplicationScoped
public class CommitmentAdministration {

    private final CommitmentRepository commitments;
    private final Calendars calendars;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<CommitmentsChanged> changed;

    public CommitmentAdministration(CommitmentRepository commitments, Calendars calendars, AuditTrail audit,
            Clock clock, Event<CommitmentsChanged> changed) {
        this.commitments = commitments;
        this.calendars = calendars;
        this.audit = audit;
        this.clock = clock;
        this.changed = changed;
    }

    @Transactional
    public CommitmentView create(CommitmentRequest request, StaffMember admin) {
        ServiceCommitment.Terms terms = checked(request);
        commitments.find(request.department(), request.categoryOrNull()).ifPresent(existing -> {
            throw taken(existing.getId());
        });
        ServiceCommitment commitment = new ServiceCommitment(request.department(), request.categoryOrNull(), terms,
                admin.id(), clock.instant());
        commitments.persist(commitment);
        try {
            commitments.flush();
        } catch (ConstraintViolationException e) {
            throw taken(null); // another administrator created it at the same moment
        }
        recorded(commitment, admin, "created");
        return CommitmentView.of(commitment);
    }

    @Transactional
    public CommitmentView change(long id, CommitmentRequest request, StaffMember admin) {
        ServiceCommitment commitment = commitments.findForChange(id)
                .orElseThrow(() -> ProblemException.notFound("Service commitment " + id));
        if (request.expectedVersion() == null) {
            throw ProblemException.invalidField("expectedVersion", "required on a change: the version you read");
        }
        if (request.expectedVersion() != commitment.getVersion()) {
            throw new ProblemException("version-conflict", "Changed in the meantime", 409,
                    "Commitment %d is at version %d, not %d: reload it and decide again."
                            .formatted(id, commitment.getVersion(), request.expectedVersion()));
        }
        if (!commitment.getDepartment().equals(request.department())
                || !java.util.Objects.equals(commitment.getCategory(), request.categoryOrNull())) {
            throw ProblemException.invalidField("department",
                    "a commitment's department and category are fixed; create another commitment instead");
        }
        if (commitment.change(checked(request), admin.id(), clock.instant())) {
            commitments.flush(); // the new version number, for the audit entry
            recorded(commitment, admin, "changed");
        }
        return CommitmentView.of(commitment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommitmentView> all() {
        return commitments.all().stream().map(CommitmentView::of).toList();
    }

    /**
     * What a department promises the public: its own commitments, and the city-wide ones for the
     * categories it has published nothing of its own for.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublishedCommitment> published(String department) {
        Map<String, ServiceCommitment> byCategory = new LinkedHashMap<>();
        for (ServiceCommitment c : commitments.publishedFor(department)) {
            String key = c.getCategory() == null ? "" : c.getCategory();
            ServiceCommitment other = byCategory.get(key);
            if (other == null || ServiceCommitment.CITY_WIDE.equals(other.getDepartment())) {
                byCategory.put(key, c);
            }
        }
        return byCategory.values().stream().map(c -> PublishedCommitment.of(c, department)).toList();
    }

    private ServiceCommitment.Terms checked(CommitmentRequest request) {
        try {
            calendars.byCode(request.calendar().strip());
        } catch (ProblemException unknown) {
            throw ProblemException.invalidField("calendar", "no business calendar has the code " + request.calendar());
        }
        return request.terms();
    }

    private static ProblemException taken(Long existingId) {
        return new ProblemException("commitment-exists", "Commitment exists", 409,
                "This department already has a commitment for this category"
                        + (existingId == null ? "" : " (" + existingId + ")") + ": change that one instead.");
    }

    /** Not a state change of any case: recorded for inspectors and administrators, outside every case's history. */
    private void recorded(ServiceCommitment c, StaffMember admin, String what) {
        int version = c.getVersion();
        audit.append(new AuditRecord.Entry(admin.id(), admin.primaryRole(), AuditAction.DEADLINE_POLICY_CHANGED, null,
                ServiceCommitment.CITY_WIDE.equals(c.getDepartment()) ? null : c.getDepartment(),
                "created".equals(what) ? null : "v" + (version - 1), "v" + version,
                "service commitment %d %s: %s / %s, tier %s, calendar %s; %s".formatted(c.getId(), what,
                        c.getDepartment(), c.getCategory() == null ? "(default)" : c.getCategory(), c.getTier(),
                        c.getCalendarCode(), CommitmentWords.en(c.limits())),
                null));
        Log.infof("Service commitment %d %s by %s: now version %d", c.getId(), what, admin.id(), version);
        changed.fire(new CommitmentsChanged(c.getId(), version));
    }
}
