package org.civicgrievance.resolution.deadline.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The service commitments every queued case is held to, in memory: a case's clocks start without a
 * query for them. They change by an administrator's hand, rarely. A change made here applies as soon
 * as it committed; one made on another replica with the periodic reload
 * ({@code grievance.resolution.commitment-reload-interval}), so a case queued there in between
 * still starts on the previous version, as one queued a moment before the change would.
 */
@ApplicationScoped
public class Commitments {

    private final CommitmentRepository repository;
    private volatile List<Held> held;
    private volatile boolean stopping;

    private record Held(String department, String category, ServiceCommitment.Terms terms) {
    }

    public Commitments(CommitmentRepository repository) {
        this.repository = repository;
    }

    /**
     * The terms a case of this category is held to: the department's commitment for the category,
     * else the department's default, else the city-wide one for the category, else the city-wide default.
     */
    public Optional<ServiceCommitment.Terms> applicableTo(String department, String category) {
        String wanted = category == null ? "" : category;
        return current().stream()
                .filter(c -> c.department().equals(department) || c.department().equals(ServiceCommitment.CITY_WIDE))
                .filter(c -> c.category().equals(wanted) || c.category().isEmpty())
                .min(Comparator.comparingInt(c -> (c.department().equals(department) ? 0 : 2) + (c.category().isEmpty() ? 1 : 0)))
                .map(Held::terms);
    }

    private List<Held> current() {
        List<Held> commitments = held;
        return commitments != null ? commitments : reload();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommitmentsChanged change) {
        reload();
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
    }

    @Scheduled(every = "${grievance.resolution.commitment-reload-interval:30s}",
            delayed = "${grievance.resolution.commitment-reload-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodicReload() {
        if (stopping) {
            return;
        }
        try {
            reload();
        } catch (RuntimeException e) {
            Log.warnf("Service commitments not reloaded, the ones loaded before stay in use: %s", e.getMessage());
        }
    }

    /** Serialised, so a load that started earlier never replaces one that started later. */
    synchronized List<Held> reload() {
        List<Held> commitments = QuarkusTransaction.requiringNew().call(() -> repository.all().stream()
                .map(c -> new Held(c.getDepartment(), c.getCategory() == null ? "" : c.getCategory(), c.terms()))
                .toList());
        held = commitments;
        return commitments;
    }
}
