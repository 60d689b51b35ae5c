package org.civicgrievance.resolution.supervision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.infra.test.StaffBrowser;
import org.civicgrievance.resolution.TestClock;
import org.civicgrievance.resolution.deadline.OnAWorkingMonday;
import org.civicgrievance.resolution.deadline.Shanghai;
import org.civicgrievance.resolution.deadline.warning.DeadlineScanner;
import org.junit.jupiter.api.Test;

/**
 * 电子监察 end to end: a case routed over the real broker that nobody claims turns yellow, then red
 * (case.overdue on the topic once each), and shows in the discipline officials' overdue list, in
 * the API and on their workbench. The
 * clock starts on Monday 30 November 2026, 09:30 in Shanghai: claim due 11:30 on cn-standard.
 */
@QuarkusTest
class OverdueEndToEndTest implements OnAWorkingMonday {

    private static final String INSPECTOR = StaffTokens.inspector("li.qiang");

    @Inject
    RoutedCases routedCases;

    @Inject
    DeadlineScanner scanner;

    @Inject
    TestClock clock;

    @Inject
    EventCodec codec;

    @Test
    void anUnclaimedCaseTurnsYellowThenRedAndInspectorsSeeItOverdue() {
        String department = "e2e-overdue";
        String caseId = routedCases.queued(department).subject();
        try (TopicProbe probe = TopicProbe.reading(routedCases.bootstrapServers(), "case.overdue")) {
            clock.advance(Duration.ofMinutes(95));
            scanner.scanAll();
            List<ConsumerRecord<String, String>> yellow = probe.awaitKey(caseId, 1, Duration.ofSeconds(30));
            assertEquals(List.of("YELLOW"), levels(yellow));
            overdueList(department).body("items", empty()).body("total", equalTo(0));

            clock.advance(Duration.ofMinutes(40));
            scanner.scanAll();
            scanner.scanAll();
            List<ConsumerRecord<String, String>> both = probe.awaitKey(caseId, 2, Duration.ofSeconds(30));
            assertEquals(List.of("YELLOW", "RED"), levels(both));
            assertEquals(2, probe.awaitKey(caseId, 3, Duration.ofSeconds(2)).size(), "once each");
        }

        overdueList(department).body("items.department", contains(department))
                .body("items.caseId", contains(caseId))
                .body("items[0].clock", equalTo("CLAIM"))
                .body("items[0].status", equalTo("QUEUED"))
                .body("items[0].overdueMinutes", greaterThanOrEqualTo(14))
                .body("items[0].overdueWorkingMinutes", greaterThanOrEqualTo(14))
                .body("total", equalTo(1));
        given().auth().oauth2(INSPECTOR).queryParam("size", 100).when().get("/api/supervision/overdue")
                .then().statusCode(Status.OK.getStatusCode()).body("items.caseId", hasItem(caseId));

        // on the inspector's workbench: in every department's list, and in the department's when chosen
        String trackingNumber = given().auth().oauth2(INSPECTOR).get("/api/cases/{id}", caseId).then()
                .extract().path("trackingNumber");
        StaffBrowser.Session inspector = StaffBrowser.signIn("inspector.li");
        for (String chosen : new String[] { null, department }) {
            var request = StaffBrowser.as(inspector).queryParam("overduePage", "1");
            String page = (chosen == null ? request : request.queryParam("department", chosen)).get("/staff/")
                    .then().statusCode(Status.OK.getStatusCode()).extract().asString();
            String overdue = page.substring(page.indexOf("id=\"overdue-heading\""));
            assertTrue(overdue.contains(">" + trackingNumber + "</a>"), overdue);
            assertTrue(overdue.contains("href=\"/staff/cases/" + caseId + "\""), overdue);
            assertTrue(overdue.contains("<td>" + department + "</td>"), "the department is named: " + overdue);
            assertTrue(overdue.contains("个工作小时"), "how long overdue, in working time: " + overdue);
        }
        assertFalse(StaffBrowser.as(StaffBrowser.signIn("handler.urban")).get("/staff/").then()
                .statusCode(Status.OK.getStatusCode()).extract().asString().contains("overdue-heading"),
                "handlers see their cards on their own queue, not the inspectors' list");

        // claimed at last: the breach stays on record, the case leaves the list of what is overdue now
        given().auth().oauth2(StaffTokens.handler("wang.li", department)).when().post("/api/cases/{id}/claim", caseId)
                .then().statusCode(Status.OK.getStatusCode());
        overdueList(department).body("items", empty()).body("total", equalTo(0));
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}/deadlines", caseId)
                .then().body("find { it.kind == 'CLAIM' }.warnings", contains("YELLOW", "RED"));
    }

    @Test
    void inspectorsReadButChangeNothing() {
        String department = "e2e-readonly";
        String caseId = routedCases.queued(department).subject();
        Map<String, Object> extension = Map.of("reason", "x", "extra", Map.of("amount", 1, "unit", "WORKING_DAYS"));

        given().auth().oauth2(INSPECTOR).when().post("/api/cases/{id}/claim", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(extension)
                .when().post("/api/cases/{id}/extensions", caseId).then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/cases/{id}/extensions/{eid}/approval", caseId, "any")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/commitments").then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}/deadlines", caseId)
                .then().statusCode(Status.OK.getStatusCode()).body("kind", hasItem("CLAIM"));

        given().auth().oauth2(StaffTokens.supervisor("zhao.min", department)).when().get("/api/supervision/overdue")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(StaffTokens.handler("wang.li", "e2e-elsewhere")).when()
                .get("/api/cases/{id}/deadlines", caseId).then().statusCode(Status.NOT_FOUND.getStatusCode());
        given().auth().oauth2(INSPECTOR).queryParam("department", "Not A Code").when().get("/api/supervision/overdue")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("department"));
        given().auth().oauth2(INSPECTOR).queryParam("size", 100).when().get("/api/supervision/overdue")
                .then().statusCode(Status.OK.getStatusCode()).body("items.department", not(hasItem(department)));
    }

    private io.restassured.response.ValidatableResponse overdueList(String department) {
        return given().auth().oauth2(INSPECTOR).queryParam("department", department)
                .when().get("/api/supervision/overdue")
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode());
    }

    private List<String> levels(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> codec.parse(r.value()).data().path("level").asText()).toList();
    }
}
