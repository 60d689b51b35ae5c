package org.civicgrievance.intake.open311;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body, in order, each with all its
 * values. Parsed here rather than by the framework so that the idempotency fingerprint sees the
 * body as sent, and so that repeated and bracketed names ({@code attribute[code][]}) survive.
 */
public final class FormFields {

    private final Map<String, List<String>> fields;

    private FormFields(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /**
     * @param body    the form body as sent (UTF-8, as GeoReport v2 requires)
     * @param query   the query string's parameters: a client following the Swagger description
     *                sends fields there; a field in the body wins over the same name in the query
     * @throws Open311Exception 400 when the body is not form encoding
     */
    public static FormFields parse(String body, Map<String, List<String>> query) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body != null && !body.isBlank()) {
            for (String pair : body.strip().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                fields.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
            }
        }
        query.forEach((name, values) -> fields.putIfAbsent(name, List.copyOf(values)));
        return new FormFields(fields);
    }

    /** The first value of the field, stripped; null when it is absent or blank (Open311: empty means not given). */
    public String value(String name) {
        List<String> values = fields.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }

    public Map<String, List<String>> all() {
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Open311Exception.badRequest("body", "is not form-encoded (application/x-www-form-urlencoded, UTF-8)");
        }
    }
}
