package org.civicgrievance.resolution.deadline.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

import org.civicgrievance.platform.memory.HeldInMemory;

/**
 * The service commitments every queued case is held to, in memory: a case's clocks start without a
 * query for them. They change by an administrator's hand, rarely. A change made here applies as soon
 * as it committed; one made on another replica with the periodic reload
 * ({@code grievance.resolution.commitment-reload-interval}), so a case queued there in between
 * still starts on the previous version, as one queued a moment before the change would.
 */
@ApplicationScoped
public class Commitments {

    private final HeldInMemory<List<Held>> held;

    private record Held(String department, String category, ServiceCommitment.Terms terms) {
    }

    public Commitments(CommitmentRepository repository) {
        this.held = new HeldInMemory<>("Service commitments", () -> repository.all().stream()
                .map(c -> new Held(c.getDepartment(), c.getCategory() == null ? "" : c.getCategory(), c.terms()))
                .toList());
    }

    /**
     * The terms a case of this category is held to: the department's commitment for the category,
     * else the department's default, else the city-wide one for the category, else the city-wide default.
     */
    public Optional<ServiceCommitment.Terms> applicableTo(String department, String category) {
        String wanted = category == null ? "" : category;
        return held.get().stream()
                .filter(c -> c.department().equals(department) || c.department().equals(ServiceCommitment.CITY_WIDE))
                .filter(c -> c.category().equals(wanted) || c.category().isEmpty())
                .min(Comparator.comparingInt(c -> (c.department().equals(department) ? 0 : 2) + (c.category().isEmpty() ? 1 : 0)))
                .map(Held::terms);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommitmentsChanged change) {
        held.reload();
    }

    void onStop(@Observes ShutdownEvent stop) {
        held.stop();
    }

    @Scheduled(every = "${grievance.resolution.commitment-reload-interval:30s}",
            delayed = "${grievance.resolution.commitment-reload-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodicReload() {
        held.reloadQuietly();
    }
}
