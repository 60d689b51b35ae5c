package org.civicgrievance.resolution.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.resolution.audit.AuditAction;
import org.civicgrievance.resolution.audit.AuditRecord;
import org.civicgrievance.resolution.audit.AuditTrail;
import org.civicgrievance.resolution.calendar.CalendarRequests.CalendarRequest;
import org.civicgrievance.resolution.calendar.CalendarRequests.CalendarView;
import org.civicgrievance.resolution.calendar.CalendarRequests.SpecialDays;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Administrators create calendars and change their week and special days. Every change is a new
 * version with its author and time, in the audit trail, and used for deadlines once it committed.
 */
@ApplicationScoped
public class CalendarAdministration {

    private static final int MAX_DETAIL = 2000;

    private final CalendarRepository calendars;
    private final CalendarVersionRepository versions;
    private final AuditTrail audit;
    private final Event<CalendarsChanged> changed;
    private final Clock clock;

    public CalendarAdministration(CalendarRepository calendars, CalendarVersionRepository versions, AuditTrail audit,
            Event<CalendarsChanged> changed, Clock clock) {
        this.calendars = calendars;
        this.versions = versions;
        this.audit = audit;
        this.changed = changed;
        this.clock = clock;
    }

    @Transactional
    public CalendarView create(CalendarRequest request, StaffMember admin) {
        CalendarChecks checks = new CalendarChecks();
        if (request.code() == null) {
            checks.invalid("code", "must not be null");
        }
        CalendarSettings settings = checks.settings(request);
        List<SpecialDay> days = request.specialDays() == null ? List.of()
                : checks.specialDays("specialDays", request.specialDays(), null);
        if (settings != null && settings.roundTheClock() && !days.isEmpty()) {
            checks.invalid("specialDays", "a round-the-clock calendar has no holidays or make-up days");
        }
        if (settings != null && settings.roundTheClock() && request.confirmedThrough() != null) {
            checks.invalid("confirmedThrough", "a round-the-clock calendar follows no holiday schedule; leave it out");
        }
        checks.throwIfAny();
        if (calendars.findByIdOptional(request.code()).isPresent()) {
            throw codeTaken(request.code());
        }
        CalendarDefinition calendar = new CalendarDefinition(request.code(), settings, sorted(days),
                request.confirmedThrough(), admin.id(), clock.instant());
        calendars.persist(calendar);
        try {
            calendars.flush();
        } catch (ConstraintViolationException e) {
            throw codeTaken(request.code()); // created by someone else at the same moment
        }
        recorded(calendar, admin, "created: " + describe(settings) + "; " + days.size() + " special days");
        return CalendarView.of(calendar);
    }

    @Transactional
    public CalendarView change(String code, CalendarRequest request, StaffMember admin) {
        CalendarChecks checks = new CalendarChecks();
        if (request.code() != null && !request.code().equals(code)) {
            checks.invalid("code", "a calendar keeps its code; leave it out or send " + code);
        }
        if (request.specialDays() != null) {
            checks.invalid("specialDays", "change special days with /api/calendars/" + code + "/special-days");
        }
        if (request.expectedVersion() == null) {
            checks.invalid("expectedVersion", "must not be null: send the version you read");
        }
        CalendarSettings settings = checks.settings(request);
        checks.throwIfAny();
        CalendarDefinition calendar = forChange(code, request.expectedVersion());
        if (request.confirmedThrough() != null && !request.confirmedThrough().equals(calendar.getConfirmedThrough())) {
            checks.invalid("confirmedThrough", "the horizon moves when a year is loaded with PUT /api/calendars/" + code
                    + "/special-days/{year}; leave it out");
            checks.throwIfAny();
        }
        if (settings.roundTheClock() && !calendar.specialDays().isEmpty()) {
            checks.invalid("roundTheClock", "a round-the-clock calendar has no special days; remove them first");
            checks.throwIfAny();
        }
        if (calendar.changeSettings(settings, admin.id(), clock.instant())) {
            recorded(calendar, admin, "changed: " + describe(settings));
        }
        return CalendarView.of(calendar);
    }

    /** Adds the days, replacing what the calendar had on those dates. */
    @Transactional
    public CalendarView addSpecialDays(String code, SpecialDays request, StaffMember admin) {
        List<SpecialDay> added = checkedDays(request);
        CalendarDefinition calendar = forDays(code, request.expectedVersion());
        Map<LocalDate, SpecialDay> days = byDate(calendar.specialDays());
        added.forEach(day -> days.put(day.date(), day));
        return replaceDays(calendar, days, admin);
    }

    @Transactional
    public CalendarView removeSpecialDay(String code, LocalDate date, Integer expectedVersion, StaffMember admin) {
        CalendarDefinition calendar = forDays(code, expectedVersion);
        Map<LocalDate, SpecialDay> days = byDate(calendar.specialDays());
        if (days.remove(date) == null) {
            throw ProblemException.notFound("Special day " + date + " of calendar " + code);
        }
        return replaceDays(calendar, days, admin);
    }

