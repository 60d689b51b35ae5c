package org.civicgrievance.resolution.deadline.extension;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.resolution.deadline.CaseClock;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A handler's request for more time on one clock, and the supervisor's decision on it. */
@Entity
@Table(name = "deadline_extension")
public class DeadlineExtension {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(name = "clock_id", nullable = false, updatable = false)
    private Long clockId;

    @Column(length = 64, nullable = false, updatable = false)
    private String department;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20, nullable = false)
    private ExtensionState state;

    /** Shown to the resident: why the department needs longer. */
    @Column(length = 500, nullable = false, updatable = false)
    private String reason;

    @Column(name = "requested_by", length = 64, nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "due_before", nullable = false, updatable = false)
    private Instant dueBefore;

    @Column(name = "requested_due_at", nullable = false, updatable = false)
    private Instant requestedDueAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Version
    private long version;

    protected DeadlineExtension() {
    }

    static DeadlineExtension request(CaseClock clock, String reason, Instant newDue, String by, Instant now) {
        DeadlineExtension extension = new DeadlineExtension();
        extension.id = UUID.randomUUID().toString();
        extension.caseId = clock.getCaseId();
        extension.clockId = clock.getId();
        extension.department = clock.getDepartment();
        extension.state = ExtensionState.REQUESTED;
        extension.reason = reason;
        extension.requestedBy = by;
        extension.requestedAt = now;
        extension.dueBefore = clock.getDueAt();
        extension.requestedDueAt = newDue;
        return extension;
    }

    void decide(boolean approved, String by, String note, Instant now) {
        if (state != ExtensionState.REQUESTED) {
            throw new ProblemException("extension-decided", "Already decided", 409,
                    "This extension was " + state.name().toLowerCase() + " already.");
        }
        state = approved ? ExtensionState.APPROVED : ExtensionState.REFUSED;
        decidedBy = by;
        decidedAt = now;
        decisionNote = note;
    }

    public String getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public Long getClockId() {
        return clockId;
    }

    public String getDepartment() {
        return department;
    }

    public ExtensionState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDueBefore() {
        return dueBefore;
    }

    public Instant getRequestedDueAt() {
        return requestedDueAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
