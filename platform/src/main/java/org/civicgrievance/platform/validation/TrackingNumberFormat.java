package org.civicgrievance.platform.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a tracking number looks like, in every service: {@code GR-2026-00000001}, or a part of a split
 * case, the original's with {@code -1}, {@code -2}, … Intake issues them; the others recognise one typed
 * into a search or carried in an address.
 */
public final class TrackingNumberFormat {

    private static final Pattern WELL_FORMED = Pattern.compile("GR-\\d{4}-\\d{8}(-\\d{1,2})?");

    private TrackingNumberFormat() {
    }

    public static boolean isWellFormed(String trackingNumber) {
        return trackingNumber != null && WELL_FORMED.matcher(trackingNumber).matches();
    }

    /** What was typed, stripped and in capitals, when it is a tracking number; else null. */
    public static String typed(String text) {
        String value = text == null ? null : text.strip().toUpperCase(Locale.ROOT);
        return isWellFormed(value) ? value : null;
    }
}
