package org.civicgrievance.intake.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Date-times as GeoReport v2 wants them: the W3C profile of ISO 8601 with an offset, written in
 * the city's time zone ({@code 2026-11-27T09:30:00+08:00}).
 */
@ApplicationScoped
public class Open311Time {

    /** {@code +08:00} sent unencoded in a query string arrives as {@code " 08:00"}. */
    private static final Pattern UNENCODED_PLUS = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}:\\d{2})$");

    private final ZoneId zone;

    public Open311Time(@ConfigProperty(name = "grievance.intake.zone") ZoneId zone) {
        this.zone = zone;
    }

    /** Whole seconds, with the city's offset; null stays null. */
    public String format(Instant instant) {
        return instant == null ? null
                : instant.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * Reads a date-time with offset, or a bare date (the start of that day in the city).
     *
     * @return null for a missing or blank parameter (Open311 treats empty as not given)
     * @throws Open311Exception 400 naming {@code parameter} for anything else
     */
    public Instant parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = UNENCODED_PLUS.matcher(value.strip()).replaceFirst("$1+$2");
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Exception.badRequest(parameter,
                    "must be a date-time with offset such as 2026-11-01T00:00:00+08:00 or 2026-11-01T00:00:00Z");
        }
    }
}
