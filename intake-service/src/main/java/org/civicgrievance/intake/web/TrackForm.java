package org.civicgrievance.intake.web;

import java.util.Locale;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The look-up form and the forms of the case page, as posted. The case page carries the number
 * and code the resident typed in hidden fields: the page is never stored (no-store) and the code
 * never goes into an address.
 */
public record TrackForm(Lang lang, String trackingNumber, String accessCode, String text, String rating, String comment) {

    public static TrackForm from(MultivaluedMap<String, String> form) {
        return new TrackForm(Lang.of(form.getFirst(Lang.PARAM)), normalise(form.getFirst("trackingNumber")),
                value(form, "accessCode").strip(), value(form, "text"), value(form, "rating"), value(form, "comment"));
    }

    /** Tracking numbers are read aloud and typed by hand: gr-2026-00000001 is GR-2026-00000001. */
    static String normalise(String trackingNumber) {
        return trackingNumber == null ? "" : trackingNumber.strip().toUpperCase(Locale.ROOT);
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }
}
