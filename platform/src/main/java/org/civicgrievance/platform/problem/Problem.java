package org.civicgrievance.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem details body. {@code errors} names each wrong field; other extension
 * members (such as the transitions a case allows) are written at the top level, as the RFC intends.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "errors" })
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:civic-grievance:problem:";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final List<FieldViolation> errors;
    private final Map<String, Object> extensions;

    public Problem(String type, String title, int status, String detail, List<FieldViolation> errors,
            Map<String, Object> extensions) {
        this.type = TYPE_PREFIX + type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.extensions = new LinkedHashMap<>(extensions);
    }

    public static Problem of(String type, String title, int status, String detail) {
        return new Problem(type, title, status, detail, List.of(), Map.of());
    }

    /** 400 naming each wrong field; the one shape every validation failure has. */
    public static Problem invalid(List<FieldViolation> errors) {
        return new Problem("validation", "The request has invalid fields", 400,
                "Correct the fields listed in errors and send the request again.", errors, Map.of());
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public List<FieldViolation> getErrors() {
        return errors;
    }

    /** The same problem with each field named from an enclosing object: {@code category} becomes {@code grievance.category}. */
    public Problem withFieldsUnder(String parent) {
        return new Problem(type.substring(TYPE_PREFIX.length()), title, status, detail,
                errors.stream().map(error -> new FieldViolation(parent + "." + error.field(), error.message())).toList(),
                extensions);
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    /** One wrong field: a dotted path into the request body (or a query/header name) and why it is wrong. */
    public record FieldViolation(String field, String message) {
    }
}
