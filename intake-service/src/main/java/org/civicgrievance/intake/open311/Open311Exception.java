package org.civicgrievance.intake.open311;

import java.util.List;

/** A refusal in GeoReport v2's terms: an HTTP status and the error array the client reads. */
public class Open311Exception extends RuntimeException {

    private final int status;
    private final transient List<Open311Error> errors;

    public Open311Exception(int status, List<Open311Error> errors) {
        super(errors.isEmpty() ? "status " + status : errors.get(0).description());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<Open311Error> errors() {
        return errors;
    }

    public static Open311Exception badRequest(List<Open311Error> errors) {
        return new Open311Exception(400, errors);
    }

    public static Open311Exception badRequest(String field, String message) {
        return badRequest(List.of(Open311Error.of(400, field, message)));
    }

    public static Open311Exception forbidden(String message) {
        return new Open311Exception(403, List.of(Open311Error.of(403, null, message)));
    }

    public static Open311Exception notFound(String field, String message) {
        return new Open311Exception(404, List.of(Open311Error.of(404, field, message)));
    }
}
