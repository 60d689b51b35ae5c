package org.civicgrievance.resolution.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stretch of a day during which an office works, e.g. 09:00–12:00. A day has none (closed),
 * one or several (a lunch break, extended evening hours). Closing is exclusive and on the same day:
 * round-the-clock service is a calendar of its own ({@link RoundTheClock}), not a 00:00–24:00 stretch.
 */
public record OpeningHours(LocalTime opens, LocalTime closes) {

    private static final Pattern TEXT = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

    public OpeningHours {
        if (opens == null || closes == null || !closes.isAfter(opens)) {
            throw new IllegalArgumentException("opening hours close after they open: " + opens + "-" + closes);
        }
    }

    public Duration length() {
        return Duration.between(opens, closes);
    }

    /** {@code 09:00-12:00}, as administrators write it and the public reads it. */
    public static OpeningHours parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("write opening hours as HH:MM-HH:MM, e.g. 09:00-12:00");
        }
        LocalTime opens;
        LocalTime closes;
        try {
            opens = LocalTime.parse(matcher.group(1));
            closes = LocalTime.parse(matcher.group(2));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time of day: " + text.strip());
        }
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes at or before it opens: " + text.strip());
        }
        return new OpeningHours(opens, closes);
    }

    /** A day's stretches, each parsed; the first one that cannot be read is reported with its index. */
    public static List<OpeningHours> parseDay(List<String> texts) {
        List<OpeningHours> day = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                day.add(parse(texts.get(i)));
            } catch (IllegalArgumentException e) {
                throw new InvalidHoursException(i, e.getMessage());
            }
        }
        overlapIn(day).ifPresent(i -> {
            throw new InvalidHoursException(i, "overlaps or comes before the hours listed before it; list a day's hours in order, apart");
        });
        return List.copyOf(day);
    }

    /** The index of the first stretch that does not start after the previous one closed. */
    static Optional<Integer> overlapIn(List<OpeningHours> day) {
        for (int i = 1; i < day.size(); i++) {
            if (day.get(i).opens().isBefore(day.get(i - 1).closes())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** One stretch of a day's list that is unreadable, inverted or overlapping; {@code index} names it. */
    public static class InvalidHoursException extends IllegalArgumentException {

        private final int index;

        InvalidHoursException(int index, String message) {
            super(message);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
