package org.civicgrievance.routing.triage;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.routing.priority.Priority;
import org.civicgrievance.routing.rule.RoutingDecision;

/**
 * One stay of a case in triage: no rule could place it, or none but the departments that already
 * returned it. A case returned after a dispatcher placed it may stay again, in an entry of its own.
 */
@Entity
@Table(name = "triage_entry")
public class TriageEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(name = "tracking_number", length = 20, nullable = false, updatable = false)
    private String trackingNumber;

    @Column(length = 64, nullable = false, updatable = false)
    private String category;

    @Column(length = 500, nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false, updatable = false)
    private Priority priority;

    /** The submitted payload as received, so a dispatcher's placement can emit the full case. */
    @Column(columnDefinition = "MEDIUMTEXT", nullable = false, updatable = false)
    private String submission;

    @Column(name = "trace_id", length = 64, updatable = false)
    private String traceId;

    @Column(name = "parked_at", nullable = false, updatable = false)
    private Instant parkedAt;

    /** Triage's own short deadline for this stay, fixed when the case was parked. */
    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    /** The department whose return brought the case here; null when no rule placed it at submission. */
    @Column(name = "returned_by_department", length = 64, updatable = false)
    private String returnedByDepartment;

    /** The staff member who returned it. */
    @Column(name = "returned_by", length = 100, updatable = false)
    private String returnedBy;

    /** Set when a dispatcher placed the case: it left the queue. */
    @Column(name = "placed_at")
    private Instant placedAt;

    @Column(name = "placed_by", length = 100)
    private String placedBy;

    protected TriageEntry() {
    }

    public TriageEntry(String caseId, String trackingNumber, String category, String reason, Priority priority,
            String submission, String traceId, Instant parkedAt, Instant dueAt) {
        this.dueAt = dueAt;
        this.priority = priority;
        this.traceId = traceId;
        this.caseId = caseId;
        this.trackingNumber = trackingNumber;
        this.category = category;
        this.reason = RoutingDecision.fit(reason, RoutingDecision.MAX_REASON); // the column's size
        this.submission = submission;
        this.parkedAt = parkedAt;
    }

    /** The stay follows a department's return: the triage queue shows who sent the case back. */
    public TriageEntry returnedBy(String departmentCode, String staffId) {
        this.returnedByDepartment = departmentCode;
        this.returnedBy = staffId;
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getCategory() {
        return category;
    }

    public String getReason() {
        return reason;
    }

    /**
     * A dispatcher placed the case: it leaves the queue.
     *
     * @throws ProblemException 409 when it was placed already: one case is placed by hand once
     */
    public void placedBy(String dispatcher, Instant at) {
        if (placedAt != null) {
            throw new ProblemException("already-placed", "Already placed", 409,
                    "Case %s was placed by %s already; it is no longer in triage.".formatted(caseId, placedBy));
        }
        this.placedAt = at;
        this.placedBy = dispatcher;
    }

    public boolean isWaiting() {
        return placedAt == null;
    }

    public String getSubmission() {
        return submission;
    }

    public String getTraceId() {
        return traceId;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Priority getPriority() {
        return priority;
    }

    public Instant getParkedAt() {
        return parkedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getReturnedByDepartment() {
        return returnedByDepartment;
    }

    public String getReturnedBy() {
        return returnedBy;
    }
}
