package org.civicgrievance.resolution.deadline.warning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

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
 * Yellow and red cards with a controllable clock, and scanners running side by side against the
 * real MariaDB. Cases routed here fall under the city-wide general commitment: claim within 2
 * working hours on cn-standard (09:00–12:00, 13:30–17:30), so yellow after 90 working minutes.
 * Each test starts on Monday 30 November 2026, 09:30 in Shanghai: claim due 11:30, yellow 11:00.
 */
@QuarkusTest
class DeadlineWarningTest implements OnAWorkingMonday {

    private static final String OVERDUE = "case.overdue";

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
    void aCaseQueuedOnFridayEveningIsNotLateOverTheWeekendButIsOnceMondaysWorkingHoursPass() {
        clock.setTo(Shanghai.at("2026-12-04T17:00"));
        String caseId = routedCases.queued("warn-weekend").subject();
        Map<String, Object> claim = deadlines.clock(caseId, ClockKind.CLAIM);
        assertEquals("cn-standard", claim.get("calendar"));
        assertAbout(Shanghai.at("2026-12-07T10:30"), claim.get("dueAt"), "half an hour on Friday, 90 minutes on Monday");
        assertAbout(Shanghai.at("2026-12-07T10:00"), claim.get("yellowAt"), "75 % of two working hours");
        assertEquals(Shanghai.at("2026-12-15T17:30"),
                Instant.parse((String) deadlines.clock(caseId, ClockKind.RESOLUTION).get("dueAt")),
                "7 working days, not counting Friday: Mon 7 to Tue 15 December, at closing time");

        for (String notYet : List.of("2026-12-04T23:00", "2026-12-05T12:00", "2026-12-06T20:00", "2026-12-07T08:59",
                "2026-12-07T09:58")) {
            clock.setTo(Shanghai.at(notYet));
            scanner.scanAll();
            assertEquals(0, deadlines.warningsInDatabase(caseId), "no card at " + notYet);
        }

        clock.setTo(Shanghai.at("2026-12-07T10:02"));
        scanner.scanAll();
        assertEquals(List.of("YELLOW"), deadlines.clock(caseId, ClockKind.CLAIM).get("warnings"));
        clock.setTo(Shanghai.at("2026-12-07T10:32"));
        scanner.scanAll();
        assertEquals(List.of("YELLOW", "RED"), deadlines.clock(caseId, ClockKind.CLAIM).get("warnings"));
    }

    @Test
    void yellowOnceAtTheShareRedOnceAtTheDueTimeAndNothingAfter() {
        String department = "warn-once";
        String caseId = routedCases.queued(department).subject();
        String supervisor = StaffTokens.supervisor("zhou.min", department);

        clock.advance(Duration.ofMinutes(88));
        scanner.scanAll();
        assertEquals(0, deadlines.warningsInDatabase(caseId), "not yet at 75 %");

        clock.advance(Duration.ofMinutes(3));
        scanner.scanAll();
        scanner.scanAll();
        assertEquals(List.of("YELLOW"), deadlines.clock(caseId, ClockKind.CLAIM).get("warnings"));
        given().auth().oauth2(supervisor).when().get("/api/warnings").then().statusCode(Status.OK.getStatusCode())
                .body("findAll { it.caseId == '%s' }.level".formatted(caseId), hasItem("YELLOW"));
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).when().get("/api/warnings")
                .then().body("caseId", not(hasItem(caseId)));

        clock.advance(Duration.ofMinutes(30));
        scanner.scanAll();
        clock.advance(Duration.ofHours(1));
        scanner.scanAll();

