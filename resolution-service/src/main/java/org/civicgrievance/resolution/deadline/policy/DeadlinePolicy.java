package org.civicgrievance.resolution.deadline.policy;

import java.time.Duration;

import org.civicgrievance.resolution.calendar.RoundTheClock;
import org.civicgrievance.resolution.calendar.TimeLimit;

/**
 * Decides a case's deadline terms from the department's commitment for its category and the
 * case's priority. A pure function: the table tests state the whole policy.
 *
 * <ul>
 * <li>NORMAL: the commitment as published.</li>
 * <li>GREEN_CHANNEL 绿色通道: every limit times {@code greenChannelShare} (default one half), rounded up
 * to whole minutes or days, on the commitment's calendar.</li>
 * <li>SPECIAL_HANDLING 特事特办: the life-or-property tier on the round-the-clock calendar (an urgent
 * danger is not left until Monday), keeping any of the commitment's limits that is already shorter;
 * supervisors are alerted at once.</li>
 * </ul>
 */
public final class DeadlinePolicy {

    public static final String SPECIAL_HANDLING = "SPECIAL_HANDLING";
    public static final String GREEN_CHANNEL = "GREEN_CHANNEL";

    private final double greenChannelShare;

    public DeadlinePolicy(double greenChannelShare) {
        if (!(greenChannelShare > 0 && greenChannelShare <= 1)) {
            throw new IllegalArgumentException("the green-channel share is in (0, 1]: " + greenChannelShare);
        }
        this.greenChannelShare = greenChannelShare;
    }

    /** @param priority as routing sent it; anything unknown is handled as NORMAL */
    public DeadlineTerms decide(String calendarCode, Limits committed, String priority) {
        if (SPECIAL_HANDLING.equals(priority)) {
            Limits urgent = ServiceTier.LIFE_OR_PROPERTY.limits();
            return new DeadlineTerms(RoundTheClock.CODE, new Limits(shorter(committed.claim(), urgent.claim()),
                    shorter(committed.update(), urgent.update()),
                    shorter(committed.resolution(), urgent.resolution()),
                    shorter(committed.callback(), urgent.callback()), shorter(committed.reopened(), urgent.reopened())),
                    true);
        }
        if (GREEN_CHANNEL.equals(priority)) {
            return new DeadlineTerms(calendarCode, committed.map(this::shortened), false);
        }
        return new DeadlineTerms(calendarCode, committed, false);
    }

    /**
     * On the round-the-clock calendar a working hour is an hour, so limits stated as durations compare
     * directly; n working days there end at midnight after the n-th following day, so more than a day later.
     */
    static TimeLimit shorter(TimeLimit committed, TimeLimit urgent) {
        boolean committedInDays = committed.unit() == TimeLimit.Unit.WORKING_DAYS;
        boolean urgentInDays = urgent.unit() == TimeLimit.Unit.WORKING_DAYS;
        if (committedInDays && urgentInDays) {
            return committed.amount() < urgent.amount() ? committed : urgent;
        }
        if (committedInDays) {
            return urgent; // the urgent tier's durations are all within a day
        }
        if (urgentInDays) {
            return committed.asDuration().compareTo(Duration.ofDays(1)) <= 0 ? committed : urgent;
        }
        return committed.asDuration().compareTo(urgent.asDuration()) < 0 ? committed : urgent;
    }

    private TimeLimit shortened(TimeLimit limit) {
        if (limit.unit() == TimeLimit.Unit.WORKING_DAYS) {
            return TimeLimit.workingDays(Math.max(1, (long) Math.ceil(limit.amount() * greenChannelShare)));
        }
        Duration whole = limit.asDuration();
        long minutes = Math.max(1, (long) Math.ceil(whole.toMinutes() * greenChannelShare));
        if (limit.unit() == TimeLimit.Unit.CALENDAR_HOURS) {
            // calendar time has no minute unit: keep whole hours when they divide, else round up to an hour
            return TimeLimit.calendarHours(Math.max(1, (minutes + 59) / 60));
        }
        return minutes % 60 == 0 ? TimeLimit.workingHours(minutes / 60) : TimeLimit.workingMinutes(minutes);
    }
}
