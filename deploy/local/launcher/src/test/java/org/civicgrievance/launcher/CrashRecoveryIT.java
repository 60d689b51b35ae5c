package org.civicgrievance.launcher;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.civicgrievance.infra.LocalInfrastructure;
import org.civicgrievance.infra.test.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The promise behind every 201: a case intake accepted reaches its department's queue, once,
 * whatever single crash happens on the way. The crashes are real: services die by SIGKILL, with no
 * shutdown hook, and the broker disappears under the services' feet.
 *
 * <p>Each scenario submits its own cases and leaves the system whole for the next. The broker
 * scenario needs the embedded broker (it stops and starts it again); with
 * {@code GRIEVANCE_KAFKA_BOOTSTRAP_SERVERS} set it fails and says so.
 */
class CrashRecoveryIT {

    /** Generous for two cores: a restarted service must start, rejoin its consumer group and catch up. */
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int CASES = 5;
    private static final String DEPARTMENT = "urban-management";
    private static final String ROUTED_TOPIC = "grievance.routed";
    private static final Map<String, String> RELAY_DISABLED = Map.of("GRIEVANCE_OUTBOX_RELAY_ENABLED", "false");

    private static LocalLauncher launcher;
    private static String inspectorToken;

    /** Services a scenario left running with a changed configuration, to be put back after it. */
    private final Set<GrievanceService> reconfigured = EnumSet.noneOf(GrievanceService.class);

    record SubmittedCase(String caseId, String trackingNumber, String accessCode) {
    }

    @BeforeAll
    static void startSystem() {
        launcher = ServiceRequests.startSystem("crash");
    }

    @AfterAll
    static void stopSystem() {
        if (launcher != null) {
            launcher.close();
        }
    }

    /** A scenario that failed half-way must not leave the next one without a broker or a service. */
    @AfterEach
    void restoreTheSystem() {
        if (!launcher.infrastructure().kafkaRunning()) {
            launcher.infrastructure().startKafkaAgain();
        }
        for (GrievanceService service : GrievanceService.values()) {
            if (reconfigured.contains(service) && launcher.isRunning(service)) {
                launcher.kill(service);
            }
            if (!launcher.isRunning(service)) {
                launcher.startAgain(service);
            }
        }
    }

    @Test
    void casesCommittedButNeverSentSurviveACrashOfIntake() {
        // An intake whose relay holds every event back: each submission commits, nothing is sent.
        launcher.kill(GrievanceService.INTAKE);
        startAgainReconfigured(GrievanceService.INTAKE, RELAY_DISABLED);
        List<SubmittedCase> cases = submitCases("relay held");
        assertEventsStoredButNotPublished(cases);

        // The crash between commit and send; the next intake's relay finds the events in its outbox.
        launcher.kill(GrievanceService.INTAKE);
        startAgainAsConfigured(GrievanceService.INTAKE);

        awaitQueuedOnce(cases);
        awaitResidentsSee(cases, "QUEUED");
    }

    @Test
    void routingKilledMidBatchLosesNothingAndRoutesNothingTwice() {
        // Killed while it works through a batch: some events handled, their offsets maybe not yet
        // committed, so Kafka delivers them again to the next routing.
        List<SubmittedCase> beforeCrash = submitCases("before routing crashes");
        awaitAnyQueued(beforeCrash);
        launcher.kill(GrievanceService.ROUTING);

        // Intake does not need routing: residents still get their 201.
        List<SubmittedCase> whileDown = submitCases("while routing is down");
        startAgainAsConfigured(GrievanceService.ROUTING);

        List<SubmittedCase> all = Stream.concat(beforeCrash.stream(), whileDown.stream()).toList();
        awaitQueuedOnce(all);
        assertRoutedOnce(all);
    }

    @Test
    void casesSubmittedWhileTheBrokerIsDownAreDeliveredOnceItIsBack() {
        LocalInfrastructure infrastructure = launcher.infrastructure();
        assertTrue(infrastructure.hasEmbeddedKafka(), "This scenario stops and restarts the Kafka broker, which only"
                + " works with the embedded one: unset GRIEVANCE_KAFKA_BOOTSTRAP_SERVERS to run it.");

        infrastructure.stopKafka();
        // Intake only writes to its database, so it answers 201 without the broker.
        List<SubmittedCase> cases = submitCases("while the broker is down");
        // Same ports, same log directory: topics and consumer offsets are still there.
        infrastructure.startKafkaAgain();

        awaitQueuedOnce(cases);
        assertRoutedOnce(cases);
        awaitResidentsSee(cases, "QUEUED");
    }

    /** Starts a killed service with extra settings, remembered so that the service is put back afterwards. */
    private void startAgainReconfigured(GrievanceService service, Map<String, String> extraEnvironment) {
        reconfigured.add(service);
        launcher.startAgain(service, extraEnvironment);
    }

    private void startAgainAsConfigured(GrievanceService service) {
        reconfigured.remove(service);
        launcher.startAgain(service);
    }

