package org.civicgrievance.intake.supplement;

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

/** Adds what a resident tells us later to their open case, and passes it on to the department. */
@ApplicationScoped
public class SupplementService {

    /** Enough for any honest follow-up; a cap so one code cannot flood a handler's case. */
    static final int MAX_PER_CASE = 20;

    private final ResidentAccess residents;
    private final SupplementRepository supplements;
    private final Outbox outbox;
    private final AuditEvents audit;
    private final Clock clock;

    public SupplementService(ResidentAccess residents, SupplementRepository supplements, Outbox outbox, AuditEvents audit,
            Clock clock) {
        this.residents = residents;
        this.supplements = supplements;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Supplement add(String trackingNumber, String accessCode, String text) {
        Grievance grievance = residents.open(trackingNumber, accessCode);
        if (!grievance.isOpen()) {
            throw new ProblemException("case-closed", "The case is no longer open", 409,
                    "Information can be added while the case is being handled. Rate the outcome instead, "
                            + "or submit a new case.");
        }
        if (supplements.count("grievanceId", grievance.getId()) >= MAX_PER_CASE) {
            throw new ProblemException("too-many-supplements", "Too many additions", 409,
                    "A case takes at most " + MAX_PER_CASE + " additions; call the hotline for anything more.");
        }
        Instant now = clock.instant();
        Supplement supplement = new Supplement(UUID.randomUUID().toString(), grievance.getId(), text, now);
        supplements.persist(supplement);
        outbox.emit(Topics.GRIEVANCE_SUPPLEMENTED, Topics.GRIEVANCE_SUPPLEMENTED, grievance.getId(), grievance.getTraceId(),
                new GrievanceSupplemented(grievance.getId(), trackingNumber, supplement.getId(), text, now));
        audit.recordByResident(grievance.getId(), grievance.getTraceId(), "CASE_SUPPLEMENTED",
                grievance.getStatus(), "resident added information");
        return supplement;
    }
}
