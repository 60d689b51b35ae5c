package org.civicgrievance.routing.placement;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.audit.AuditEvents;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.outbox.Outbox;
import org.civicgrievance.routing.Topics;
import org.civicgrievance.routing.priority.PriorityAssessment;
import org.civicgrievance.routing.priority.PriorityPolicy;
import org.civicgrievance.routing.rule.RoutingDecision;
import org.civicgrievance.routing.rule.RuleBook;
import org.civicgrievance.routing.triage.TriageEntry;
import org.civicgrievance.routing.triage.TriageRepository;

/**
 * Places each submitted case on the department the first matching rule names, or parks it for triage.
 * Rules come from the in-memory {@link RuleBook}: routing a case costs no rule query.
 */
@ApplicationScoped
public class RoutingService {

    private final RuleBook ruleBook;
    private final PlacementRepository placements;
    private final TriageRepository triage;
    /** Placements by rule are made by this service, not by a person. */
    private static final String ACTOR = "routing-service";
    private static final String SYSTEM_ROLE = "system";

    private final Outbox outbox;
    private final AuditEvents audit;
    private final EventCodec codec;
    private final PriorityPolicy priorities;
    private final Clock clock;

    public RoutingService(RuleBook ruleBook, PlacementRepository placements, TriageRepository triage,
            Outbox outbox, AuditEvents audit, EventCodec codec, PriorityPolicy priorities, Clock clock) {
        this.priorities = priorities;
        this.ruleBook = ruleBook;
        this.placements = placements;
        this.triage = triage;
        this.outbox = outbox;
        this.audit = audit;
        this.codec = codec;
        this.clock = clock;
    }

    /** Runs inside the inbox's transaction: the placement, its event and the inbox record commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(CloudEvent submittedEvent) {
        SubmittedCase submitted = codec.data(submittedEvent, SubmittedCase.class);
        if (placements.isPlaced(submitted.caseId()) || triage.findByIdOptional(submitted.caseId()).isPresent()) {
            // a second submission event for one case (republished under a new id) must not route it twice
            Log.warnf("Case %s was already placed; ignoring event %s", submitted.caseId(), submittedEvent.id());
            return;
        }
        PriorityAssessment priority = priorities.assess(submitted.facts(), submitted.greenChannelReasons());
        Optional<RoutingDecision> decision = ruleBook.current().decide(submitted.facts());
        if (decision.isEmpty()) {
            String reason = "no routing rule matches category '%s'; %s".formatted(submitted.category(),
                    priority.describe());
            triage.persist(new TriageEntry(submitted.caseId(), submitted.trackingNumber(), submitted.category(), reason,
                    priority.priority(), submittedEvent.data().toString(), submittedEvent.traceid(), clock.instant()));
            audit.record(submitted.caseId(), submittedEvent.traceid(), ACTOR, SYSTEM_ROLE, "CASE_PARKED_FOR_TRIAGE",
                    null, null, "TRIAGE", reason);
            Log.infof("Parked %s for triage: no rule matches category %s", submitted.trackingNumber(),
                    submitted.category());
            return;
        }
        RoutingDecision placed = decision.get().withPriority(priority);
        placements.persist(new Placement(submitted.caseId(), submitted.trackingNumber(), placed, priority.priority(),
                ACTOR, clock.instant()));
        outbox.emit(Topics.GRIEVANCE_ROUTED, Topics.GRIEVANCE_ROUTED, submitted.caseId(), submittedEvent.traceid(),
                GrievanceRouted.of(submitted, placed, priority.priority(), clock.instant()));
        audit.record(submitted.caseId(), submittedEvent.traceid(), ACTOR, SYSTEM_ROLE, "CASE_ROUTED",
                placed.departmentCode(), null, placed.departmentCode(), placed.reason());
        Log.infof("Routed %s to %s by rule %d v%d with priority %s", submitted.trackingNumber(), placed.departmentCode(),
                placed.ruleId(), placed.ruleVersion(), priority.priority());
    }
}
