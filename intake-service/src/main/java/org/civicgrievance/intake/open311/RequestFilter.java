package org.civicgrievance.intake.open311;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters of {@code GET requests} (and of {@code servicerequestupdates}), checked and with
 * GeoReport v2's defaults applied: requests made in the last 90 days, a range of at most 90 days.
 *
 * @param ids          tracking numbers; when given they override every other filter, as the spec says
 * @param serviceCodes empty for all services
 * @param from         start of the range, inclusive
 * @param to           end of the range, inclusive
 * @param statuses     empty for both
 */
public record RequestFilter(List<String> ids, Set<String> serviceCodes, Instant from, Instant to,
        Set<Open311Status> statuses) {

    /**
     * @param parameters the query string's parameters; each list filter may be given several times,
     *                   each time comma-delimited
     * @throws Open311Exception 400 naming the parameter that is wrong
     */
    public static RequestFilter parse(Map<String, List<String>> parameters, Open311Time time, Instant now,
            Open311Config.Query limits) {
        List<String> ids = List.copyOf(listed(parameters, "service_request_id"));
        if (ids.size() > limits.maxIds()) {
            throw Open311Exception.badRequest("service_request_id", "may name at most " + limits.maxIds() + " requests");
        }
        Set<Open311Status> statuses = EnumSet.noneOf(Open311Status.class);
        listed(parameters, "status").forEach(status -> statuses.add(Open311Status.parse(status)));

        Duration widest = Duration.ofDays(limits.maxDays());
        Instant start = time.parse("start_date", first(parameters, "start_date"));
        Instant end = time.parse("end_date", first(parameters, "end_date"));
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                throw Open311Exception.badRequest("end_date", "must not be before start_date");
            }
            if (Duration.between(start, end).compareTo(widest) > 0) {
                throw Open311Exception.badRequest("end_date", "may be at most " + limits.maxDays() + " days after start_date");
            }
        } else if (start != null) {
            end = start.plus(widest);
        } else if (end != null) {
            start = end.minus(widest);
        } else {
            end = now;
            start = now.minus(widest);
        }
        return new RequestFilter(ids, listed(parameters, "service_code"), start, end, statuses);
    }

    /** Both statuses, or none named, ask for everything. */
    public boolean anyStatus() {
        return statuses.isEmpty() || statuses.size() == Open311Status.values().length;
    }

    private static Set<String> listed(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
