package org.civicgrievance.platform.idempotency;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Keys are honoured for a day (clients retry within minutes); older answers are deleted. */
@ApplicationScoped
public class IdempotencyRetention {

    private final IdempotentRequestRepository requests;
    private final Clock clock;
    private final Duration retention;

    public IdempotencyRetention(IdempotentRequestRepository requests, Clock clock,
            @ConfigProperty(name = "grievance.idempotency.retention", defaultValue = "P1D") Duration retention) {
        this.requests = requests;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        long purged = QuarkusTransaction.requiringNew().call(() -> requests.deleteCreatedBefore(clock.instant().minus(retention)));
        if (purged > 0) {
            Log.infof("Purged %d expired idempotency keys", purged);
        }
    }
}
