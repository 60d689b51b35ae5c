package org.civicgrievance.intake.catalogue;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The published service catalogue: categories a resident may choose, in display order. */
@ApplicationScoped
public class ServiceCatalogue implements PanacheRepositoryBase<ServiceCategory, String> {

    public List<ServiceCategory> published() {
        return list("active = true order by sortOrder, code");
    }

    public Optional<ServiceCategory> published(String code) {
        return find("code = ?1 and active = true", code).firstResultOptional();
    }
}