    private static List<SubmittedCase> submitCases(String situation) {
        List<SubmittedCase> cases = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            JsonPath receipt = given(ServiceRequests.json(launcher, GrievanceService.INTAKE))
                    .body("""
                            {"kind":"COMPLAINT","category":"street-lighting","title":"路灯不亮 (%s, %d)",
                             "description":"幸福路%d号门口的路灯坏了",
                             "location":{"address":"幸福路%d号","district":"gulou"},
                             "contact":{"name":"张三","phone":"13812345678"}}
                            """.formatted(situation, i, i, i))
                    .post("/api/cases")
                    .then()
                    .statusCode(201)
                    .extract().jsonPath();
            cases.add(new SubmittedCase(receipt.getString("caseId"), receipt.getString("trackingNumber"),
                    receipt.getString("accessCode")));
        }
        return cases;
    }

    /** Reads intake's outbox directly: the proof that the crash really falls between commit and send. */
    private static void assertEventsStoredButNotPublished(List<SubmittedCase> cases) {
        LocalInfrastructure infrastructure = launcher.infrastructure();
        String query = "SELECT published_at FROM outbox_event WHERE message_key = ?";
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(GrievanceService.INTAKE.database()),
                infrastructure.username(), infrastructure.password());
             PreparedStatement statement = connection.prepareStatement(query)) {
            for (SubmittedCase submitted : cases) {
                statement.setString(1, submitted.caseId());
                try (ResultSet rows = statement.executeQuery()) {
                    assertTrue(rows.next(), "no outbox event for case " + submitted.caseId());
                    do {
                        assertNull(rows.getTimestamp(1), "published_at of case " + submitted.caseId());
                    } while (rows.next());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read intake's outbox", e);
        }
    }

    private static void awaitAnyQueued(List<SubmittedCase> cases) {
        Set<String> ids = caseIds(cases);
        await("a case of " + ids + " in the " + DEPARTMENT + " queue")
                .atMost(RECOVERY_TIMEOUT)
                .pollInterval(POLL_INTERVAL)
                .until(() -> queuedCaseIds().stream().anyMatch(ids::contains));
    }

    /** Every case in the queue, none of them twice. */
    private static void awaitQueuedOnce(List<SubmittedCase> cases) {
        Set<String> ids = caseIds(cases);
        await("cases " + ids + " in the " + DEPARTMENT + " queue")
                .atMost(RECOVERY_TIMEOUT)
                .pollInterval(POLL_INTERVAL)
                .untilAsserted(() -> {
                    Map<String, Long> entries = queuedCaseIds().stream()
                            .filter(ids::contains)
                            .collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()));
                    assertEquals(ids, entries.keySet(), "queued cases");
                    entries.forEach((id, count) -> assertEquals(1L, count, "queue entries for case " + id));
                });
    }

    private static List<String> queuedCaseIds() {
        if (inspectorToken == null) {
            // the identity provider is never crashed here, and its tokens outlive this test class
            inspectorToken = ServiceRequests.signIn(launcher, "inspector.li");
        }
        // every page, however long the queue grew: a case listed twice must show up wherever it is
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            var answer = given(ServiceRequests.asStaff(launcher, GrievanceService.RESOLUTION, inspectorToken))
                    .queryParam("size", 100).queryParam("page", page)
                    .get("/api/departments/{department}/queue", DEPARTMENT)
                    .then()
                    .statusCode(200)
                    .extract().jsonPath();
            ids.addAll(answer.getList("items.caseId", String.class));
            if ((long) page * 100 >= answer.getLong("total")) {
                return ids;
            }
        }
    }

    /**
     * The queue cannot hold a case twice (the case id is its key), so the stronger check is upstream:
     * routing decided each case exactly once. The relay may send an event twice after a crash, but
     * always with the same event id; a second decision would carry a new one.
     */
    private static void assertRoutedOnce(List<SubmittedCase> cases) {
        Set<String> ids = caseIds(cases);
        try (TopicProbe probe = TopicProbe.reading(launcher.infrastructure().kafkaBootstrapServers(), ROUTED_TOPIC)) {
            List<ConsumerRecord<String, String>> routed = await("routing decisions for " + ids + " on " + ROUTED_TOPIC)
                    .atMost(RECOVERY_TIMEOUT)
                    .until(() -> probe.await(record -> ids.contains(record.key()), Integer.MAX_VALUE, POLL_INTERVAL),
                            records -> records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).equals(ids));
            Map<String, Set<String>> eventIds = routed.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                    Collectors.mapping(CrashRecoveryIT::eventId, Collectors.toCollection(TreeSet::new))));
            eventIds.forEach((caseId, events) -> assertEquals(1, events.size(),
                    "distinct routing events for case " + caseId + ": " + events));
        }
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("ce_id");
        assertNotNull(header, "event without ce_id header at offset " + record.offset());
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Status changes travel back to intake over Kafka, so each resident's look-up is polled. */
    private static void awaitResidentsSee(List<SubmittedCase> cases, String status) {
        for (SubmittedCase submitted : cases) {
            await("case " + submitted.trackingNumber() + " " + status + " for its resident")
                    .atMost(RECOVERY_TIMEOUT)
                    .pollInterval(POLL_INTERVAL)
                    .untilAsserted(() -> given(ServiceRequests.json(launcher, GrievanceService.INTAKE))
                            .header("X-Access-Code", submitted.accessCode())
                            .get("/api/cases/{trackingNumber}", submitted.trackingNumber())
                            .then()
                            .statusCode(200)
                            .body("status", equalTo(status)));
        }
    }

    private static Set<String> caseIds(List<SubmittedCase> cases) {
        return cases.stream().map(SubmittedCase::caseId).collect(Collectors.toCollection(TreeSet::new));
    }
}
