package org.civicgrievance.routing.triage;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.routing.CaseEvents;
import org.civicgrievance.routing.RoutingConfig;
import org.junit.jupiter.api.Test;

/** Triage's own short deadline: each stay is due a configured time after parking; the queue says who is overdue. */
@QuarkusTest
class TriageDeadlineTest {

    @Inject
    CaseEvents events;

    @Inject
    RoutingConfig config;

    @Test
    void eachStayIsDueTheTriageDeadlineAfterParkingAndOverdueAfterwardsOldestFirst() {
        String older = events.submit("分不清归谁 " + UUID.randomUUID());
        events.awaitTriage(older);
        String newer = events.submit("也分不清归谁 " + UUID.randomUUID());
        events.awaitTriage(newer);

        Map<String, Object> entry = entryOf(queue(), older);
        Instant parkedAt = Instant.parse((String) entry.get("parkedAt"));
        assertEquals(parkedAt.plus(config.triageDeadline()), Instant.parse((String) entry.get("dueAt")));
        assertFalse((Boolean) entry.get("overdue"));
        List<String> waiting = queue().getList("items.caseId");
        assertTrue(waiting.indexOf(older) < waiting.indexOf(newer), "of one priority, the one due first comes first");

        // the queue read later than the deadline: a clock moved past it, not a test that waits hours
        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), config.triageDeadline().plus(Duration.ofMinutes(1))),
                Clock.class);
        assertTrue((Boolean) entryOf(queue(), older).get("overdue"));
        assertTrue((Boolean) entryOf(queue(), newer).get("overdue"));
    }

    private static JsonPath queue() {
        return given().auth().oauth2(StaffTokens.operator("chen.jing")).queryParam("size", 100).when().get("/api/triage")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> entryOf(JsonPath queue, String caseId) {
        return queue.getMap("items.find { it.caseId == '%s' }".formatted(caseId));
    }
}
