package org.civicgrievance.routing.placement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The submitted facts of a case routing received (or of a part a dispatcher split off), kept so a
 * case a department returns can be decided again without asking anyone.
 */
@Entity
@Table(name = "case_submission")
public class CaseSubmission {

    @Id
    @Column(name = "case_id", length = 36)
    private String caseId;

    @Column(name = "tracking_number", length = 20, nullable = false, updatable = false)
    private String trackingNumber;

    /** The case this part was split from; null for a case as submitted. */
    @Column(name = "split_from", length = 36, updatable = false)
    private String splitFrom;

    /** The {@link SubmittedCase} as JSON, in routing's own reading. */
    @Column(columnDefinition = "MEDIUMTEXT", nullable = false, updatable = false)
    private String submission;

    @Column(name = "trace_id", length = 64, updatable = false)
    private String traceId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected CaseSubmission() {
    }

    CaseSubmission(String caseId, String trackingNumber, String splitFrom, String submission, String traceId,
            Instant receivedAt) {
        this.caseId = caseId;
        this.trackingNumber = trackingNumber;
        this.splitFrom = splitFrom;
        this.submission = submission;
        this.traceId = traceId;
        this.receivedAt = receivedAt;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getSplitFrom() {
        return splitFrom;
    }

    public String getSubmission() {
        return submission;
    }

    public String getTraceId() {
        return traceId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
