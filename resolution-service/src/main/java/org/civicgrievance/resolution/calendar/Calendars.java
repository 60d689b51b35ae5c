package org.civicgrievance.resolution.calendar;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import org.civicgrievance.platform.memory.HeldInMemory;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.resolution.calendar.CalendarRequests.CalendarView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The business calendars deadlines are computed on, by code, held in memory so that computing a
 * deadline costs no query (nor does the public's reading of them). A change made here reloads them as soon as it committed; changes made on
 * another replica arrive with the periodic reload ({@code grievance.resolution.calendar-reload-interval}).
 */
@ApplicationScoped
public class Calendars {

    private final String defaultCode;
    private final HeldInMemory<Map<String, Loaded>> loaded;

    /** A calendar ready for deadlines, and as the public reads it. */
    private record Loaded(BusinessCalendar calendar, CalendarView publicView) {

        int version() {
            return publicView.version();
        }
    }

    public Calendars(CalendarRepository repository,
            @ConfigProperty(name = "grievance.resolution.default-calendar") String defaultCode) {
        this.defaultCode = defaultCode;
        this.loaded = new HeldInMemory<>("Business calendars", () -> load(repository));
    }

    /** @throws ProblemException 404 when no calendar has this code */
    public BusinessCalendar byCode(String code) {
        return loaded(code).calendar();
    }

    /**
     * The calendar at {@code version} or later, reloading once when this replica still holds an older
     * one (the change committed elsewhere moments ago); empty when it is not readable yet.
     */
    public Optional<BusinessCalendar> atLeast(String code, int version) {
        Loaded calendar = current().get(code);
        if (calendar == null || calendar.version() < version) {
            calendar = loaded.reload().get(code);
        }
        return calendar == null || calendar.version() < version ? Optional.empty() : Optional.of(calendar.calendar());
    }

    /** Every calendar deadlines can be computed on. */
    public List<BusinessCalendar> all() {
        return current().values().stream().map(Loaded::calendar).toList();
    }

    /** What anyone may read of a calendar: its hours and special days, not who changed them. */
    public CalendarView publicView(String code) {
        return loaded(code).publicView();
    }

    public List<CalendarView> publicViews() {
        return current().values().stream().map(Loaded::publicView).sorted(Comparator.comparing(CalendarView::code)).toList();
    }

    private Loaded loaded(String code) {
        Loaded calendar = current().get(code);
        if (calendar == null) {
            throw ProblemException.notFound("Calendar " + code);
        }
        return calendar;
    }

    /** The calendar of limits whose policy names none ({@code grievance.resolution.default-calendar}). */
    public BusinessCalendar standard() {
        return byCode(defaultCode);
    }

    private Map<String, Loaded> current() {
        return loaded.get();
    }

    /** Loaded before the first deadline asks, which may come on a thread that must not wait for the database. */
    void onStart(@Observes StartupEvent start) {
        periodicReload();
    }

    void onStop(@Observes ShutdownEvent stop) {
        loaded.stop();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarsChanged change) {
        loaded.reload();
        Log.infof("Business calendars reloaded after a change of %s", change.code());
    }

    @Scheduled(every = "${grievance.resolution.calendar-reload-interval:30s}",
            delayed = "${grievance.resolution.calendar-reload-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodicReload() {
        loaded.reloadQuietly();
    }

    /**
     * A calendar whose rows cannot be read (changed by hand in the database) is left out and logged,
     * not fatal to the others.
     */
    private static Map<String, Loaded> load(CalendarRepository repository) {
        Map<String, Loaded> byCode = new HashMap<>();
        for (CalendarDefinition definition : repository.listWithDays()) {
            try {
                byCode.put(definition.getCode(), new Loaded(definition.calendar(), CalendarView.of(definition).forThePublic()));
            } catch (RuntimeException e) {
                Log.errorf(e, "Business calendar %s v%d cannot be used; deadlines on it fail until it is corrected",
                        definition.getCode(), definition.getVersion());
            }
        }
        return Map.copyOf(byCode);
    }
}
