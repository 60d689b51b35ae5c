package org.civicgrievance.intake.status;

import static org.hamcrest.Matchers.equalTo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.civicgrievance.infra.test.StatementLog;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.intake.ResolutionReports;
import org.civicgrievance.intake.Submissions;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Resolution's status changes reach the resident's look-up: once, in order, duplicates ignored. */
@QuarkusTest
class CaseStatusListenerTest {

    private static final String TOPIC = "case.status-changed";

    @Inject
    EventCodec codec;

    @Inject
    CaseStatusListener listener;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theLookUpFollowsStatusChangesAndIgnoresDuplicatesAndStaleOnes() {
        ExtractableResponse<Response> receipt = Submissions.submit(Submissions.STREET_LIGHT);
        String caseId = receipt.path("caseId");

        CloudEvent queued = statusEvent(caseId, 1, "QUEUED", "已分派", "Assigned");
        publish(caseId, queued);
        awaitStatus(receipt, "QUEUED");
        lookUp(receipt).body("department", equalTo("urban-management"))
                .body("statusText.zh", equalTo("已分派"));

        CloudEvent claimed = statusEvent(caseId, 2, "CLAIMED", "已认领", "Claimed");
        publish(caseId, claimed);
        awaitStatus(receipt, "CLAIMED");

        // a redelivery of an applied event, and a late event with an older sequence, change nothing;
        // the resolved event published after them proves they were consumed before it
        publish(caseId, queued);
        publish(caseId, statusEvent(caseId, 1, "QUEUED", "旧的", "stale"));
        publish(caseId, statusEvent(caseId, 3, "RESOLVED", "已办结", "Resolved"));
        awaitStatus(receipt, "RESOLVED");
        lookUp(receipt).body("statusText.en", equalTo("Resolved"));
    }

    @Test
    void aStatusChangeCostsAFixedHandfulOfStatements() {
        ExtractableResponse<Response> receipt = Submissions.submit(Submissions.STREET_LIGHT);
        String caseId = receipt.path("caseId");
        CloudEvent queued = statusEvent(caseId, 1, "QUEUED", "已分派", "Assigned");

        StatementLog.startForCase(caseId);
        publish(caseId, queued);
        awaitStatus(receipt, "QUEUED");
        List<String> applied = StatementLog.stop(caseId);
        // in a batch of its own: the inbox's check, the case, its history row, the inbox's entry, the case's new status
        assertEquals(5, applied.size(), applied.toString());
        assertEquals(1, applied.stream().filter(sql -> sql.startsWith("insert into status_update")).count(), applied.toString());
    }

    @Test
    void aBatchReadsItsCasesInOneQuery() {
        List<ExtractableResponse<Response>> receipts = List.of(Submissions.submit(Submissions.STREET_LIGHT),
                Submissions.submit(Submissions.STREET_LIGHT), Submissions.submit(Submissions.STREET_LIGHT));
        List<String> batch = receipts.stream()
                .map(receipt -> codec.write(statusEvent(receipt.path("caseId"), 1, "QUEUED", "已分派", "Assigned")))
                .toList();

        List<String> statements = StatementLog.ofThisThread(() -> listener.onStatusChanged(TopicProbe.polled(TOPIC, batch)));

        receipts.forEach(receipt -> awaitStatus(receipt, "QUEUED"));
        assertEquals(1, statements.stream().filter(sql -> sql.startsWith("select") && sql.contains(" from grievance ")).count(),
                statements.toString());
        assertEquals(3, statements.stream().filter(sql -> sql.startsWith("insert into status_update")).count(),
                statements.toString());
    }

    @Test
    void aStatusForAnUnknownCaseIsSkippedAndConsumingGoesOn() {
        publish("00000000-0000-0000-0000-000000000000",
                statusEvent("00000000-0000-0000-0000-000000000000", 1, "QUEUED", "已分派", "Assigned"));
        ExtractableResponse<Response> receipt = Submissions.submit(Submissions.STREET_LIGHT);
        String caseId = receipt.path("caseId");
        publish(caseId, statusEvent(caseId, 1, "QUEUED", "已分派", "Assigned"));
        awaitStatus(receipt, "QUEUED");
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndConsumingGoesOn() {
        ExtractableResponse<Response> receipt = Submissions.submit(Submissions.STREET_LIGHT);
        String caseId = receipt.path("caseId");
        String poison = "{not json at all " + caseId;

        TopicProbe.send(bootstrapServers, TOPIC, null, caseId, poison);
        publish(caseId, statusEvent(caseId, 1, "QUEUED", "已分派", "Assigned"));
        awaitStatus(receipt, "QUEUED");

        try (TopicProbe deadLetters = TopicProbe.reading(bootstrapServers, "dead-letter-topic-case-status-changed")) {
            org.junit.jupiter.api.Assertions.assertEquals(1,
                    deadLetters.await(record -> poison.equals(record.value()), 1, Duration.ofSeconds(30)).size());
        }
    }

    private ResolutionReports resolution() {
        return new ResolutionReports(codec, bootstrapServers);
    }

    private CloudEvent statusEvent(String caseId, int sequence, String status, String zh, String en) {
        return resolution().statusEvent(caseId, sequence, status, zh, en);
    }

    private void publish(String caseId, CloudEvent event) {
        resolution().publish(caseId, event);
    }

    private static io.restassured.response.ValidatableResponse lookUp(ExtractableResponse<Response> receipt) {
        return ResolutionReports.lookUp(receipt);
    }

    private static void awaitStatus(ExtractableResponse<Response> receipt, String status) {
        ResolutionReports.awaitStatus(receipt, status);
    }
}
