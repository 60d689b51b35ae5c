package org.civicgrievance.resolution.deadline;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.resolution.StaffActions.claim;
import static org.civicgrievance.resolution.StaffActions.resolve;
import static org.civicgrievance.resolution.StaffActions.resume;
import static org.civicgrievance.resolution.StaffActions.waitForResident;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.resolution.TestClock;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the resident learns of the time limit: case.status-changed carries the RESOLUTION clock's
 * current due time ("expected by") as it starts, pauses, moves and ends, and an approved extension
 * reaches the resident as a note in both languages. General commitment on cn-standard, from Monday
 * 30 November 2026, 09:30 in Shanghai: resolution due Wednesday 9 December, 17:30.
 */
@QuarkusTest
class ResidentDueTimeTest implements OnAWorkingMonday {

    private static final String STATUS_CHANGED = "case.status-changed";
    private static final String REASON = "需要联系供电公司共同勘查";
    private static final Instant DUE = Shanghai.at("2026-12-09T17:30");

    @Inject
    RoutedCases routedCases;

    @Inject
    TestClock clock;

    @Inject
    EventCodec codec;

    @Test
    void theResidentsUpdatesCarryTheDueTimeAsTheClockStartsPausesMovesAndEnds() {
        String department = "due-lifecycle";
        String holder = StaffTokens.handler("wang.li", department);
        String caseId = routedCases.queued(department).subject();
        claim(caseId, holder).statusCode(Status.OK.getStatusCode());
        clock.setTo(Shanghai.at("2026-11-30T10:30"));
        waitForResident(caseId, holder, "路灯编号是多少？").statusCode(Status.OK.getStatusCode());
        clock.setTo(Shanghai.at("2026-11-30T14:30"));
        resume(caseId, holder).statusCode(Status.OK.getStatusCode());
        resolve(caseId, holder, "已更换灯泡").statusCode(Status.OK.getStatusCode());

        List<JsonNode> told = told(caseId, 5);
        assertEquals(List.of("QUEUED", "CLAIMED", "WAITING_FOR_RESIDENT", "IN_PROGRESS", "RESOLVED"),
                told.stream().map(e -> e.path("status").asText()).toList());
        for (JsonNode update : told.subList(0, 3)) {
            assertEquals(DUE, Instant.parse(update.path("resolutionDueAt").asText()),
                    "7 working days; a pause shows the time limit as it stands");
        }
        assertEquals(Shanghai.at("2026-12-10T17:30"), Instant.parse(told.get(3).path("resolutionDueAt").asText()),
                "2.5 working hours of waiting (10:30-14:30 less lunch) cost the 7-day limit one whole working day");
        assertTrue(told.get(4).path("resolutionDueAt").isNull(), "resolved: no time limit runs");
    }

    @Test
    void anApprovedExtensionTellsTheResidentInBothLanguagesWithTheNewDueTime() {
        String department = "due-extended";
        String holder = StaffTokens.handler("wang.li", department);
        String supervisor = StaffTokens.supervisor("zhao.min", department);
        String caseId = routedCases.queued(department).subject();
        claim(caseId, holder).statusCode(Status.OK.getStatusCode());

        String refused = ask(caseId, holder, "RESOLUTION", 1);
        decide(caseId, refused, "refusal", supervisor);
        String internal = ask(caseId, holder, "UPDATE", 1);
        decide(caseId, internal, "approval", supervisor);
        String approved = ask(caseId, holder, "RESOLUTION", 3);
        decide(caseId, approved, "approval", supervisor);

        List<JsonNode> told = told(caseId, 3);
        JsonNode notice = told.get(2);
        assertEquals(3, notice.path("sequence").asInt());
        assertEquals("CLAIMED", notice.path("status").asText(), "the status stays as it was");
        assertEquals(Shanghai.at("2026-12-14T17:30"), Instant.parse(notice.path("resolutionDueAt").asText()),
                "three more working days after Wednesday's closing");
        assertEquals("NOTE", notice.path("note").path("kind").asText());
        assertEquals("办理时限延长至 2026年12月14日 17:30，原因：" + REASON
                + "\nThe time limit was extended to 14 Dec 2026 17:30 because: " + REASON,
                notice.path("note").path("text").asText());
        given().auth().oauth2(holder).when().get("/api/cases/{id}/notes", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("findAll { it.visibleToResident }.author", equalTo(List.of("zhao.min")));
    }

    private List<JsonNode> told(String caseId, int count) {
        try (TopicProbe probe = TopicProbe.reading(routedCases.bootstrapServers(), STATUS_CHANGED)) {
            List<JsonNode> told = probe.awaitKey(caseId, count, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.parse(r.value()).data()).toList();
            assertEquals(count, probe.awaitKey(caseId, count + 1, Duration.ofSeconds(2)).size(),
                    "nothing more told to the resident");
            return told;
        }
    }

    private static String ask(String caseId, String holder, String clock, int workingDays) {
        return given().auth().oauth2(holder).contentType(ContentType.JSON)
                .body(Map.of("clock", clock, "reason", REASON, "extra",
                        Map.of("amount", workingDays, "unit", "WORKING_DAYS")))
                .when().post("/api/cases/{id}/extensions", caseId)
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode()).extract().path("id");
    }

    private static void decide(String caseId, String extensionId, String decision, String supervisor) {
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(Map.of("note", "同意"))
                .when().post("/api/cases/{id}/extensions/{eid}/" + decision, caseId, extensionId)
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode());
    }
}
