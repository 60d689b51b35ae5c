package org.civicgrievance.intake.open311;

/**
 * One entry of GeoReport v2's error array. {@code code} is the HTTP status, as the spec suggests;
 * {@code description} names the Open311 field at fault first, e.g. {@code address_string must not be blank}.
 */
public record Open311Error(int code, String description) {

    static Open311Error of(int code, String field, String message) {
        return new Open311Error(code, field == null || field.isEmpty() ? message : field + " " + message);
    }
}
