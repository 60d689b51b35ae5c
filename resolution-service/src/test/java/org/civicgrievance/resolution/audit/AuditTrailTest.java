package org.civicgrievance.resolution.audit;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.resolution.StaffActions.claim;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.StatementLog;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.resolution.RoutedCases;
import org.junit.jupiter.api.Test;

/** Discipline officials query and export the audit trail; nobody else reads it. */
@QuarkusTest
class AuditTrailTest {

    private static final String INSPECTOR = StaffTokens.inspector("li.qiang");

    @Inject
    RoutedCases routedCases;

    @Inject
    DataSource dataSource;

    @Inject
    EventCodec codec;

    @Test
    void everyStateChangeAndEveryViewOfUnmaskedContactIsRecorded() {
        Instant before = Instant.now();
        String caseId = routedCases.queued("environment").subject();
        String handler = StaffTokens.handler("he.jun", "environment");
        claim(caseId, handler).statusCode(Status.OK.getStatusCode());
        given().auth().oauth2(handler).when().get("/api/cases/{id}", caseId).then().statusCode(Status.OK.getStatusCode());

        given().auth().oauth2(INSPECTOR).queryParam("caseId", caseId)
                .when().get("/api/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .body("action", contains("CASE_QUEUED", "CASE_CLAIMED", "CONTACT_VIEWED", "CONTACT_VIEWED"))
                .body("actor", contains("routing-service", "he.jun", "he.jun", "he.jun"))
                .body("actorRole", contains("system", "handler", "handler", "handler"))
                .body("[1].before", equalTo("QUEUED"))
                .body("[1].after", equalTo("CLAIMED"))
                .body("department", everyItem(equalTo("environment")))
                .body("traceId", everyItem(equalTo("0123456789abcdef0123456789abcdef")));

        given().auth().oauth2(INSPECTOR)
                .queryParam("actor", "he.jun").queryParam("department", "environment")
                .queryParam("from", before.toString()).queryParam("to", Instant.now().plusSeconds(60).toString())
                .when().get("/api/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .body("caseId", hasItem(caseId))
                .body("actor", everyItem(equalTo("he.jun")));
        given().auth().oauth2(INSPECTOR).queryParam("caseId", caseId).queryParam("to", before.toString())
                .when().get("/api/audit")
                .then().body("size()", equalTo(0));
    }

    @Test
    void stateChangesReportedByOtherServicesJoinTheTrailInTimeOrderAndOnce() {
        CloudEvent queued = routedCases.queued("transport");
        String caseId = queued.subject();
        Instant submittedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
        Instant routedAt = submittedAt.plusSeconds(1);
        // intake's submission event opens the trail; routing reports its placement
        CloudEvent submitted = routedCases.submitted(caseId, queued.data().path("trackingNumber").asText(),
                "operator.chen", "HOTLINE", submittedAt);
        CloudEvent routed = routedCases.reported(caseId, "routing-service", "system", "CASE_ROUTED", "transport",
                "transport", "rule 3 v1 matched", routedAt);
        routedCases.report(routed);
        routedCases.submit(submitted);
        routedCases.submit(submitted);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(INSPECTOR).queryParam("caseId", caseId).when().get("/api/audit")
                .then().extract().<List<String>>path("action").size() >= 3);
        given().auth().oauth2(INSPECTOR).queryParam("caseId", caseId)
                .when().get("/api/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .body("action", contains("CASE_SUBMITTED", "CASE_ROUTED", "CASE_QUEUED"))
                .body("actor", contains("operator.chen", "routing-service", "routing-service"))
                .body("[0].occurredAt", equalTo(submittedAt.toString()))
                .body("[0].actorRole", equalTo("operator"))
                .body("[0].detail", equalTo("COMPLAINT %s via HOTLINE".formatted(queued.data().path("trackingNumber").asText())));
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}/history", caseId)
                .then().body("to", contains("SUBMITTED", "transport", "QUEUED"));
    }

    @Test
    void aSubmissionJoinsTheTrailWithThreeStatements() {
        String caseId = java.util.UUID.randomUUID().toString();
        StatementLog.startForCase(caseId);
        routedCases.submit(routedCases.submitted(caseId, "GR-2026-00000001", null, "WEB_FORM", Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(INSPECTOR).queryParam("caseId", caseId).when().get("/api/audit")
                .then().extract().<List<String>>path("action").size() == 1);
        List<String> statements = StatementLog.stop(caseId);
        // the inbox's check, the entry, the inbox's entry
        assertEquals(3, statements.size(), statements.toString());
        given().auth().oauth2(INSPECTOR).queryParam("caseId", caseId).when().get("/api/audit")
                .then().body("[0].actor", equalTo("resident")).body("[0].actorRole", equalTo("resident"));
    }

    @Test
    void administrativeChangesThatConcernNoCaseJoinTheTrail() {
        String keyId = java.util.UUID.randomUUID().toString();
        String admin = "admin-" + keyId.substring(0, 8);
        Instant occurredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CloudEvent created = routedCases.reported(null, admin, "admin", "OPEN311_KEY_CREATED", null, null,
                "name: FixMyStreet", occurredAt);
        // intake keys such events by what changed, as the case id keys the others
        routedCases.report(new CloudEvent(created.specversion(), created.id(), "/intake-service", created.type(),
                "open311-key:" + keyId, created.time(), created.datacontenttype(), created.traceid(), created.data()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(INSPECTOR).queryParam("actor", admin).when().get("/api/audit")
                .then().extract().<List<String>>path("action").size() >= 1);
        given().auth().oauth2(INSPECTOR).queryParam("actor", admin)
                .when().get("/api/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .body("action", contains("OPEN311_KEY_CREATED"))
                .body("actorRole", contains("admin"))
                .body("[0].caseId", equalTo(null))
                .body("[0].detail", equalTo("name: FixMyStreet"));
    }

    @Test
    void routingRuleAndDepartmentChangesFromRoutingJoinTheTrailWithoutACase() {
        String admin = "admin-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Instant occurredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (String[] change : new String[][] { { "ROUTING_RULE_CHANGED", "routing-rule:8" },
                { "DEPARTMENT_CHANGED", "department:housing" } }) {
            CloudEvent event = routedCases.reported(null, admin, "admin", change[0], null, "v2", change[1] + " changed",
                    occurredAt);
            routedCases.report(new CloudEvent(event.specversion(), event.id(), "/routing-service", event.type(), change[1],
                    event.time(), event.datacontenttype(), event.traceid(), event.data()));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(INSPECTOR).queryParam("actor", admin).when().get("/api/audit")
                .then().extract().<List<String>>path("action").size() >= 2);
        given().auth().oauth2(INSPECTOR).queryParam("actor", admin)
                .when().get("/api/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .body("action", org.hamcrest.Matchers.containsInAnyOrder("ROUTING_RULE_CHANGED", "DEPARTMENT_CHANGED"))
                .body("caseId", org.hamcrest.Matchers.everyItem(equalTo(null)));
    }

    @Test
    void theTrailExportsAsCsvThatASpreadsheetCannotExecute() {
        String caseId = routedCases.queued("housing").subject();
        claim(caseId, StaffTokens.handler("ma.li", "housing")).statusCode(Status.OK.getStatusCode());

        String csv = given().auth().oauth2(INSPECTOR).queryParam("caseId", caseId)
                .when().get("/api/audit/export.csv")
                .then().statusCode(Status.OK.getStatusCode())
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("audit.csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length, csv);
        assertTrue(lines[0].startsWith("id,occurred_at,actor"));
        assertTrue(lines[2].contains("\"CASE_CLAIMED\"") && lines[2].contains("\"ma.li\""), lines[2]);
    }

    @Test
    void formulasInExportedFieldsAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditCsv.field("=HYPERLINK(\"x\")"));
        assertEquals("\"'-1+2\"", AuditCsv.field("-1+2"));
        assertEquals("\"路灯\"", AuditCsv.field("路灯"));
        assertEquals("", AuditCsv.field(null));
    }

    @Test
    void onlyInspectorsReadTheTrail() {
        for (String token : new String[] { StaffTokens.handler("wang.li", "urban-management"),
                StaffTokens.supervisor("zhang.wei", "urban-management"), StaffTokens.operator("chen.jing"),
                StaffTokens.admin("zhou.ping") }) {
            given().auth().oauth2(token).when().get("/api/audit").then().statusCode(Status.FORBIDDEN.getStatusCode());
            given().auth().oauth2(token).when().get("/api/audit/export.csv")
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
        given().when().get("/api/audit").then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    @Test
    void badFiltersNameTheField() {
        given().auth().oauth2(INSPECTOR).queryParam("from", "yesterday")
                .when().get("/api/audit")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(INSPECTOR).queryParam("limit", "100000")
                .when().get("/api/audit")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors[0].field", startsWith("limit"));
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrDeleteAnEntry() throws Exception {
        String caseId = routedCases.queued("urban-management").subject();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE audit_record SET actor = 'someone-else' WHERE case_id = '" + caseId + "'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "DELETE FROM audit_record WHERE case_id = '" + caseId + "'"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        given().auth().oauth2(INSPECTOR).queryParam("caseId", caseId).when().get("/api/audit")
                .then().body("actor", contains("routing-service"));
    }

    @Test
    void opinionFormEventsFromIntakeJoinTheTrailWithoutACase() {
        String formId = UUID.randomUUID().toString();
        String admin = "admin-" + formId.substring(0, 8);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("actor", admin);
        data.put("actorRole", "admin");
        data.put("action", "FORM_PUBLISHED");
        data.put("caseId", null);
        data.put("before", "DRAFT");
        data.put("after", "PUBLISHED");
        data.put("detail", "opinion form " + formId + ": 社区环境");
        data.put("occurredAt", Instant.now().toString());
        // keyed by the form id, as intake's AuditEvents.recordOutsideCase sends it
        routedCases.report(CloudEvent.of("/intake-service", "audit.recorded", formId, "0123456789abcdef0123456789abcdef",
                Instant.now(), codec.toTree(data)));

        String caseId = routedCases.queued("urban-management").subject();
        routedCases.report(routedCases.reported(caseId, "chen.jing", "operator", "CASE_FROM_OPINION_ANSWER", null,
                "GR-2026-00000042", "answer a-1 to opinion form " + formId, Instant.now()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(INSPECTOR).queryParam("actor", admin).when().get("/api/audit")
                .then().extract().<List<String>>path("action").size() == 1);
        given().auth().oauth2(INSPECTOR).queryParam("actor", admin)
                .when().get("/api/audit")
                .then().body("[0].action", equalTo("FORM_PUBLISHED"))
                .body("[0].caseId", nullValue())
                .body("[0].detail", containsString(formId));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(INSPECTOR).queryParam("caseId", caseId).when().get("/api/audit")
                .then().extract().<List<String>>path("action").contains("CASE_FROM_OPINION_ANSWER"));
    }

    @Test
    void theTrailHasNoWritePath() {
        given().auth().oauth2(INSPECTOR).contentType("application/json").body("{}")
                .when().post("/api/audit")
                .then().statusCode(Status.METHOD_NOT_ALLOWED.getStatusCode());
        given().auth().oauth2(INSPECTOR)
                .when().delete("/api/audit")
                .then().statusCode(Status.METHOD_NOT_ALLOWED.getStatusCode());
    }
}
