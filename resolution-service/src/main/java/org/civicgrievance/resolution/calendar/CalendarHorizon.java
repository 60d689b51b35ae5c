package org.civicgrievance.resolution.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;

/**
 * How far each calendar's holidays are confirmed, and whether that is running out: from the first
 * day of the month before its horizon (1 November for a year ending on 31 December), while the next
 * year's schedule is not loaded, administrators and inspectors are warned on their pages, in the API
 * and in the metric {@code grievance.calendar.horizon.warning} (1 while warned). Deadlines keep working
 * beyond it on the statutory holidays, provisionally, so the service stays ready.
 */
@ApplicationScoped
public class CalendarHorizon {

    /**
     * @param confirmedThrough the last day whose holidays are confirmed
     * @param daysConfirmed    days from today to that day (negative once past it)
     * @param warning          the next year is due to be loaded
     */
    public record Status(String calendar, LocalDate confirmedThrough, long daysConfirmed, boolean warning) {
    }

    private final Calendars calendars;
    private final Clock clock;
    private final MeterRegistry registry;

    public CalendarHorizon(Calendars calendars, Clock clock, MeterRegistry registry) {
        this.calendars = calendars;
        this.clock = clock;
        this.registry = registry;
    }

    /** Every calendar that follows a holiday schedule, by code. */
    public List<Status> statuses() {
        return calendars.all().stream().map(this::status).flatMap(Optional::stream).toList();
    }

    public List<Status> warnings() {
        return statuses().stream().filter(Status::warning).toList();
    }

    /** The first day on which a calendar confirmed through {@code horizon} is warned about. */
    static LocalDate warnFrom(LocalDate horizon) {
        return horizon.minusMonths(1).withDayOfMonth(1);
    }

    private Optional<Status> status(BusinessCalendar calendar) {
        return calendar.confirmedThrough().map(horizon -> {
            LocalDate today = clock.instant().atZone(calendar.zone()).toLocalDate();
            return new Status(calendar.code(), horizon, ChronoUnit.DAYS.between(today, horizon),
                    !today.isBefore(warnFrom(horizon)));
        });
    }

    void onStart(@Observes StartupEvent start) {
        statuses().forEach(status -> registerGauges(status.calendar()));
    }

    /** The changed calendar may have gained a horizon (its reload may not have happened yet: the gauges look it up when read). */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarsChanged change) {
        registerGauges(change.code());
    }

    /** Registering a gauge that exists already changes nothing. */
    private void registerGauges(String code) {
        Tags tags = Tags.of("calendar", code);
        registry.gauge("grievance.calendar.horizon.warning", tags, this,
                horizon -> horizon.of(code).map(s -> s.warning() ? 1.0 : 0.0).orElse(0.0));
        registry.gauge("grievance.calendar.horizon.days", tags, this,
                horizon -> horizon.of(code).map(s -> (double) s.daysConfirmed()).orElse(Double.NaN));
    }

    private Optional<Status> of(String code) {
        return statuses().stream().filter(s -> s.calendar().equals(code)).findFirst();
    }
}
