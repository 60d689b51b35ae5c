package org.civicgrievance.intake.open311;

import java.util.Locale;

import org.civicgrievance.intake.grievance.Grievance;

/**
 * GeoReport v2's two statuses. {@code closed} means the department has answered (RESOLVED, or
 * CLOSED after the resident's rating); every other status, REOPENED included, is {@code open}.
 */
public enum Open311Status {
    OPEN,
    CLOSED;

    public static Open311Status of(String ourStatus) {
        return Grievance.ANSWERED_STATUSES.contains(ourStatus) ? CLOSED : OPEN;
    }

    /** @throws Open311Exception 400 for anything but open and closed */
    static Open311Status parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> OPEN;
            case "closed" -> CLOSED;
            default -> throw Open311Exception.badRequest("status", "must be open or closed (or both, comma-delimited)");
        };
    }

    /** As it is written on the wire. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