        assertEquals(List.of("YELLOW", "RED"), deadlines.clock(caseId, ClockKind.CLAIM).get("warnings"));
        assertEquals(2, deadlines.overdueEventsInOutbox(caseId));
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).when().get("/api/warnings")
                .then().body("findAll { it.caseId == '%s' }.level".formatted(caseId), hasItem("RED"));
        given().auth().oauth2(StaffTokens.handler("nobody.holds", department)).when().get("/api/warnings")
                .then().body("caseId", not(hasItem(caseId)));
        given().auth().oauth2(supervisor).when().get("/api/cases/{id}/history", caseId)
                .then().body("to", hasItem("YELLOW")).body("to", hasItem("RED"));

        try (TopicProbe probe = TopicProbe.reading(routedCases.bootstrapServers(), OVERDUE)) {
            List<ConsumerRecord<String, String>> events = probe.awaitKey(caseId, 2, Duration.ofSeconds(30));
            assertEquals(List.of("YELLOW", "RED"), events.stream().map(r -> data(r).path("level").asText()).toList());
            JsonNode red = data(events.get(1));
            assertEquals("CLAIM", red.path("clock").asText());
            assertEquals(department, red.path("department").asText());
            assertTrue(red.path("handler").isNull(), "nobody claimed it");
            assertEquals(2, probe.awaitKey(caseId, 3, Duration.ofSeconds(2)).size(), "no third event");
        }
    }

    @Test
    void twoScannersAtOnceRaiseEachLevelOnce() throws Exception {
        String department = "warn-race";
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            caseIds.add(routedCases.queued(department).subject());
        }
        clock.advance(Duration.ofHours(3));

        RacingScanners.scanTogether(scanner, 2);

        for (String caseId : caseIds) {
            assertEquals(2, deadlines.warningsInDatabase(caseId), "yellow and red once on the claim clock");
            assertEquals(2, deadlines.overdueEventsInOutbox(caseId));
        }
        try (TopicProbe probe = TopicProbe.reading(routedCases.bootstrapServers(), OVERDUE)) {
            for (String caseId : caseIds) {
                assertEquals(2, probe.awaitKey(caseId, 2, Duration.ofSeconds(30)).size());
            }
            assertEquals(2, probe.awaitKey(caseIds.get(0), 3, Duration.ofSeconds(2)).size(), "no duplicate on the topic");
        }
    }

    @Test
    void aSecondScannerSkipsTheClocksTheFirstHoldsInsteadOfWaiting() throws Exception {
        String caseId = routedCases.queued("warn-skip").subject();
        clock.advance(Duration.ofHours(3));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<DeadlineScanner.Batch> first = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                DeadlineScanner.Batch batch = scanner.scanBatch(); // joins this transaction: its locks stay held
                held.countDown();
                release.await(30, TimeUnit.SECONDS);
                return batch;
            }));
            assertTrue(held.await(30, TimeUnit.SECONDS));

            scanner.scanBatch(); // would wait for the first one's locks without SKIP LOCKED
            assertEquals(0, deadlines.warningsInDatabase(caseId), "the first scanner's warnings are not committed yet");

            release.countDown();
            assertTrue(first.get(30, TimeUnit.SECONDS).raised() >= 2);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        scanner.scanAll();
        assertEquals(2, deadlines.warningsInDatabase(caseId), "raised by the first scanner alone, once each");
        assertEquals(2, deadlines.overdueEventsInOutbox(caseId));
    }

    @Test
    void theDatabaseRefusesASecondWarningOfOneLevelOnOneClock() {
        String caseId = routedCases.queued("warn-unique").subject();
        clock.advance(Duration.ofMinutes(100));
        scanner.scanAll();
        assertEquals(1, deadlines.warningsInDatabase(caseId));

        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            CaseClock claim = clocks.ofCase(caseId).stream().filter(c -> c.getKind() == ClockKind.CLAIM).findFirst()
                    .orElseThrow();
            clocks.getEntityManager().persist(new ClockWarning(claim, WarningLevel.YELLOW, clock.instant()));
            clocks.flush();
        }));
        assertEquals(1, deadlines.warningsInDatabase(caseId));
    }

    @Test
    void aClaimedCaseGetsNoClaimWarning() {
        String department = "warn-claimed";
        String caseId = routedCases.queued(department).subject();
        given().auth().oauth2(StaffTokens.handler("wang.li", department)).when().post("/api/cases/{id}/claim", caseId)
                .then().statusCode(Status.OK.getStatusCode());
        clock.advance(Duration.ofHours(3));
        scanner.scanAll();

        assertEquals("MET", deadlines.clock(caseId, ClockKind.CLAIM).get("state"));
        assertTrue(((List<?>) deadlines.clock(caseId, ClockKind.CLAIM).get("warnings")).isEmpty());
        given().auth().oauth2(StaffTokens.handler("wang.li", department)).when().get("/api/warnings")
                .then().statusCode(Status.OK.getStatusCode()).body("caseId", not(hasItem(caseId)));
    }

    /** A clock started when the case arrived, a moment after the test set the time: due within a minute of the plan. */
    private static void assertAbout(Instant expected, Object actual, String why) {
        Duration off = Duration.between(expected, Instant.parse((String) actual));
        assertTrue(!off.isNegative() && off.compareTo(Duration.ofMinutes(1)) < 0, why + ": " + actual);
    }

    private JsonNode data(ConsumerRecord<String, String> record) {
        return codec.parse(record.value()).data();
    }
}
