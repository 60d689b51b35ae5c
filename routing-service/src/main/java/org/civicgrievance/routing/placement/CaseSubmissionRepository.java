package org.civicgrievance.routing.placement;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseSubmissionRepository implements PanacheRepositoryBase<CaseSubmission, String> {
}
