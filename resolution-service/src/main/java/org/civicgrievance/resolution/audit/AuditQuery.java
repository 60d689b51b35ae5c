package org.civicgrievance.resolution.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An inspector's filter over the audit trail; every part is optional. */
public record AuditQuery(String caseId, String actor, String department, Instant from, Instant to) {

    /** JPQL condition and parameters for the filters that are set. */
    String where() {
        List<String> conditions = new ArrayList<>();
        if (caseId != null) {
            conditions.add("caseId = :caseId");
        }
        if (actor != null) {
            conditions.add("actor = :actor");
        }
        if (department != null) {
            conditions.add("department = :department");
        }
        if (from != null) {
            conditions.add("occurredAt >= :from");
        }
        if (to != null) {
            conditions.add("occurredAt < :to");
        }
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        if (caseId != null) {
            parameters.put("caseId", caseId);
        }
        if (actor != null) {
            parameters.put("actor", actor);
        }
        if (department != null) {
            parameters.put("department", department);
        }
        if (from != null) {
            parameters.put("from", from);
        }
        if (to != null) {
            parameters.put("to", to);
        }
        return parameters;
    }
}
