package org.civicgrievance.resolution.deadline.policy;

import java.util.function.UnaryOperator;

import org.civicgrievance.resolution.calendar.TimeLimit;
import org.civicgrievance.resolution.deadline.ClockKind;

/**
 * The limit of each clock, plus the shorter resolution limit a reopened case gets (the resident
 * already waited once).
 */
public record Limits(TimeLimit claim, TimeLimit update, TimeLimit resolution, TimeLimit callback,
        TimeLimit reopened) {

    public TimeLimit of(ClockKind kind) {
        return switch (kind) {
            case CLAIM -> claim;
            case UPDATE -> update;
            case RESOLUTION -> resolution;
            case CALLBACK -> callback;
        };
    }

    Limits map(UnaryOperator<TimeLimit> each) {
        return new Limits(each.apply(claim), each.apply(update), each.apply(resolution), each.apply(callback),
                each.apply(reopened));
    }
}
