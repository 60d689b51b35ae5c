package org.civicgrievance.resolution.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrievance.resolution.calendar.BusinessCalendar;
import org.civicgrievance.resolution.calendar.TimeLimit;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One clock of a case. Its due time and yellow point are computed on the department's business
 * calendar when it starts, shifted by exactly the paused working time when it resumes, and moved
 * by an approved extension. Each approved extension opens a new period of the clock (0 is the
 * original deadline); yellow and red are raised at most once per period, so an extended deadline
 * breached again is red again. {@code nextCheckAt} is the next warning point of the current period
 * still to come, which is all the scanner looks at.
 */
@Entity
@Table(name = "case_clock")
public class CaseClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(length = 64, nullable = false)
    private String department;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20, nullable = false, updatable = false)
    private ClockKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20, nullable = false)
    private ClockState state;

    @Column(name = "calendar_code", length = 32, nullable = false, updatable = false)
    private String calendarCode;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "limit_amount", updatable = false))
    @AttributeOverride(name = "unit", column = @Column(name = "limit_unit", updatable = false))
    private LimitColumns limit;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "original_due_at", nullable = false)
    private Instant originalDueAt;

    /** 0 for the original deadline, n after the n-th approved extension. */
    @Column(name = "deadline_period", nullable = false)
    private int period;

    @Column(name = "yellow_at", nullable = false)
    private Instant yellowAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** The current period's yellow is behind us: raised, or already past when the period opened. */
    @Column(name = "yellow_raised", nullable = false)
    private boolean yellowRaised;

    /** The current period's red card is raised. */
    @Column(name = "red_raised", nullable = false)
    private boolean redRaised;

    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    /**
     * The waits that ended, as {@code paused/resumed} instants separated by spaces, oldest first, so
     * the due time can be computed again from the start when the calendar changes. Null for a clock
     * started before pauses were recorded (V11) that may have paused: its history is unknown.
     */
    @Column(name = "pauses", length = 4000)
    private String pauses = "";

    @Version
    private long version;

    protected CaseClock() {
    }

    public static CaseClock start(String caseId, String department, ClockKind kind, BusinessCalendar calendar,
            TimeLimit limit, Instant from, double yellowShare) {
        CaseClock clock = new CaseClock();
        clock.caseId = caseId;
        clock.department = department;
        clock.kind = kind;
        clock.state = ClockState.RUNNING;
        clock.calendarCode = calendar.code();
        clock.limit = LimitColumns.of(limit);
        clock.startedAt = from;
        clock.dueAt = calendar.due(from, limit);
        clock.originalDueAt = clock.dueAt;
        clock.yellowAt = yellowPoint(calendar, from, clock.dueAt, yellowShare);
        clock.reschedule();
        return clock;
    }

    /** The instant at which {@code share} of the working time between start and due is used. */
    static Instant yellowPoint(BusinessCalendar calendar, Instant from, Instant due, double share) {
        Duration whole = calendar.workingTimeBetween(from, due);
        return calendar.plusWorkingTime(from, Duration.ofMillis((long) Math.floor(whole.toMillis() * share)));
    }

    /** Waiting for the resident: the clock stops counting until {@link #resume}. */
    public void pause(Instant at) {
        if (state == ClockState.RUNNING) {
            state = ClockState.PAUSED;
            pausedAt = at;
            nextCheckAt = null;
        }
    }

    /**
     * Moves the due time as the calendar says a pause does ({@link BusinessCalendar#afterPause}: whole
     * working days for a day limit, the exact working time otherwise) and the yellow point by the same
     * working time, and keeps the pause on record.
     */
    public void resume(Instant at, BusinessCalendar calendar) {
        if (state != ClockState.PAUSED) {
            return;
        }
        Instant due = calendar.afterPause(dueAt, limit(), pausedAt, at);
        yellowAt = calendar.plusWorkingTime(yellowAt, calendar.workingTimeBetween(dueAt, due));
        dueAt = due;
        if (pauses != null && pauses.length() < 3900) {
            pauses = (pauses.isEmpty() ? "" : pauses + " ") + pausedAt + "/" + at;
        } else {
            pauses = null; // more waits than the column holds: too many to recompute from
        }
        pausedAt = null;
        state = ClockState.RUNNING;
        reschedule();
    }

    /**
     * The calendar changed (a year's holidays were published, a day was corrected): due time and
     * yellow point computed again from the start, the limit and every wait that ended, as if the
     * clock had always run on this calendar. Flags stay: a card raised on the old time stays raised
     * and on record. An extended clock keeps the due time its extension fixed, and a clock whose
     * waits are unknown keeps its times.
     *
     * @return whether the due time moved
     */
    public boolean recompute(BusinessCalendar calendar, double yellowShare) {
        if (!isLive() || period > 0 || pauses == null) {
            return false;
        }
        Instant due = calendar.due(startedAt, limit());
        Instant yellow = yellowPoint(calendar, startedAt, due, yellowShare);
        originalDueAt = due;
        for (String pause : pauses.isEmpty() ? new String[0] : pauses.split(" ")) {
            int slash = pause.indexOf('/');
            Instant moved = calendar.afterPause(due, limit(), Instant.parse(pause.substring(0, slash)),
                    Instant.parse(pause.substring(slash + 1)));
            yellow = calendar.plusWorkingTime(yellow, calendar.workingTimeBetween(due, moved));
            due = moved;
        }
        boolean moved = !due.equals(dueAt);
        dueAt = due;
        yellowAt = yellow;
        reschedule();
        return moved;
    }

    public void meet(Instant at) {
        end(ClockState.MET, at);
    }

    public void stop(Instant at) {
        end(ClockState.STOPPED, at);
    }

    private void end(ClockState endState, Instant at) {
        if (state.isLive()) {
            state = endState;
            endedAt = at;
            pausedAt = null;
            nextCheckAt = null;
        }
    }

    /** The case moved to another department, which now answers for this clock. */
    public void handOver(String toDepartment) {
        this.department = toDepartment;
    }

    /**
     * An approved extension at {@code now} opens the next period: the due time moves (the original stays
     * on record, as does every card raised so far, each with its period), red is armed again, and the
     * yellow point moves to the same share of the longer working time from the start. That yellow is
     * armed only when it still lies ahead: a yellow point already past at approval raises no card, since
     * the warning would come after the decision that answered it.
     */
    public void extendTo(Instant newDue, BusinessCalendar calendar, double yellowShare, Instant now) {
        period++;
        dueAt = newDue;
        yellowAt = yellowPoint(calendar, startedAt, newDue, yellowShare);
        yellowRaised = !yellowAt.isAfter(now);
        redRaised = false;
        if (state == ClockState.RUNNING) {
            reschedule();
        }
    }

    /** The current period's levels due at {@code now} and not yet raised, in order; the caller raises them. */
    public List<WarningLevel> levelsDue(Instant now) {
        List<WarningLevel> due = new ArrayList<>();
        if (state != ClockState.RUNNING) {
            return due;
        }
        if (!yellowRaised && !yellowAt.isAfter(now)) {
            due.add(WarningLevel.YELLOW);
        }
        if (!redRaised && !dueAt.isAfter(now)) {
            due.add(WarningLevel.RED);
        }
        return due;
    }

    public void raised(WarningLevel level) {
        switch (level) {
            case YELLOW -> yellowRaised = true;
            case RED -> {
                // a breach is past every warning point
                yellowRaised = true;
                redRaised = true;
            }
            case ALERT -> {
            }
        }
        reschedule();
    }

    /** Sets the next check to the next warning point not yet raised (none when not running). */
    public void reschedule() {
        if (state != ClockState.RUNNING) {
            nextCheckAt = null;
        } else if (!yellowRaised) {
            nextCheckAt = yellowAt.isBefore(dueAt) ? yellowAt : dueAt;
        } else if (!redRaised) {
            nextCheckAt = dueAt;
        } else {
            nextCheckAt = null;
        }
    }

    public boolean isLive() {
        return state.isLive();
    }

    /**
     * A live clock whose due time lies beyond the horizon of its calendar (this clock's, which the
     * caller looks up): it counts the statutory holidays and may move when the year is loaded.
     */
    public boolean isProvisional(BusinessCalendar calendar) {
        return isLive() && calendar.isProvisional(dueAt);
    }

    public TimeLimit limit() {
        return limit.limit();
    }

    public Long getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getDepartment() {
        return department;
    }

    public ClockKind getKind() {
        return kind;
    }

    public ClockState getState() {
        return state;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getOriginalDueAt() {
        return originalDueAt;
    }

    public int getPeriod() {
        return period;
    }

    public Instant getYellowAt() {
        return yellowAt;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public boolean isYellowRaised() {
        return yellowRaised;
    }

    public boolean isRedRaised() {
        return redRaised;
    }

    public Instant getNextCheckAt() {
        return nextCheckAt;
    }
}
