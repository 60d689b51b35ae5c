package org.civicgrievance.resolution.casework;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of the append-only audit trail of a case: who changed what, when. Never updated. */
@Entity
@Immutable
@Table(name = "case_transition")
public class CaseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", length = 36, nullable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 20)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", length = 20, nullable = false)
    private CaseStatus toStatus;

    @Column(length = 64, nullable = false)
    private String actor;

    @Column(length = 2000)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "trace_id", length = 32)
    private String traceId;

    protected CaseTransition() {
    }

    static CaseTransition of(GrievanceCase aCase, CaseStatus from, String actor, String detail, Instant at) {
        CaseTransition transition = new CaseTransition();
        transition.caseId = aCase.getId();
        transition.fromStatus = from;
        transition.toStatus = aCase.getStatus();
        transition.actor = actor;
        transition.detail = detail;
        transition.occurredAt = at;
        transition.traceId = aCase.getTraceId();
        return transition;
    }

    /** The first entry of every case: routing placed it in a queue. */
    public static CaseTransition arrival(GrievanceCase aCase, String detail, Instant at) {
        return of(aCase, null, "routing-service", detail, at);
    }

    public Long getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
