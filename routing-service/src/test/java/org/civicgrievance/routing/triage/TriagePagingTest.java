package org.civicgrievance.routing.triage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.StatementLog;
import org.civicgrievance.platform.paging.PageRequest;
import org.civicgrievance.routing.CaseEvents;
import org.junit.jupiter.api.Test;

/**
 * The triage queue comes a page at a time, most urgent first, and a page costs the same two
 * statements however many cases wait. The queue is shared by every test of the run, so these
 * assert on their own cases' places in it.
 */
@QuarkusTest
class TriagePagingTest {

    private static final String OPERATOR = StaffTokens.operator("chen.jing");

    @Inject
    CaseEvents events;

    @Inject
    TriageRepository triage;

    @Test
    void theMostUrgentComeFirstAPageAtATime() {
        String normal = events.submit("路边有一堆杂物");
        events.awaitTriage(normal);
        String urgent = events.submit("有人被困在电梯里");
        events.awaitTriage(urgent);

        List<String> waiting = given().auth().oauth2(OPERATOR).queryParam("size", 100).get("/api/triage").then()
                .statusCode(Status.OK.getStatusCode()).body("page", equalTo(1)).body("size", equalTo(100))
                .extract().path("items.caseId");
        assertTrue(waiting.indexOf(urgent) < waiting.indexOf(normal),
                "special handling first, though it came later: " + waiting);

        int total = given().auth().oauth2(OPERATOR).get("/api/triage").then().extract().path("total");
        assertTrue(total >= 2, "both wait: " + total);
        given().auth().oauth2(OPERATOR).queryParam("size", 1).queryParam("page", total).get("/api/triage").then()
                .body("items", org.hamcrest.Matchers.hasSize(1)).body("page", equalTo(total));
        // past the end: the last page, saying which it is
        given().auth().oauth2(OPERATOR).queryParam("size", 1).queryParam("page", total + 50).get("/api/triage").then()
                .body("page", equalTo(total));
    }

    @Test
    void whatIsNoPageIsRefusedNamingTheParameter() {
        given().auth().oauth2(OPERATOR).queryParam("size", 0).get("/api/triage").then()
                .statusCode(Status.BAD_REQUEST.getStatusCode()).contentType("application/problem+json")
                .body("errors.field", contains("size"));
        given().auth().oauth2(OPERATOR).queryParam("page", "x").get("/api/triage").then()
                .statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("page"));
        given().auth().oauth2(OPERATOR).queryParam("size", PageRequest.MAX_SIZE + 1).get("/api/triage").then()
                .statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("size"));
    }

    @Test
    void aPageCostsTheSameTwoStatementsHoweverManyWait() {
        String first = events.submit("路灯不亮");
        events.awaitTriage(first);
        List<String> fewer = StatementLog.ofThisThread(() -> triage.waiting(PageRequest.first()));
        for (int i = 0; i < 5; i++) {
            events.awaitTriage(events.submit("井盖松动 " + i));
        }
        List<String> more = StatementLog.ofThisThread(() -> triage.waiting(PageRequest.first()));

        // the count, and the page
        assertEquals(2, fewer.size(), String.join("\n", fewer));
        assertEquals(2, more.size(), String.join("\n", more));
        assertTrue(more.get(1).toLowerCase().contains("limit"), more.get(1));
    }
}
