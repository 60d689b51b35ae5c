package org.civicgrievance.resolution.casework;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends waits for the resident that passed {@code grievance.resolution.waiting-limit}: the case
 * carries on without the answer. Safe on several replicas at once (rows are claimed with SKIP
 * LOCKED); each batch commits on its own, so a failure loses at most one batch's work, retried next run.
 */
@ApplicationScoped
public class WaitingLimit {

    private final CaseworkService casework;
    private final int batchSize;

    public WaitingLimit(CaseworkService casework,
            @ConfigProperty(name = "grievance.resolution.waiting-scan.batch-size", defaultValue = "100") int batchSize) {
        this.casework = casework;
        this.batchSize = batchSize;
    }

    @Scheduled(identity = "waiting-limit", every = "${grievance.resolution.waiting-scan.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int resumed = resumeDue();
        if (resumed > 0) {
            Log.infof("Resumed %d cases whose wait for the resident passed its limit", resumed);
        }
    }

    /** Resumes every case whose waiting limit passed, batch by batch; returns how many were claimed. */
    public int resumeDue() {
        int total = 0;
        int claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(() -> casework.resumeWaitsPastLimit(batchSize));
            total += claimed;
        } while (claimed == batchSize);
        return total;
    }
}
