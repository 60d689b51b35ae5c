package org.civicgrievance.routing.triage;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.routing.priority.Priority;

/** A case no rule could place, waiting for a dispatcher. */
@Entity
@Table(name = "triage_entry")
public class TriageEntry {

    @Id
    @Column(name = "case_id", length = 36)
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

    /** Set when a dispatcher placed the case: it left the queue. */
    @Column(name = "placed_at")
    private Instant placedAt;

    @Column(name = "placed_by", length = 100)
    private String placedBy;

    protected TriageEntry() {
    }

    public TriageEntry(String caseId, String trackingNumber, String category, String reason, Priority priority,
            String submission, String traceId, Instant parkedAt) {
        this.priority = priority;
        this.traceId = traceId;
        this.caseId = caseId;
        this.trackingNumber = trackingNumber;
        this.category = category;
        this.reason = reason;
        this.submission = submission;
        this.parkedAt = parkedAt;
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
}
