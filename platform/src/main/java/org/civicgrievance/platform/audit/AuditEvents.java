package org.civicgrievance.platform.audit;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicgrievance.platform.outbox.Outbox;
import org.civicgrievance.platform.security.Roles;

/**
 * How a service that does not keep the audit trail itself reports a state change to it:
 * resolution-service keeps the one trail inspectors read, and consumes these events into it.
 * The event goes through the outbox, so it exists exactly when the change it reports committed.
 */
@ApplicationScoped
public class AuditEvents {

    public static final String TOPIC = "audit.recorded";

    private final Outbox outbox;
    private final Clock clock;

    public AuditEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * What happened to a case, by whom; {@code before}, {@code after} and {@code detail} may be null,
     * and {@code caseId} is null for changes outside any case.
     */
    public record AuditRecorded(String actor, String actorRole, String action, String caseId, String department,
            String before, String after, String detail, java.time.Instant occurredAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String caseId, String traceId, String actor, String actorRole, String action, String department,
            String before, String after, String detail) {
        outbox.emit(TOPIC, TOPIC, caseId, traceId,
                new AuditRecorded(actor, actorRole, action, caseId, department, before, after, detail, clock.instant()));
    }

    /** Something a resident did to their own case, in the case's trace. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByResident(String caseId, String traceId, String action, String after, String detail) {
        record(caseId, traceId, Roles.RESIDENT, Roles.RESIDENT, action, null, null, after, detail);
    }

    /**
     * A change to something that is not a case (an opinion form, say): the record has no case id,
     * and {@code subjectId} keys the event instead, so the changes of one subject stay in order.
     * Name the subject in {@code detail}: that is where inspectors read it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOutsideCase(String subjectId, String traceId, String actor, String actorRole, String action,
            String before, String after, String detail) {
        outbox.emit(TOPIC, TOPIC, subjectId, traceId,
                new AuditRecorded(actor, actorRole, action, null, null, before, after, detail, clock.instant()));
    }

    /**
     * An administrative change that concerns no case, such as an API key issued or revoked, with a
     * trace of its own. {@code subject} (e.g. {@code open311-key:<id>}) names what changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAdministration(String subject, String actor, String actorRole, String action, String detail) {
        recordOutsideCase(subject, UUID.randomUUID().toString().replace("-", ""), actor, actorRole, action, null, null,
                detail);
    }
}
