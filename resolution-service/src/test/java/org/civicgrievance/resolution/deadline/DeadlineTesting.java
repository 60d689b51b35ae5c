package org.civicgrievance.resolution.deadline;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.resolution.RoutedCases;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the deadline tests share: cases of a given priority, a case's clocks, and the events in the outbox. */
@ApplicationScoped
public class DeadlineTesting {

    private static final String INSPECTOR = StaffTokens.inspector("inspector.deadlines");

    private final RoutedCases routedCases;
    private final EntityManager entityManager;

    public DeadlineTesting(RoutedCases routedCases, EntityManager entityManager) {
        this.routedCases = routedCases;
        this.entityManager = entityManager;
    }

    /** Routes a case with this priority over the real broker and waits until it is queued; returns its id. */
    public String queued(String department, String priority) {
        CloudEvent event = routedCases.routed(department);
        ((ObjectNode) event.data()).put("priority", priority);
        routedCases.send(event, null);
        routedCases.awaitQueued(department, event.subject());
        return event.subject();
    }

    /** The case's clocks as the API shows them to an inspector. */
    public JsonPath deadlines(String caseId) {
        return given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}/deadlines", caseId)
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
    }

    /** The one clock of a kind the case has (or the latest), as the API shows it. */
    public Map<String, Object> clock(String caseId, ClockKind kind) {
        List<Map<String, Object>> ofKind = deadlines(caseId).getList("findAll { it.kind == '" + kind + "' }");
        return ofKind.get(ofKind.size() - 1);
    }

    /** case.overdue events of the case recorded in the outbox: exactly what reaches the topic. */
    public long overdueEventsInOutbox(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM outbox_event WHERE message_key = :key AND event_type = 'case.overdue'")
                .setParameter("key", caseId).getSingleResult()).longValue());
    }

    public long warningsInDatabase(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM clock_warning WHERE case_id = :id AND level <> 'ALERT'")
                .setParameter("id", caseId).getSingleResult()).longValue());
    }
}
