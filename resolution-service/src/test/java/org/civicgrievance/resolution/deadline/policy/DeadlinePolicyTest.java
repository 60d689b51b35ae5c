package org.civicgrievance.resolution.deadline.policy;

import static org.civicgrievance.resolution.calendar.TimeLimit.calendarHours;
import static org.civicgrievance.resolution.calendar.TimeLimit.workingDays;
import static org.civicgrievance.resolution.calendar.TimeLimit.workingHours;
import static org.civicgrievance.resolution.calendar.TimeLimit.workingMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.civicgrievance.resolution.calendar.TimeLimit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The whole deadline policy as a table: commitment and priority in, terms out. */
class DeadlinePolicyTest {

    private static final DeadlinePolicy POLICY = new DeadlinePolicy(0.5);
    private static final Limits GENERAL = ServiceTier.GENERAL.limits();
    private static final Limits UTILITIES = ServiceTier.UTILITIES.limits();
    private static final Limits ON_THE_SPOT = new Limits(workingMinutes(15), workingHours(1), calendarHours(1),
            workingDays(1), workingMinutes(45));

    static Stream<Arguments> table() {
        return Stream.of(
                // the commitment as published
                Arguments.of("cn-standard", GENERAL, "NORMAL",
                        new DeadlineTerms("cn-standard", GENERAL, false)),
                Arguments.of("cn-standard", GENERAL, null,
                        new DeadlineTerms("cn-standard", GENERAL, false)),
                Arguments.of("cn-standard", GENERAL, "SOMETHING_NEW",
                        new DeadlineTerms("cn-standard", GENERAL, false)),
                // green channel: half of each limit, rounded up, on the same calendar
                Arguments.of("cn-standard", GENERAL, "GREEN_CHANNEL",
                        new DeadlineTerms("cn-standard", new Limits(workingHours(1), workingHours(8), workingDays(4),
                                workingDays(2), workingDays(2)), false)),
                Arguments.of("24x7", UTILITIES, "GREEN_CHANNEL",
                        new DeadlineTerms("24x7", new Limits(workingMinutes(30), workingHours(2), calendarHours(12),
                                workingDays(1), calendarHours(6)), false)),
                Arguments.of("24x7", ON_THE_SPOT, "GREEN_CHANNEL",
                        new DeadlineTerms("24x7", new Limits(workingMinutes(8), workingMinutes(30), calendarHours(1),
                                workingDays(1), workingMinutes(23)), false)),
                // special handling: the life-or-property tier, round the clock, supervisors alerted
                Arguments.of("cn-standard", GENERAL, "SPECIAL_HANDLING",
                        new DeadlineTerms("24x7", ServiceTier.LIFE_OR_PROPERTY.limits(), true)),
                Arguments.of("cn-standard", ServiceTier.COMPLEX.limits(), "SPECIAL_HANDLING",
                        new DeadlineTerms("24x7", ServiceTier.LIFE_OR_PROPERTY.limits(), true)),
                // ... keeping what the commitment already promises sooner
                Arguments.of("24x7", ON_THE_SPOT, "SPECIAL_HANDLING",
                        new DeadlineTerms("24x7", new Limits(workingMinutes(15), calendarHours(1), calendarHours(1),
                                workingDays(1), workingMinutes(45)), true)),
                Arguments.of("24x7", new Limits(workingMinutes(10), calendarHours(3), calendarHours(2), workingHours(20),
                        workingDays(1)), "SPECIAL_HANDLING",
                        new DeadlineTerms("24x7", new Limits(workingMinutes(10), calendarHours(1), calendarHours(2),
                                workingHours(20), calendarHours(1)), true)));
    }

    @ParameterizedTest(name = "{2} on {1}")
    @MethodSource("table")
    void decides(String calendar, Limits committed, String priority, DeadlineTerms expected) {
        assertEquals(expected, POLICY.decide(calendar, committed, priority));
    }

    static Stream<Arguments> shorter() {
        return Stream.of(
                Arguments.of(calendarHours(1), calendarHours(2), calendarHours(1)),
                Arguments.of(workingHours(3), calendarHours(2), calendarHours(2)),
                Arguments.of(workingMinutes(90), calendarHours(2), workingMinutes(90)),
                Arguments.of(workingDays(7), calendarHours(2), calendarHours(2)),
                Arguments.of(workingDays(1), workingDays(2), workingDays(1)),
                Arguments.of(calendarHours(24), workingDays(1), calendarHours(24)),
                Arguments.of(calendarHours(25), workingDays(1), workingDays(1)));
    }

    @ParameterizedTest(name = "{0} against {1}")
    @MethodSource("shorter")
    void specialHandlingKeepsTheShorterLimit(TimeLimit committed, TimeLimit urgent, TimeLimit expected) {
        assertEquals(expected, DeadlinePolicy.shorter(committed, urgent));
    }

    @Test
    void aConfigurableGreenChannelShare() {
        assertEquals(workingDays(6), new DeadlinePolicy(0.8).decide("x", GENERAL, "GREEN_CHANNEL").limits().resolution());
        assertThrows(IllegalArgumentException.class, () -> new DeadlinePolicy(0));
        assertThrows(IllegalArgumentException.class, () -> new DeadlinePolicy(1.5));
    }
}
