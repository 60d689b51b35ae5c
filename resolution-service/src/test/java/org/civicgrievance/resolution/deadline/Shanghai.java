package org.civicgrievance.resolution.deadline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Instants as the city's clocks read them, for deadline tests that put the {@code TestClock} on a
 * fixed working day of cn-standard (no holiday or make-up day near them in 2026).
 */
public final class Shanghai {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A plain working Monday, half an hour after opening: where deadline tests start. */
    public static final Instant MONDAY_0930 = at("2026-11-30T09:30");

    private Shanghai() {
    }

    /** e.g. {@code at("2026-12-04T17:00")}: Friday 4 December 2026, 17:00 in Shanghai. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }
}
