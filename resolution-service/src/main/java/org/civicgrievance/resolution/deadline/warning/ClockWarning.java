package org.civicgrievance.resolution.deadline.warning;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicgrievance.resolution.deadline.CaseClock;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.WarningLevel;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A warning raised on a clock, kept for good: an extension moves the due time but never erases
 * that the first one was at risk. One per clock, period and level (a unique key backs this); the
 * period (0 = the original deadline, n = after the n-th approved extension) and the due time it was
 * raised against say which deadline was at risk.
 */
@Entity
@Immutable
@Table(name = "clock_warning")
public class ClockWarning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clock_id", nullable = false)
    private Long clockId;

    @Column(name = "case_id", length = 36, nullable = false)
    private String caseId;

    @Column(length = 64, nullable = false)
    private String department;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20, nullable = false)
    private ClockKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10, nullable = false)
    private WarningLevel level;

    @Column(name = "deadline_period", nullable = false)
    private int period;

    /** The due time of the clock when the card was raised: the deadline of its period. */
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected ClockWarning() {
    }

    ClockWarning(CaseClock clock, WarningLevel level, Instant raisedAt) {
        this.clockId = clock.getId();
        this.caseId = clock.getCaseId();
        this.department = clock.getDepartment();
        this.kind = clock.getKind();
        this.level = level;
        this.period = clock.getPeriod();
        this.dueAt = clock.getDueAt();
        this.raisedAt = raisedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getClockId() {
        return clockId;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getDepartment() {
        return department;
    }

    public ClockKind getKind() {
        return kind;
    }

    public WarningLevel getLevel() {
        return level;
    }

    public int getPeriod() {
        return period;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }
}
