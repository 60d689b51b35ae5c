package org.civicgrievance.intake.opinion;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OpinionFormRepository implements PanacheRepositoryBase<OpinionForm, String> {

    /** Published forms taking answers at {@code now}, closing soonest first. */
    public List<OpinionForm> openAt(Instant now) {
        return find("status = ?1 and opensAt <= ?2 and closesAt > ?2", Sort.by("closesAt").and("id"),
                FormStatus.PUBLISHED, now).list();
    }

    public List<OpinionForm> newestFirst(int limit) {
        return findAll(Sort.descending("createdAt").and("id")).page(Page.ofSize(limit)).list();
    }
}
