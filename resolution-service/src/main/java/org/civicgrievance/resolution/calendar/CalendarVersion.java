package org.civicgrievance.resolution.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A calendar as one change left it, special days included; never changed afterwards. */
@Entity
@Immutable
@Table(name = "business_calendar_version")
public class CalendarVersion {

    @Embeddable
    public record Key(@Column(name = "calendar_code", length = 64, nullable = false) String calendarCode,
            @Column(nullable = false) int version) {
    }

    @EmbeddedId
    private Key key;

    @Embedded
    private CalendarColumns settings;

    @Column(name = "special_days", columnDefinition = "MEDIUMTEXT", nullable = false, updatable = false)
    private String specialDays;

    @Column(name = "holidays_confirmed_through", updatable = false)
    private LocalDate confirmedThrough;

    @Column(name = "changed_by", length = 100, nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected CalendarVersion() {
    }

    static CalendarVersion of(CalendarDefinition calendar) {
        CalendarVersion v = new CalendarVersion();
        v.key = new Key(calendar.getCode(), calendar.getVersion());
        v.settings = CalendarColumns.of(calendar.settings());
        v.specialDays = CalendarText.days(calendar.specialDays());
        v.confirmedThrough = calendar.getConfirmedThrough();
        v.changedBy = calendar.getChangedBy();
        v.changedAt = calendar.getChangedAt();
        return v;
    }

    public Key getKey() {
        return key;
    }

    public CalendarSettings settings() {
        return settings.settings();
    }

    public List<SpecialDay> specialDays() {
        return CalendarText.days(specialDays);
    }

    public LocalDate getConfirmedThrough() {
        return confirmedThrough;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
