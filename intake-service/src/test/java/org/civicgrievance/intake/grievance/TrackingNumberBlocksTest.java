package org.civicgrievance.intake.grievance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.civicgrievance.platform.validation.TrackingNumberFormat;

/** Tracking numbers come in blocks per instance: unique across instances, and no submission waits for another. */
@QuarkusTest
class TrackingNumberBlocksTest {

    @Inject
    @DataSource("tracking-numbers")
    AgroalDataSource counterDatabase;

    @Inject
    GrievanceService service;

    @Inject
    ObjectMapper mapper;

    @Test
    void twoInstancesHandingOutNumbersAtOnceNeverHandOutOneTwice() throws Exception {
        int year = 2091;
        // two replicas of intake, each with blocks of 7, eight submissions at a time on each
        List<TrackingNumbers> instances = List.of(new TrackingNumbers(counterDatabase, 7),
                new TrackingNumbers(counterDatabase, 7));
        ConcurrentLinkedQueue<String> handedOut = new ConcurrentLinkedQueue<>();
        ExecutorService submissions = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < 16; thread++) {
            TrackingNumbers instance = instances.get(thread % 2);
            done.add(submissions.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    handedOut.add(instance.next(year));
                }
            }));
        }
        for (Future<?> each : done) {
            each.get(60, TimeUnit.SECONDS);
        }
        submissions.shutdown();

        Set<String> distinct = new HashSet<>(handedOut);
        assertEquals(800, handedOut.size());
        assertEquals(800, distinct.size(), "every number once");
        assertTrue(distinct.stream().allMatch(number -> TrackingNumberFormat.isWellFormed(number) && number.startsWith("GR-2091-")),
                distinct.toString());
    }

    @Test
    void aSubmissionInFlightHoldsNoLockOnTheCounter() throws Exception {
        SubmitGrievanceRequest request = mapper.readValue("""
                {"kind":"COMPLAINT","category":"street-lighting","description":"幸福路路灯坏了一周",
                 "location":{"address":"幸福路88号"}}""", SubmitGrievanceRequest.class);
        QuarkusTransaction.requiringNew().run(() -> {
            SubmissionReceipt receipt = service.submit(request, Channel.API, null);
            int year = Integer.parseInt(receipt.trackingNumber().substring(3, 7));
            // before this submission commits, another takes the counter row's lock without waiting
            try (Connection other = counterDatabase.getConnection(); Statement statement = other.createStatement();
                    ResultSet row = statement.executeQuery(
                            "SELECT last_value FROM tracking_counter WHERE year = " + year + " FOR UPDATE NOWAIT")) {
                assertTrue(row.next());
            } catch (java.sql.SQLException e) {
                throw new AssertionError("the counter row is locked by a submission in flight", e);
            }
        });
    }
}
