package org.civicgrievance.resolution.deadline.warning;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.resolution.StaffActions.claim;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.resolution.TestClock;
import org.civicgrievance.resolution.deadline.CaseClock;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.ClockRepository;
import org.civicgrievance.resolution.deadline.DeadlineTesting;
import org.civicgrievance.resolution.deadline.OnAWorkingMonday;
import org.civicgrievance.resolution.deadline.Shanghai;
import org.civicgrievance.resolution.deadline.WarningLevel;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An extended deadline is supervised again: each approved extension opens a new period of the clock,
 * whose yellow and red come once each, on the real topic with the period, while the cards of the
 * earlier period stay on record. The case's RESOLUTION clock on cn-standard: submitted Monday
 * 30 November 2026 09:30 in Shanghai, due Wednesday 9 December 17:30 (7 working days); extended by
 * 3 working days to Monday 14 December 17:30, with its yellow point moved to 75 % of the longer time,
 * Thursday 10 December about 10:52. (The UPDATE clock, nobody writing after the claim, turns red on
 * Wednesday 2 December; the assertions here look at RESOLUTION cards only.)
 */
@QuarkusTest
class ExtendedDeadlineWarningTest implements OnAWorkingMonday {

    private static final String OVERDUE = "case.overdue";
    private static final String INSPECTOR = StaffTokens.inspector("li.qiang");
    private static final Instant FIRST_DUE = Shanghai.at("2026-12-09T17:30");
    private static final Instant EXTENDED_DUE = Shanghai.at("2026-12-14T17:30");

    @Inject
    RoutedCases routedCases;

    @Inject
    DeadlineTesting deadlines;

    @Inject
    DeadlineScanner scanner;

    @Inject
    ClockRepository clocks;

    @Inject
    TestClock clock;

    @Inject
    EventCodec codec;

