package org.civicgrievance.intake.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicgrievance.intake.Topics;
import org.civicgrievance.intake.grievance.Grievance;
import org.civicgrievance.intake.grievance.ResidentAccess;
import org.civicgrievance.platform.audit.AuditEvents;
import org.civicgrievance.platform.outbox.Outbox;
import org.civicgrievance.platform.problem.ProblemException;

/** The resident rates each resolution of their case once; the rating travels to resolution. */
@ApplicationScoped
public class EvaluationService {


    private final ResidentAccess residents;
    private final EvaluationRepository evaluations;
    private final Outbox outbox;
    private final AuditEvents audit;
    private final Clock clock;

    public EvaluationService(ResidentAccess residents, EvaluationRepository evaluations, Outbox outbox, AuditEvents audit,
            Clock clock) {
        this.residents = residents;
        this.evaluations = evaluations;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Evaluation evaluate(String trackingNumber, String accessCode, Rating rating, String comment) {
        Grievance grievance = residents.open(trackingNumber, accessCode);
        if (!grievance.isResolved()) {
            throw new ProblemException("not-resolved", "The case is not waiting for a rating", 409,
                    "A case can be rated once the department has resolved it; its status is " + grievance.getStatus() + ".");
        }
        if (!grievance.isAwaitingRating()) {
            throw new ProblemException("already-rated", "This resolution is already rated", 409,
                    "Each resolution is rated once; the department is acting on your rating.");
        }
        int round = grievance.rate();
        Instant now = clock.instant();
        Evaluation evaluation = new Evaluation(UUID.randomUUID().toString(), grievance.getId(), round, rating, comment, now);
        evaluations.persist(evaluation);
        outbox.emit(Topics.GRIEVANCE_EVALUATED, Topics.GRIEVANCE_EVALUATED, grievance.getId(), grievance.getTraceId(),
                new GrievanceEvaluated(grievance.getId(), trackingNumber, evaluation.getId(), round, rating, comment, now));
        audit.recordByResident(grievance.getId(), grievance.getTraceId(), "CASE_RATED",
                grievance.getStatus(), "resident rated the resolution " + rating);
        return evaluation;
    }
}
