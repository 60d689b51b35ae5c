package org.civicgrievance.resolution.calendar;

import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** {@link CalendarSettings} as columns, the same in a calendar's row and in each of its versions. */
@Embeddable
public class CalendarColumns {

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

    protected CalendarColumns() {
    }

    static CalendarColumns of(CalendarSettings settings) {
        CalendarColumns columns = new CalendarColumns();
        columns.nameZh = settings.nameZh();
        columns.nameEn = settings.nameEn();
        columns.zone = settings.zone().getId();
        columns.roundTheClock = settings.roundTheClock();
        columns.weeklyHours = CalendarText.week(settings.week());
        columns.workingWeekdays = CalendarText.weekdays(settings.workingWeekdays());
        return columns;
    }

    CalendarSettings settings() {
        return new CalendarSettings(nameZh, nameEn, ZoneId.of(zone), roundTheClock, CalendarText.week(weeklyHours),
                CalendarText.weekdays(workingWeekdays));
    }
}
