package org.civicgrievance.resolution.audit;

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

/** One entry of the append-only audit trail: who, in which role, did what to which case, when. */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(length = 64, nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_role", length = 20, nullable = false, updatable = false)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 40, nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "case_id", length = 36, updatable = false)
    private String caseId;

    @Column(length = 64, updatable = false)
    private String department;

    @Column(name = "before_value", length = 200, updatable = false)
    private String before;

    @Column(name = "after_value", length = 200, updatable = false)
    private String after;

    @Column(length = 2000, updatable = false)
    private String detail;

    @Column(name = "trace_id", length = 32, updatable = false)
    private String traceId;

    protected AuditRecord() {
    }

    /** Everything an entry says; built by {@link AuditTrail}, which adds the time and nothing else. */
    public record Entry(String actor, String actorRole, AuditAction action, String caseId, String department,
            String before, String after, String detail, String traceId) {
    }

    AuditRecord(Entry entry, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.actor = entry.actor();
        this.actorRole = entry.actorRole();
        this.action = entry.action();
        this.caseId = entry.caseId();
        this.department = entry.department();
        this.before = entry.before();
        this.after = entry.after();
        this.detail = entry.detail();
        this.traceId = entry.traceId();
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getDepartment() {
        return department;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getDetail() {
        return detail;
    }

    public String getTraceId() {
        return traceId;
    }
}
