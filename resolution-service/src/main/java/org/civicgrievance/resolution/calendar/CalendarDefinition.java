package org.civicgrievance.resolution.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A business calendar as administrators keep it: the current version, which deadlines use. Every
 * change makes a new version (same code); {@link CalendarVersion} keeps each one.
 */
@Entity
@Table(name = "business_calendar")
public class CalendarDefinition {

    @Id
    @Column(length = 64)
    private String code;

    @Embedded
    private CalendarColumns settings;

    /** The horizon: the last day whose holidays are confirmed; null when the calendar follows no national schedule. */
    @Column(name = "holidays_confirmed_through")
    private LocalDate confirmedThrough;

    @Column(nullable = false)
    private int version;

    @Column(name = "changed_by", length = 100, nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    // a bag: a change deletes the calendar's rows and writes them again, a few dozen a year
    @ElementCollection
    @CollectionTable(name = "business_calendar_day", joinColumns = @JoinColumn(name = "calendar_code"))
    @OrderBy("day")
    private List<SpecialDayRow> days = new ArrayList<>();

    protected CalendarDefinition() {
    }

    /** A new calendar, version 1. */
    CalendarDefinition(String code, CalendarSettings settings, List<SpecialDay> specialDays, LocalDate confirmedThrough,
            String author, Instant at) {
        this.code = code;
        this.confirmedThrough = confirmedThrough;
        this.version = 1;
        this.settings = CalendarColumns.of(settings);
        specialDays.forEach(day -> days.add(SpecialDayRow.of(day)));
        this.changedBy = author;
        this.changedAt = at;
    }

    public CalendarSettings settings() {
        return settings.settings();
    }

    /** In date order. */
    public List<SpecialDay> specialDays() {
        return days.stream().map(SpecialDayRow::specialDay).toList();
    }

    /** The calendar deadlines are computed on. */
    public BusinessCalendar calendar() {
        return settings().calendar(code, specialDays(), confirmedThrough);
    }

    /** @return whether anything changed (and so a new version exists): identical settings make none */
    boolean changeSettings(CalendarSettings settings, String author, Instant at) {
        if (settings().equals(settings)) {
            return false;
        }
        this.settings = CalendarColumns.of(settings);
        return newVersion(author, at);
    }

    /** @param specialDays every special day of the calendar from now on, in date order */
    boolean replaceSpecialDays(List<SpecialDay> specialDays, String author, Instant at) {
        if (specialDays().equals(specialDays)) {
            return false;
        }
        days.clear();
        specialDays.forEach(day -> days.add(SpecialDayRow.of(day)));
        return newVersion(author, at);
    }

    /**
     * Special days with a whole year as the State Council published it: a year that reaches past the
     * horizon moves the horizon to the year's 31 December (the caller refuses a year that leaves a gap).
     */
    boolean confirmYear(int year, List<SpecialDay> specialDays, String author, Instant at) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        if (confirmedThrough == null || !endOfYear.isAfter(confirmedThrough)) {
            return replaceSpecialDays(specialDays, author, at);
        }
        confirmedThrough = endOfYear;
        if (!replaceSpecialDays(specialDays, author, at)) {
            newVersion(author, at); // the same days, now confirmed
        }
        return true;
    }

    private boolean newVersion(String author, Instant at) {
        this.version++;
        this.changedBy = author;
        this.changedAt = at;
        return true;
    }

    public LocalDate getConfirmedThrough() {
        return confirmedThrough;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
