package org.civicgrievance.intake.grievance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.awaitility.Awaitility;

import org.civicgrievance.infra.test.StatementLog;
import org.civicgrievance.platform.outbox.OutboxEventRepository;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a resident's submission, look-up and its event's relay cost the database, statement by statement: a query added
 * per case, or a search that grows with what is stored, fails here before it reaches a city.
 */
@QuarkusTest
class HotPathCostTest {

    @Inject
    GrievanceService service;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxEventRepository outbox;

    @Test
    void aSubmissionIsOneDuplicateSearchOneCaseRowAndOneOutboxRow() throws Exception {
        SubmitGrievanceRequest request = request();
        service.submit(request, Channel.API, null); // an earlier case of the same person: the search finds it

        List<String> statements = StatementLog.ofThisThread(() -> service.submit(request, Channel.API, null));

        assertEquals(3, statements.size(), statements.toString());
        assertTrue(statements.get(0).startsWith("select coalesce(g.likely_duplicate_of, g.id), g.contact_phone, g.contact_email,"), statements.get(0));
        assertTrue(statements.get(1).startsWith("insert into grievance "), statements.get(1));
        assertTrue(statements.get(2).startsWith("insert into outbox_event "), statements.get(2));
    }

    @Test
    void aLookUpIsTheCaseAndItsHistory() throws Exception {
        SubmissionReceipt receipt = service.submit(request(), Channel.API, null);
        AtomicReference<GrievanceStatusView> view = new AtomicReference<>();

        List<String> statements = StatementLog.ofThisThread(
                () -> view.set(service.lookUp(receipt.trackingNumber(), receipt.accessCode())));

        assertEquals(receipt.trackingNumber(), view.get().trackingNumber());
        assertEquals(2, statements.size(), statements.toString());
        assertTrue(statements.get(0).contains("from grievance"), statements.get(0));
        assertTrue(statements.get(1).contains("from status_update"), statements.get(1));
    }

    @Test
    void theRelayPublishesABatchWithOneClaimAndOneUpdateNotAStatementPerEvent() throws Exception {
        List<SubmitGrievanceRequest> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(request());
        }
        List<String> caseIds = new ArrayList<>();
        // what earlier tests left is published first, so the drains recorded are this test's
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> outbox.count("publishedAt is null") == 0));
        StatementLog.startForThread("outbox-relay");
        // ten cases in one commit: one drain publishes them
        QuarkusTransaction.requiringNew().run(
                () -> requests.forEach(request -> caseIds.add(service.submit(request, Channel.API, null).caseId())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> caseIds.stream().allMatch(id -> outbox.findByKey(id).stream().allMatch(row -> row.getPublishedAt() != null))));
        List<String> relayed = StatementLog.stop("outbox-relay");

        // a sweep may have drained at the same time: each drain is one claim and at most one UPDATE
        long claims = relayed.stream().filter(sql -> sql.startsWith("select * from outbox_event")).count();
        long marks = relayed.stream().filter(sql -> sql.startsWith("update outbox_event")).count();
        assertTrue(marks >= 1 && marks <= claims, relayed.toString());
        assertEquals(claims + marks, relayed.size(), relayed.toString());
        assertTrue(relayed.size() < caseIds.size(), "not a statement per event: " + relayed);
    }

    private SubmitGrievanceRequest request() throws Exception {
        String phone = "137" + String.format("%08d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L));
        return mapper.readValue("""
                {"kind":"COMPLAINT","category":"street-lighting","description":"幸福路%s号门口的路灯坏了一周",
                 "location":{"address":"幸福路%s号","latitude":26.08,"longitude":119.3},
                 "contact":{"phone":"%s","email":"%s@example.org"}}""".formatted(phone, phone, phone, phone),
                SubmitGrievanceRequest.class);
    }
}
