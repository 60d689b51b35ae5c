package org.civicgrievance.routing.placement;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.audit.AuditEvents;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.outbox.Outbox;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.routing.Topics;
import org.civicgrievance.routing.department.Department;
import org.civicgrievance.routing.department.DepartmentRepository;
import org.civicgrievance.routing.priority.PriorityAssessment;
import org.civicgrievance.routing.priority.PriorityPolicy;
import org.civicgrievance.routing.rule.RoutingDecision;
import org.civicgrievance.routing.rule.RuleBook;
import org.civicgrievance.routing.triage.TriageEntry;
import org.civicgrievance.routing.triage.TriageRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
    private final DepartmentRepository departments;
    private final ObjectMapper json;
    private final Clock clock;

    public RoutingService(RuleBook ruleBook, PlacementRepository placements, TriageRepository triage,
            Outbox outbox, AuditEvents audit, EventCodec codec, PriorityPolicy priorities, DepartmentRepository departments,
            ObjectMapper json, Clock clock) {
        this.priorities = priorities;
        this.departments = departments;
        this.json = json;
        this.ruleBook = ruleBook;
        this.placements = placements;
        this.triage = triage;
        this.outbox = outbox;
        this.audit = audit;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * A dispatcher places a case from the triage queue on a department, with a reason: the case
     * leaves the queue and is routed like any other, with no rule. Its priority is the one it waited with.
     *
     * @throws ProblemException 404 for a case not in triage, 409 when it was placed already, 400 for an unknown or inactive department
     */
    @Transactional
    public PlacementResource.PlacementView placeByHand(String caseId, String departmentCode, String reason,
            StaffMember dispatcher) {
        TriageEntry entry = triage.findForPlacement(caseId)
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId + " in triage"));
        entry.placedBy(dispatcher.id(), clock.instant());
        if (!departments.findByIdOptional(departmentCode).map(Department::isActive).orElse(false)) {
            throw ProblemException.invalidField("department", "no active department has the code " + departmentCode);
        }
        SubmittedCase submitted = readSubmission(entry);
        PriorityAssessment priority = priorities.assess(submitted.facts(), submitted.greenChannelReasons());
        RoutingDecision placed = new RoutingDecision(departmentCode, null, null,
                "placed by %s: %s".formatted(dispatcher.id(), reason.strip())).withPriority(priority);
        Placement placement = new Placement(caseId, entry.getTrackingNumber(), placed, priority.priority(), dispatcher.id(),
                clock.instant());
        placements.persist(placement);
        String traceId = entry.getTraceId() != null ? entry.getTraceId() : UUID.randomUUID().toString().replace("-", "");
        outbox.emit(Topics.GRIEVANCE_ROUTED, Topics.GRIEVANCE_ROUTED, caseId, traceId,
                GrievanceRouted.of(submitted, placed, priority.priority(), clock.instant()));
        audit.record(caseId, traceId, dispatcher.id(), dispatcher.primaryRole(), "CASE_ROUTED", departmentCode, "TRIAGE",
                departmentCode, placed.reason());
        Log.infof("Case %s placed by hand on %s by %s after waiting in triage since %s", entry.getTrackingNumber(),
                departmentCode, dispatcher.id(), entry.getParkedAt());
        return PlacementResource.PlacementView.of(placement);
    }

    private SubmittedCase readSubmission(TriageEntry entry) {
        try {
            return json.readValue(entry.getSubmission(), SubmittedCase.class);
        } catch (JsonProcessingException e) {
            // it was read once when the case was parked; failing now means the stored row was damaged
            throw new IllegalStateException("the stored submission of case " + entry.getCaseId() + " cannot be read", e);
        }
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
