package org.civicgrievance.resolution.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A calendar as one change left it, special days included; never changed afterwards. */
@Entity
@Table(name = "business_calendar_version")
public class CalendarVersion {

    @Embeddable
    public record Key(@Column(name = "calendar_code", length = 64, nullable = false) String calendarCode,
            @Column(nullable = false) int version) {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "name_zh", length = 100, nullable = false, updatable = false)
    private String nameZh;

    @Column(name = "name_en", length = 100, nullable = false, updatable = false)
    private String nameEn;

    @Column(length = 64, nullable = false, updatable = false)
    private String zone;

    @Column(name = "round_the_clock", nullable = false, updatable = false)
    private boolean roundTheClock;

    @Column(name = "weekly_hours", length = 1000, updatable = false)
    private String weeklyHours;

    @Column(name = "working_weekdays", length = 100, updatable = false)
    private String workingWeekdays;

    @Column(name = "special_days", columnDefinition = "MEDIUMTEXT", nullable = false, updatable = false)
    private String specialDays;

    @Column(name = "changed_by", length = 100, nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected CalendarVersion() {
    }

    static CalendarVersion of(CalendarDefinition calendar) {
        CalendarSettings settings = calendar.settings();
        CalendarVersion v = new CalendarVersion();
        v.key = new Key(calendar.getCode(), calendar.getVersion());
        v.nameZh = settings.nameZh();
        v.nameEn = settings.nameEn();
        v.zone = settings.zone().getId();
        v.roundTheClock = settings.roundTheClock();
        v.weeklyHours = CalendarText.week(settings.week());
        v.workingWeekdays = CalendarText.weekdays(settings.workingWeekdays());
        v.specialDays = CalendarText.days(calendar.specialDays());
        v.changedBy = calendar.getChangedBy();
        v.changedAt = calendar.getChangedAt();
        return v;
    }

    public Key getKey() {
        return key;
    }

    public CalendarSettings settings() {
        return new CalendarSettings(nameZh, nameEn, ZoneId.of(zone), roundTheClock, CalendarText.week(weeklyHours),
                CalendarText.weekdays(workingWeekdays));
    }

    public List<SpecialDay> specialDays() {
        return CalendarText.days(specialDays);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
