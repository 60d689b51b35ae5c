package org.civicgrievance.intake.evaluation;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, String> {
}
