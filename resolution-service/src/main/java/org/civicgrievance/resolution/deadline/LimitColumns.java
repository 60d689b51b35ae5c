package org.civicgrievance.resolution.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.civicgrievance.resolution.calendar.TimeLimit;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A {@link TimeLimit} stored as an amount and a unit; each use names its two columns. */
@Embeddable
public class LimitColumns {

    @Column(nullable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20, nullable = false)
    private TimeLimit.Unit unit;

    protected LimitColumns() {
    }

    public static LimitColumns of(TimeLimit limit) {
        LimitColumns columns = new LimitColumns();
        columns.amount = Math.toIntExact(limit.amount());
        columns.unit = limit.unit();
        return columns;
    }

    public TimeLimit limit() {
        return new TimeLimit(amount, unit);
    }
}
