package org.civicgrievance.intake.grievance;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class GrievanceRepository implements PanacheRepositoryBase<Grievance, String> {

    public Optional<Grievance> findByTrackingNumber(String trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResultOptional();
    }
}
