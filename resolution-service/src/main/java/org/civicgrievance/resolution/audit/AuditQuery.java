package org.civicgrievance.resolution.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An inspector's filter over the audit trail; every part is optional. */
public record AuditQuery(String caseId, String actor, String department, Instant from, Instant to) {

    /** The filters that are set, by JPQL parameter name. */
    Map<String, Object> parameters() {
        Map<String, Object> set = new LinkedHashMap<>();
        put(set, "caseId", caseId);
        put(set, "actor", actor);
        put(set, "department", department);
        put(set, "from", from);
        put(set, "to", to);
        return set;
    }

    /** JPQL condition for the filters that are set: a time range (from inclusive, to exclusive), else equality. */
    String where() {
        String conditions = parameters().keySet().stream()
                .map(name -> switch (name) {
                    case "from" -> "occurredAt >= :from";
                    case "to" -> "occurredAt < :to";
                    default -> name + " = :" + name;
                })
                .collect(Collectors.joining(" and "));
        return conditions.isEmpty() ? "1 = 1" : conditions;
    }

    private static void put(Map<String, Object> set, String name, Object value) {
        if (value != null) {
            set.put(name, value);
        }
    }
}