    @Test
    void anExtendedDeadlineBreachedAgainIsYellowAndRedAgainOnceEachAndInspectorsSeeIt() throws Exception {
        String department = "rewarn-again";
        String holder = StaffTokens.handler("wang.li", department);
        String caseId = routedCases.queued(department).subject();
        claim(caseId, holder).statusCode(Status.OK.getStatusCode());
        Map<String, Object> resolution = deadlines.clock(caseId, ClockKind.RESOLUTION);
        assertEquals(FIRST_DUE, Instant.parse((String) resolution.get("dueAt")));

        // the original period: yellow, then (the extension asked for in time, decided late) red
        clock.setTo(Instant.parse((String) resolution.get("yellowAt")).plusSeconds(60));
        scanner.scanAll();
        assertEquals(List.of("YELLOW"), resolutionCards(caseId));
        clock.setTo(Shanghai.at("2026-12-09T17:00"));
        String extensionId = ask(caseId, holder, "需要供电公司共同勘查", Map.of("amount", 3, "unit", "WORKING_DAYS"));
        clock.setTo(Shanghai.at("2026-12-09T17:35"));
        scanner.scanAll();
        assertEquals(List.of("YELLOW", "RED"), resolutionCards(caseId));
        assertEquals(List.of(0), overdueResolution(department).stream().map(c -> c.get("extensions")).toList());

        // approved on Thursday 09:30: period 1, its yellow point (about 10:52) still ahead, so armed again
        clock.setTo(Shanghai.at("2026-12-10T09:30"));
        approve(caseId, extensionId, department);
        resolution = deadlines.clock(caseId, ClockKind.RESOLUTION);
        assertEquals(1, resolution.get("period"));
        assertEquals(EXTENDED_DUE, Instant.parse((String) resolution.get("dueAt")));
        assertEquals(FIRST_DUE, Instant.parse((String) resolution.get("originalDueAt")));
        assertEquals(List.of(), overdueResolution(department), "within its extended deadline: not overdue");
        scanner.scanAll();
        assertEquals(List.of("YELLOW", "RED"), resolutionCards(caseId), "nothing new before the new yellow point");

        clock.setTo(Shanghai.at("2026-12-10T11:00"));
        scanner.scanAll();
        scanner.scanAll();
        assertEquals(List.of("YELLOW", "RED", "YELLOW"), resolutionCards(caseId));

        // the new deadline breached: two scanners at once still raise its red once
        clock.setTo(Shanghai.at("2026-12-14T17:35"));
        RacingScanners.scanTogether(scanner, 2);
        scanner.scanAll();
        assertEquals(List.of("YELLOW", "RED", "YELLOW", "RED"), resolutionCards(caseId));

        // every card on record with its period and the deadline it was raised against
        List<Map<String, Object>> cards = deadlines.deadlines(caseId)
                .getList("find { it.kind == 'RESOLUTION' }.cards");
        assertEquals(List.of(0, 0, 1, 1), cards.stream().map(c -> c.get("period")).toList());
        assertEquals(List.of(FIRST_DUE, FIRST_DUE, EXTENDED_DUE, EXTENDED_DUE),
                cards.stream().map(c -> Instant.parse((String) c.get("dueAt"))).toList());

        try (TopicProbe probe = TopicProbe.reading(routedCases.bootstrapServers(), OVERDUE)) {
            // 2 UPDATE cards (period 0) and 4 RESOLUTION cards
            List<ConsumerRecord<String, String>> events = probe.awaitKey(caseId, 6, Duration.ofSeconds(30));
            List<JsonNode> onResolution = events.stream().map(this::data)
                    .filter(d -> d.path("clock").asText().equals("RESOLUTION")).toList();
            assertEquals(List.of("YELLOW/0", "RED/0", "YELLOW/1", "RED/1"), onResolution.stream()
                    .map(d -> d.path("level").asText() + "/" + d.path("period").asInt(-1)).toList());
            JsonNode repeatBreach = onResolution.get(3);
            assertEquals(EXTENDED_DUE, Instant.parse(repeatBreach.path("dueAt").asText()));
            assertEquals(FIRST_DUE, Instant.parse(repeatBreach.path("originalDueAt").asText()));
            assertEquals("wang.li", repeatBreach.path("handler").asText());
            assertEquals(6, probe.awaitKey(caseId, 7, Duration.ofSeconds(2)).size(), "nothing twice");
        }
        assertEquals(6, deadlines.overdueEventsInOutbox(caseId));

        List<Map<String, Object>> overdue = overdueResolution(department);
        assertEquals(1, overdue.size());
        assertEquals(caseId, overdue.get(0).get("caseId"));
        assertEquals(1, overdue.get(0).get("extensions"), "says it was extended, and how often");
        assertEquals(EXTENDED_DUE, Instant.parse((String) overdue.get(0).get("dueAt")));
        assertEquals(FIRST_DUE, Instant.parse((String) overdue.get(0).get("originalDueAt")));
        given().auth().oauth2(INSPECTOR).when().get("/api/warnings").then().statusCode(Status.OK.getStatusCode())
                .body("findAll { it.caseId == '%s' && it.clock == 'RESOLUTION' }.period".formatted(caseId),
                        contains(1, 0));
        given().auth().oauth2(INSPECTOR).queryParam("caseId", caseId).when().get("/api/audit")
                .then().body("findAll { it.action == 'DEADLINE_RED' && it.before == 'RESOLUTION' }.size()", equalTo(2));

        // the unique key stops a second red in period 1 even if a scanner got past the clock's flags
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            CaseClock extended = clocks.ofCase(caseId).stream().filter(c -> c.getKind() == ClockKind.RESOLUTION)
                    .findFirst().orElseThrow();
            clocks.getEntityManager().persist(new ClockWarning(extended, WarningLevel.RED, clock.instant()));
            clocks.flush();
        }));
        assertEquals(List.of("YELLOW", "RED", "YELLOW", "RED"), resolutionCards(caseId));
    }

    @Test
    void anExtensionApprovedAfterItsYellowPointRaisesNoYellowForItButStillTheRed() {
        String department = "rewarn-late";
        String holder = StaffTokens.handler("wang.li", department);
        String caseId = routedCases.queued(department).subject();
        claim(caseId, holder).statusCode(Status.OK.getStatusCode());
        clock.setTo(Shanghai.at("2026-12-09T16:00"));
        scanner.scanAll();
        assertEquals(List.of("YELLOW"), resolutionCards(caseId));

        // one more working hour: due Thursday 10:00, yellow at 75 % of the longer time, long past at approval
        approve(caseId, ask(caseId, holder, "等待检测报告", Map.of("amount", 1, "unit", "WORKING_HOURS")), department);
        clock.setTo(Shanghai.at("2026-12-10T09:55"));
        scanner.scanAll();
        assertEquals(List.of("YELLOW"), resolutionCards(caseId), "no yellow for a point behind the approval");

        clock.setTo(Shanghai.at("2026-12-10T10:05"));
        scanner.scanAll();
        assertEquals(List.of("YELLOW", "RED"), resolutionCards(caseId));
        List<Map<String, Object>> cards = deadlines.deadlines(caseId)
                .getList("find { it.kind == 'RESOLUTION' }.cards");
        assertEquals(List.of(0, 1), cards.stream().map(c -> c.get("period")).toList());
        assertEquals(Shanghai.at("2026-12-10T10:00"), Instant.parse((String) cards.get(1).get("dueAt")));
    }

    private List<String> resolutionCards(String caseId) {
        return deadlines.clock(caseId, ClockKind.RESOLUTION).get("warnings") instanceof List<?> levels
                ? levels.stream().map(String::valueOf).toList()
                : List.of();
    }

    /** The holder asks for {@code extra} time on the RESOLUTION clock; returns the extension's id. */
    private static String ask(String caseId, String holder, String reason, Map<String, Object> extra) {
        return given().auth().oauth2(holder).contentType(ContentType.JSON)
                .body(Map.of("reason", reason, "extra", extra)).when().post("/api/cases/{id}/extensions", caseId)
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode()).extract().path("id");
    }

    private static void approve(String caseId, String extensionId, String department) {
        given().auth().oauth2(StaffTokens.supervisor("zhao.min", department)).contentType(ContentType.JSON)
                .body(Map.of("note", "同意")).when()
                .post("/api/cases/{id}/extensions/{eid}/approval", caseId, extensionId)
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode());
    }

    /** The department's overdue RESOLUTION clocks in the inspectors' list. */
    private List<Map<String, Object>> overdueResolution(String department) {
        return given().auth().oauth2(INSPECTOR).queryParam("department", department)
                .when().get("/api/supervision/overdue")
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode()).extract().jsonPath()
                .getList("items.findAll { it.clock == 'RESOLUTION' }");
    }

    private JsonNode data(ConsumerRecord<String, String> record) {
        return codec.parse(record.value()).data();
    }
}
