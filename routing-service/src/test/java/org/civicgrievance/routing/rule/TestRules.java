package org.civicgrievance.routing.rule;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ws.rs.core.Response.Status;

import io.restassured.http.ContentType;

import org.civicgrievance.infra.test.StaffTokens;

/** Rules made through the administration API, for tests of any package. */
public final class TestRules {

    private static final String ADMIN = StaffTokens.admin("zhou.ping");

    private TestRules() {
    }

    /** Priorities are unique across the whole table: each test takes fresh ones. */
    public static int freshPriority() {
        return ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    public static Map<String, Object> rule(int priority, String department, String... keywords) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("priority", priority);
        rule.put("keywords", List.of(keywords));
        rule.put("department", department);
        rule.put("description", "gas leaks go to " + department);
        return rule;
    }

    public static long create(Map<String, Object> rule) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(rule)
                .when().post("/api/routing-rules")
                .then().statusCode(Status.CREATED.getStatusCode()).extract().jsonPath().getLong("id");
    }
}
