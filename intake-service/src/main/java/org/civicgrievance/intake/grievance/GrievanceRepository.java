package org.civicgrievance.intake.grievance;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class GrievanceRepository implements PanacheRepositoryBase<Grievance, String> {

    /**
     * Holds the case's row until the transaction ends, so changes that count what a case already
     * has (photos) run one at a time. Native SQL: Hibernate's MySQL dialect writes
     * {@code FOR UPDATE OF alias}, which MariaDB rejects.
     */
    public void lockForUpdate(String id) {
        getEntityManager().createNativeQuery("SELECT id FROM grievance WHERE id = :id FOR UPDATE")
                .setParameter("id", id).getResultList();
    }

    public Optional<Grievance> findByTrackingNumber(String trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResultOptional();
    }
}
