package org.civicgrievance.intake.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

import org.civicgrievance.platform.memory.HeldInMemory;

/**
 * The published service catalogue: categories a resident may choose, in display order.
 *
 * <p>Every submission checks its answers against it, so it is read from memory: loaded on first use
 * and again every {@code grievance.intake.catalogue-reload-interval}, as the catalogue changes with a
 * release (its migrations), not with each case. The categories held are detached and complete (their
 * questions and options load eagerly), and nothing changes them.
 */
@ApplicationScoped
public class ServiceCatalogue implements PanacheRepositoryBase<ServiceCategory, String> {

    private final HeldInMemory<Published> current = new HeldInMemory<>("Service catalogue", () -> {
        List<ServiceCategory> inOrder = List.copyOf(list("active = true order by sortOrder, code"));
        return new Published(inOrder,
                inOrder.stream().collect(Collectors.toUnmodifiableMap(ServiceCategory::getCode, Function.identity())));
    });

    private record Published(List<ServiceCategory> inOrder, Map<String, ServiceCategory> byCode) {
    }

    public List<ServiceCategory> published() {
        return current.get().inOrder();
    }

    public Optional<ServiceCategory> published(String code) {
        return Optional.ofNullable(current.get().byCode().get(code));
    }

    @Scheduled(every = "${grievance.intake.catalogue-reload-interval:60s}",
            delayed = "${grievance.intake.catalogue-reload-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reload() {
        current.reloadQuietly();
    }

    void onStop(@Observes ShutdownEvent stop) {
        current.stop();
    }
}
