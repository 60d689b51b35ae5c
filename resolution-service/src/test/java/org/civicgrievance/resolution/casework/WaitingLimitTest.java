package org.civicgrievance.resolution.casework;

import static org.civicgrievance.resolution.StaffActions.claim;
import static org.civicgrievance.resolution.StaffActions.waitForResident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.resolution.TestClock;
import org.civicgrievance.resolution.deadline.Shanghai;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The waiting-limit scan on several replicas: rows one replica claimed are skipped by another, not waited for or repeated. */
@QuarkusTest
class WaitingLimitTest {

    private static final String HANDLER = StaffTokens.handler("wang.li", "urban-management");

    @Inject
    RoutedCases routedCases;

    @Inject
    TestClock clock;

    @Inject
    WaitingLimit waitingLimit;

    @Inject
    CaseRepository cases;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSecondReplicaSkipsTheCasesTheFirstHasClaimed() throws Exception {
        clock.setTo(Shanghai.MONDAY_0930);
        String caseId = routedCases.queued("urban-management").subject();
        claim(caseId, HANDLER).statusCode(Status.OK.getStatusCode());
        waitForResident(caseId, HANDLER, "请提供照片").statusCode(Status.OK.getStatusCode());
        clock.advance(Duration.ofDays(10)); // past five working days

        ExecutorService otherReplica = Executors.newSingleThreadExecutor();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                // this "replica" holds every due case, as the scan's first step would
                List<GrievanceCase> held = cases.lockWaitingPast(clock.instant(), 10_000);
                assertTrue(held.stream().anyMatch(c -> c.getId().equals(caseId)));
                Future<Integer> claimedElsewhere = otherReplica.submit(waitingLimit::resumeDue);
                try {
                    // without SKIP LOCKED the other scan would wait on these rows until this transaction ends
                    assertEquals(0, claimedElsewhere.get(30, TimeUnit.SECONDS), "nothing left to claim");
                } catch (Exception e) {
                    throw new AssertionError("the other replica's scan did not skip the locked rows", e);
                }
            });
        } finally {
            otherReplica.shutdownNow();
        }
        assertEquals(CaseStatus.WAITING_FOR_RESIDENT,
                QuarkusTransaction.requiringNew().call(() -> cases.findById(caseId).getStatus()));

        assertTrue(waitingLimit.resumeDue() >= 1, "once released, the due case is resumed");
        assertEquals(CaseStatus.IN_PROGRESS,
                QuarkusTransaction.requiringNew().call(() -> cases.findById(caseId).getStatus()));
    }
}
