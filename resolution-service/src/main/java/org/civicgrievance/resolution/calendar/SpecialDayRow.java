package org.civicgrievance.resolution.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of business_calendar_day: one {@link SpecialDay} of a calendar. */
@Embeddable
public class SpecialDayRow {

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10, nullable = false)
    private SpecialDay.Kind kind;

    @Column(length = 200)
    private String hours;

    @Column(length = 100)
    private String note;

    protected SpecialDayRow() {
    }

    static SpecialDayRow of(SpecialDay day) {
        SpecialDayRow row = new SpecialDayRow();
        row.day = day.date();
        row.kind = day.kind();
        row.hours = CalendarText.hours(day.hours());
        row.note = day.note();
        return row;
    }

    SpecialDay specialDay() {
        return new SpecialDay(day, kind, CalendarText.hours(hours), note);
    }
}
