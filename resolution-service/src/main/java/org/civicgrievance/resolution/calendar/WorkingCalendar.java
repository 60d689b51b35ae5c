package org.civicgrievance.resolution.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An office's working time: opening hours per weekday, public holidays, make-up working days 调休
 * and days with hours of their own, in one time zone. Immutable and pure: every answer follows
 * from these data alone.
 *
 * <p>Working days 工作日 are the weekdays named as such (usually Monday to Friday) and make-up days,
 * never holidays. Other weekdays may still have opening hours, such as Saturday-morning service
 * 延时服务: those hours count as working time, but the day is no working day, so offering extra
 * service never shortens a limit given in days.
 *
 * <p>Limits in working minutes or hours count only time inside the opening hours; a start outside
 * them counts from the next opening, and a limit that ends exactly at a closing time is due at
 * that closing time (not at the next opening). Limits in working days do not count the day the
 * period starts (期间开始的日不计算在内) and fall due at the closing time of the last counted day,
 * extended evening hours included.
 *
 * <p>A calendar that follows the national holiday schedule has a horizon: the last day whose
 * holidays and make-up days are confirmed (the State Council publishes each year in November).
 * After it, the {@link StatutoryHolidays statutory holidays} apply provisionally, computed from the
 * lunar calendar; special days an administrator entered beyond the horizon still come first. A
 * calendar without a horizon has only the special days it was given.
 *
 * <p>Work is found day by day, never minute by minute. A calendar in which no working time is found
 * for {@value #MAX_DAYS_WITHOUT_WORK} days in a row is treated as broken rather than searched forever.
 */
public final class WorkingCalendar implements BusinessCalendar {

    static final int MAX_DAYS_WITHOUT_WORK = 3 * 366;

    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Collections.unmodifiableSet(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    private final String code;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpeningHours>> week;
    private final Set<DayOfWeek> workingWeekdays;
    private final NavigableMap<LocalDate, SpecialDay> specialDays;
    /** The last day whose holidays are confirmed; null when the calendar follows no holiday schedule. */
    private final LocalDate confirmedThrough;
    /** What a make-up working day without hours of its own works: the first working weekday's hours. */
    private final List<OpeningHours> normalWeekdayHours;

    /**
     * @param workingWeekdays the weekdays that are working days; each must have opening hours
     */
    public WorkingCalendar(String code, ZoneId zone, Map<DayOfWeek, List<OpeningHours>> week,
            Set<DayOfWeek> workingWeekdays, Collection<SpecialDay> specialDays) {
        this(code, zone, week, workingWeekdays, specialDays, null);
    }

    /**
     * @param confirmedThrough the horizon: after it the statutory holidays apply provisionally; null
     *                         for a calendar that follows no national holiday schedule
     */
    public WorkingCalendar(String code, ZoneId zone, Map<DayOfWeek, List<OpeningHours>> week,
            Set<DayOfWeek> workingWeekdays, Collection<SpecialDay> specialDays, LocalDate confirmedThrough) {
        if (code == null || code.isBlank() || zone == null || week == null || workingWeekdays == null
                || workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException("a working calendar has a code, a zone, weekly hours and working weekdays");
        }
        EnumMap<DayOfWeek, List<OpeningHours>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningHours> hours = List.copyOf(week.getOrDefault(day, List.of()));
            OpeningHours.overlapIn(hours).ifPresent(i -> {
                throw new IllegalArgumentException("overlapping hours on " + day);
            });
            copy.put(day, hours);
        }
        for (DayOfWeek day : workingWeekdays) {
            if (copy.get(day).isEmpty()) {
                throw new IllegalArgumentException(day + " is a working day without opening hours");
            }
        }
        this.workingWeekdays = Collections.unmodifiableSet(EnumSet.copyOf(workingWeekdays));
        this.normalWeekdayHours = copy.get(this.workingWeekdays.iterator().next());
        TreeMap<LocalDate, SpecialDay> days = new TreeMap<>();
        for (SpecialDay day : specialDays) {
            if (days.put(day.date(), day) != null) {
                throw new IllegalArgumentException("two special days on " + day.date());
            }
        }
        this.code = code;
        this.zone = zone;
        this.week = Collections.unmodifiableMap(copy);
        this.specialDays = Collections.unmodifiableNavigableMap(days);
        this.confirmedThrough = confirmedThrough;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    public Map<DayOfWeek, List<OpeningHours>> week() {
        return week;
    }

    public Set<DayOfWeek> workingWeekdays() {
        return workingWeekdays;
    }

    public NavigableMap<LocalDate, SpecialDay> specialDays() {
        return specialDays;
    }

    @Override
    public Optional<LocalDate> confirmedThrough() {
        return Optional.ofNullable(confirmedThrough);
    }

    /**
     * What is special about a date: the special day entered for it, else beyond the horizon the
     * statutory holiday that falls on it (provisionally), else nothing.
     */
    public Optional<SpecialDay> specialDayOn(LocalDate date) {
        SpecialDay special = specialDays.get(date);
        if (special == null && confirmedThrough != null && date.isAfter(confirmedThrough)) {
            special = StatutoryHolidays.of(date.getYear()).get(date);
        }
        return Optional.ofNullable(special);
    }

    /** The opening hours of a date, after holidays and make-up days; empty when the office is closed. */
    public List<OpeningHours> hoursOn(LocalDate date) {
        SpecialDay special = specialDayOn(date).orElse(null);
        if (special == null) {
            return week.get(date.getDayOfWeek());
        }
        return switch (special.kind()) {
            case HOLIDAY -> List.of();
            case WORKDAY -> special.hours().isEmpty() ? normalWeekdayHours : special.hours();
        };
    }

    /** A working day 工作日: a working weekday that is no holiday, or a make-up day. */
    public boolean isWorkingDay(LocalDate date) {
        SpecialDay special = specialDayOn(date).orElse(null);
        return special == null ? workingWeekdays.contains(date.getDayOfWeek()) : special.kind() == SpecialDay.Kind.WORKDAY;
    }

    @Override
    public Instant due(Instant start, TimeLimit limit) {
        return switch (limit.unit()) {
            case CALENDAR_HOURS -> start.plus(limit.asDuration());
            case WORKING_MINUTES, WORKING_HOURS -> plusWorkingTime(start, limit.asDuration());
            case WORKING_DAYS -> closeOfWorkingDay(start, limit.amount());
        };
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            for (Stretch stretch : stretchesOn(date)) {
                Instant begin = later(stretch.opens(), from);
                Instant end = stretch.closes().isBefore(to) ? stretch.closes() : to;
                if (end.isAfter(begin)) {
                    total = total.plus(Duration.between(begin, end));
                }
            }
        }
        return total;
    }

    /**
     * The instant at which the last of {@code workingTime} is used: a start outside the opening hours
     * counts from the next opening, and a period that fits exactly ends at a closing time. Zero
     * working time has passed at {@code from} itself.
     */
    @Override
    public Instant plusWorkingTime(Instant from, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time is not negative: " + workingTime);
        }
        if (workingTime.isZero()) {
            return from;
        }
        Duration remaining = workingTime;
        int daysWithoutWork = 0;
        for (LocalDate date = from.atZone(zone).toLocalDate();; date = date.plusDays(1)) {
            boolean worked = false;
            for (Stretch stretch : stretchesOn(date)) {
                if (!stretch.closes().isAfter(from)) {
                    continue;
                }
                worked = true;
                Instant begin = later(stretch.opens(), from);
                Duration available = Duration.between(begin, stretch.closes());
                if (remaining.compareTo(available) <= 0) {
                    return begin.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            daysWithoutWork = worked ? 0 : giveUpAfterTooLong(daysWithoutWork + 1, from);
        }
    }

    /** The hours of the first working weekday, which make-up days work too. */
    @Override
    public Duration workingDay() {
        return normalWeekdayHours.stream().map(OpeningHours::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** The start day is not counted; the n-th working day after it ends at its last closing time. */
    private Instant closeOfWorkingDay(Instant start, long workingDays) {
        long counted = 0;
        int daysWithoutWork = 0;
        for (LocalDate date = start.atZone(zone).toLocalDate().plusDays(1);; date = date.plusDays(1)) {
            List<Stretch> stretches = isWorkingDay(date) ? stretchesOn(date) : List.of();
            if (stretches.isEmpty()) {
                daysWithoutWork = giveUpAfterTooLong(daysWithoutWork + 1, start);
            } else {
                daysWithoutWork = 0;
                if (++counted == workingDays) {
                    return stretches.get(stretches.size() - 1).closes();
                }
            }
        }
    }

    private int giveUpAfterTooLong(int daysWithoutWork, Instant from) {
        if (daysWithoutWork > MAX_DAYS_WITHOUT_WORK) {
            throw new IllegalStateException("calendar %s has no working time for %d days after %s"
                    .formatted(code, MAX_DAYS_WITHOUT_WORK, from));
        }
        return daysWithoutWork;
    }

    /** A date's opening hours as instants. A stretch a daylight-saving jump swallows whole is left out. */
    private List<Stretch> stretchesOn(LocalDate date) {
        List<OpeningHours> hours = hoursOn(date);
        List<Stretch> stretches = new ArrayList<>(hours.size());
        for (OpeningHours h : hours) {
            Instant opens = date.atTime(h.opens()).atZone(zone).toInstant();
            Instant closes = date.atTime(h.closes()).atZone(zone).toInstant();
            if (closes.isAfter(opens)) {
                stretches.add(new Stretch(opens, closes));
            }
        }
        return stretches;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private record Stretch(Instant opens, Instant closes) {
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + code + ", " + zone + "]";
    }
}
