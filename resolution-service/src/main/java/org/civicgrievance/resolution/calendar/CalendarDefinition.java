package org.civicgrievance.resolution.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

    @Column(name = "name_zh", length = 100, nullable = false)
    private String nameZh;

    @Column(name = "name_en", length = 100, nullable = false)
    private String nameEn;

    @Column(length = 64, nullable = false)
    private String zone;

    @Column(name = "round_the_clock", nullable = false)
    private boolean roundTheClock;

    @Column(name = "weekly_hours", length = 1000)
    private String weeklyHours;

    @Column(name = "working_weekdays", length = 100)
    private String workingWeekdays;

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
    CalendarDefinition(String code, CalendarSettings settings, List<SpecialDay> specialDays, String author, Instant at) {
        this.code = code;
        this.version = 1;
        write(settings);
        specialDays.forEach(day -> days.add(SpecialDayRow.of(day)));
        this.changedBy = author;
        this.changedAt = at;
    }

    public CalendarSettings settings() {
        return new CalendarSettings(nameZh, nameEn, ZoneId.of(zone), roundTheClock, CalendarText.week(weeklyHours),
                CalendarText.weekdays(workingWeekdays));
    }

    /** In date order. */
    public List<SpecialDay> specialDays() {
        return days.stream().map(SpecialDayRow::specialDay).toList();
    }

    /** The calendar deadlines are computed on. */
    public BusinessCalendar calendar() {
        return settings().calendar(code, specialDays());
    }

    /** @return whether anything changed (and so a new version exists): identical settings make none */
    boolean changeSettings(CalendarSettings settings, String author, Instant at) {
        if (settings().equals(settings)) {
            return false;
        }
        write(settings);
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

    private void write(CalendarSettings settings) {
        this.nameZh = settings.nameZh();
        this.nameEn = settings.nameEn();
        this.zone = settings.zone().getId();
        this.roundTheClock = settings.roundTheClock();
        this.weeklyHours = CalendarText.week(settings.week());
        this.workingWeekdays = CalendarText.weekdays(settings.workingWeekdays());
    }

    private boolean newVersion(String author, Instant at) {
        this.version++;
        this.changedBy = author;
        this.changedAt = at;
        return true;
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
