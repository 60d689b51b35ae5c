package org.civicgrievance.resolution.deadline.extension;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Collects the {@link DeadlineExtended} events the application fires, for the tests to read. */
@ApplicationScoped
public class ExtendedDeadlines {

    private final List<DeadlineExtended> seen = new CopyOnWriteArrayList<>();

    void on(@Observes DeadlineExtended extended) {
        seen.add(extended);
    }

    public List<DeadlineExtended> of(String caseId) {
        return seen.stream().filter(e -> e.caseId().equals(caseId)).toList();
    }
}