    /**
     * Loads a year's holidays and make-up days as the State Council published them, in one call: the
     * year's list replaces what it had. For a calendar with a horizon, the year after it confirms that
     * year (the horizon moves to its 31 December); a later year is refused until the years between are
     * loaded, and an earlier one is a correction.
     */
    @Transactional
    public CalendarView replaceYear(String code, int year, SpecialDays request, StaffMember admin) {
        if (year < 1970 || year > 2200) {
            throw ProblemException.invalidField("year", "a year from 1970 to 2200");
        }
        CalendarChecks checks = new CalendarChecks();
        List<SpecialDay> yearsDays = checks.specialDays("days", request.days(), year);
        checks.throwIfAny();
        CalendarDefinition calendar = forDays(code, request.expectedVersion());
        checks.publishedYear("days", request.days(), calendar.calendar());
        LocalDate horizon = calendar.getConfirmedThrough();
        if (horizon != null && year > horizon.getYear() + 1) {
            checks.invalid("year", "calendar %s is confirmed through %s: load %d first".formatted(code, horizon,
                    horizon.getYear() + 1));
        }
        checks.throwIfAny();
        Map<LocalDate, SpecialDay> days = byDate(calendar.specialDays());
        days.keySet().removeIf(date -> date.getYear() == year);
        yearsDays.forEach(day -> days.put(day.date(), day));
        List<SpecialDay> before = calendar.specialDays();
        List<SpecialDay> after = new ArrayList<>(days.values());
        if (calendar.confirmYear(year, after, admin.id(), clock.instant())) {
            String confirmed = horizon == null || horizon.equals(calendar.getConfirmedThrough()) ? ""
                    : "; confirmed through " + calendar.getConfirmedThrough() + " (was " + horizon + ")";
            recorded(calendar, admin, "year " + year + " loaded: " + differences(before, after) + confirmed);
        }
        return CalendarView.of(calendar);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarView> all() {
        return calendars.listWithDays().stream().map(CalendarView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarView get(String code) {
        return calendars.findByIdOptional(code).map(CalendarView::of)
                .orElseThrow(() -> ProblemException.notFound("Calendar " + code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarView> history(String code) {
        List<CalendarView> history = versions.historyOf(code).stream().map(CalendarView::of).toList();
        if (history.isEmpty()) {
            throw ProblemException.notFound("Calendar " + code);
        }
        return history;
    }

    private List<SpecialDay> checkedDays(SpecialDays request) {
        CalendarChecks checks = new CalendarChecks();
        List<SpecialDay> days = checks.specialDays("days", request.days(), null);
        checks.throwIfAny();
        return days;
    }

    private CalendarDefinition forDays(String code, Integer expectedVersion) {
        CalendarDefinition calendar = forChange(code, expectedVersion);
        if (calendar.settings().roundTheClock()) {
            throw ProblemException.invalidField("days", "calendar " + code + " is round the clock: it has no special days");
        }
        return calendar;
    }

    private CalendarDefinition forChange(String code, Integer expectedVersion) {
        CalendarDefinition calendar = calendars.findForChange(code)
                .orElseThrow(() -> ProblemException.notFound("Calendar " + code));
        if (expectedVersion != null && expectedVersion != calendar.getVersion()) {
            throw new ProblemException("version-conflict", "Changed in the meantime", 409,
                    "Calendar %s is at version %d, not %d: reload it and decide again."
                            .formatted(code, calendar.getVersion(), expectedVersion));
        }
        return calendar;
    }

    private CalendarView replaceDays(CalendarDefinition calendar, Map<LocalDate, SpecialDay> days, StaffMember admin) {
        List<SpecialDay> before = calendar.specialDays();
        List<SpecialDay> after = new ArrayList<>(days.values());
        String difference = differences(before, after);
        if (calendar.replaceSpecialDays(after, admin.id(), clock.instant())) {
            recorded(calendar, admin, "special days changed: " + difference);
        }
        return CalendarView.of(calendar);
    }

    private void recorded(CalendarDefinition calendar, StaffMember admin, String what) {
        versions.persist(CalendarVersion.of(calendar));
        int version = calendar.getVersion();
        String detail = "calendar %s %s".formatted(calendar.getCode(), what);
        audit.append(new AuditRecord.Entry(admin.id(), admin.primaryRole(), AuditAction.CALENDAR_CHANGED, null, null,
                version == 1 ? null : "v" + (version - 1), "v" + version,
                detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail,
                UUID.randomUUID().toString().replace("-", "")));
        changed.fire(new CalendarsChanged(calendar.getCode(), version, admin.id()));
        Log.infof("Calendar %s changed by %s: now version %d", calendar.getCode(), admin.id(), version);
    }

    private static ProblemException codeTaken(String code) {
        return new ProblemException("calendar-exists", "Code taken", 409,
                "A calendar with the code %s exists already; change it with PUT instead.".formatted(code));
    }

    private static Map<LocalDate, SpecialDay> byDate(List<SpecialDay> days) {
        return days.stream().collect(Collectors.toMap(SpecialDay::date, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    private static List<SpecialDay> sorted(List<SpecialDay> days) {
        return new ArrayList<>(byDate(days).values());
    }

    private static String describe(CalendarSettings settings) {
        if (settings.roundTheClock()) {
            return "round the clock, " + settings.zone();
        }
        return "%s; %s; working days %s".formatted(settings.zone(), CalendarText.week(settings.week()).replace("\n", ", "),
                CalendarText.weekdays(settings.workingWeekdays()));
    }

    /** What an inspector reads: +date kind note for each added or changed day, -date for each removed one. */
    private static String differences(List<SpecialDay> before, List<SpecialDay> after) {
        Map<LocalDate, SpecialDay> old = byDate(before);
        List<String> changes = new ArrayList<>();
        for (SpecialDay day : after) {
            if (!day.equals(old.remove(day.date()))) {
                changes.add("+" + CalendarText.days(List.of(day)).replaceAll("\t+", " ").strip());
            }
        }
        old.keySet().forEach(date -> changes.add("-" + date));
        return changes.isEmpty() ? "none" : String.join(", ", changes);
    }
}
