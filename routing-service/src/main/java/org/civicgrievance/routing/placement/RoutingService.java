package org.civicgrievance.routing.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.audit.AuditEvents;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.events.MalformedEventException;
import org.civicgrievance.platform.outbox.Outbox;
import org.civicgrievance.routing.RoutingConfig;
import org.civicgrievance.routing.Topics;
import org.civicgrievance.routing.priority.PriorityAssessment;
import org.civicgrievance.routing.priority.PriorityPolicy;
import org.civicgrievance.routing.returns.CaseReturn;
import org.civicgrievance.routing.returns.CaseReturnRepository;
import org.civicgrievance.routing.rule.RoutingDecision;
import org.civicgrievance.routing.rule.RuleBook;
import org.civicgrievance.routing.triage.TriageEntry;
import org.civicgrievance.routing.triage.TriageRepository;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Places each submitted case on the department the first matching rule names, or parks it for
 * triage; places a returned case again on the next matching rule whose department never held it, or
 * parks it. Rules come from the in-memory {@link RuleBook}: routing a case costs no rule query.
 */
@ApplicationScoped
public class RoutingService {

    /** Placements by rule are made by this service, not by a person. */
    private static final String ACTOR = "routing-service";
    private static final String SYSTEM_ROLE = "system";
    private static final String TRIAGE = "TRIAGE";

    private final RuleBook ruleBook;
    private final PlacementRepository placements;
    private final TriageRepository triage;
    private final CaseSubmissionRepository submissions;
    private final CaseReturnRepository returns;
    private final Outbox outbox;
    private final AuditEvents audit;
    private final EventCodec codec;
    private final ObjectMapper json;
    private final PriorityPolicy priorities;
    private final RoutingConfig config;
    private final Clock clock;

    public RoutingService(RuleBook ruleBook, PlacementRepository placements, TriageRepository triage,
            CaseSubmissionRepository submissions, CaseReturnRepository returns, Outbox outbox, AuditEvents audit,
            EventCodec codec, ObjectMapper json, PriorityPolicy priorities, RoutingConfig config, Clock clock) {
        this.ruleBook = ruleBook;
        this.placements = placements;
        this.triage = triage;
        this.submissions = submissions;
        this.returns = returns;
        this.outbox = outbox;
        this.audit = audit;
        this.codec = codec;
        this.json = json;
        this.priorities = priorities;
        this.config = config;
        this.clock = clock;
    }

    /** Runs inside the inbox's transaction: the placement, its event and the inbox record commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(CloudEvent submittedEvent) {
        SubmittedCase submitted = codec.data(submittedEvent, SubmittedCase.class);
        // every case parked or placed since V7 has its submission kept; placements cover the older ones
        if (submissions.findByIdOptional(submitted.caseId()).isPresent() || placements.isPlaced(submitted.caseId())) {
            // a second submission event for one case (republished under a new id) must not route it twice
            Log.warnf("Case %s was already placed; ignoring event %s", submitted.caseId(), submittedEvent.id());
            return;
        }
        String submission = submittedEvent.data().toString();
        submissions.persist(new CaseSubmission(submitted.caseId(), submitted.trackingNumber(), null, submission,
                submittedEvent.traceid(), clock.instant()));
        PriorityAssessment priority = priorities.assess(submitted.facts(), submitted.greenChannelReasons());
        Optional<RoutingDecision> decision = ruleBook.current().decide(submitted.facts());
        if (decision.isEmpty()) {
            String reason = "no routing rule matches category '%s'; %s".formatted(submitted.category(),
                    priority.describe());
            park(submitted, submission, submittedEvent.traceid(), priority, reason, null, null);
            return;
        }
        route(submitted, null, decision.get().withPriority(priority), priority, submittedEvent.traceid(), null);
    }

    /**
     * A department sent the case back 退单: records the return and places the case on the next matching
     * rule whose department never held it (never the same department twice without a dispatcher), or
     * parks it for triage. A return that does not end the case's current placement (redelivered under
     * another id, or older than the placement) changes nothing. Runs inside the inbox's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placeAgain(CloudEvent returnedEvent) {
        ReturnedCase returned = codec.data(returnedEvent, ReturnedCase.class);
        if (returned.caseId() == null || returned.department() == null || returned.returnedAt() == null) {
            throw new MalformedEventException("event " + returnedEvent.id() + " names no case, department or time");
        }
        List<Placement> history = placements.historyOf(returned.caseId());
        Optional<String> stale = staleness(returned, history);
        if (stale.isPresent()) {
            Log.warnf("Ignoring return %s of case %s by %s: %s", returnedEvent.id(), returned.caseId(),
                    returned.department(), stale.get());
            return;
        }
        Placement current = history.get(history.size() - 1);
        String returnedBy = returned.returnedBy() == null ? returned.department() : returned.returnedBy();
        String returnReason = returned.reason() == null || returned.reason().isBlank() ? "no reason given"
                : returned.reason().strip();
        returns.persist(new CaseReturn(current.getCaseId(), current.getTrackingNumber(), current.getId(),
                returned.department(), returnReason, returnedBy, returned.returnedAt(), clock.instant()));

        Optional<CaseSubmission> stored = submissions.findByIdOptional(returned.caseId());
        if (stored.isEmpty()) {
            // placed by rule before routing kept submissions (V7): nothing to decide again with
            Log.errorf("Case %s was returned by %s but routing does not know what was submitted; it needs a person",
                    current.getTrackingNumber(), returned.department());
            return;
        }
        SubmittedCase submitted = SubmittedCase.read(json, stored.get().getSubmission(), returned.caseId());
        String traceId = returnedEvent.traceid() != null ? returnedEvent.traceid() : stored.get().getTraceId();
        Set<String> heldBefore = new LinkedHashSet<>();
        history.forEach(p -> heldBefore.add(p.getDepartmentCode()));
        PriorityAssessment priority = priorities.assess(submitted.facts(), submitted.greenChannelReasons());
        Optional<RoutingDecision> decision = ruleBook.current().decide(submitted.facts(), heldBefore);
        if (decision.isEmpty()) {
            String reason = ("returned by %s (%s): %s; no routing rule matches but for departments that held the case "
                    + "(%s); %s").formatted(returned.department(), returnedBy, returnReason,
                            String.join(", ", heldBefore), priority.describe());
            park(submitted, stored.get().getSubmission(), traceId, priority, reason, returned.department(),
                    returnedBy);
            return;
        }
        RoutingDecision next = decision.get();
        RoutingDecision placed = new RoutingDecision(next.departmentCode(), next.ruleId(), next.ruleVersion(),
                "re-placed after a return by %s: %s".formatted(returned.department(), next.reason()))
                .withPriority(priority);
        route(submitted, stored.get().getSplitFrom(), placed, priority, traceId, returned.department());
    }

    /** Why a return does not end the case's current placement; empty when it does. */
    private Optional<String> staleness(ReturnedCase returned, List<Placement> history) {
        if (history.isEmpty()) {
            return Optional.of("the case was never placed on a department");
        }
        Placement current = history.get(history.size() - 1);
        if (!current.getDepartmentCode().equals(returned.department())) {
            return Optional.of("the case is now placed on " + current.getDepartmentCode());
        }
        if (returns.ofPlacement(current.getId()).isPresent()) {
            return Optional.of("its current placement was returned already");
        }
        if (returned.returnedAt().isBefore(current.getPlacedAt())) {
            return Optional.of("it was returned before its current placement (" + current.getPlacedAt() + ")");
        }
        return Optional.empty();
    }

    /** @param returnedBy the department whose return this placement follows; null for a first placement */
    private void route(SubmittedCase submitted, String splitFrom, RoutingDecision placed, PriorityAssessment priority,
            String traceId, String returnedBy) {
        Instant now = clock.instant();
        placements.persist(new Placement(submitted.caseId(), submitted.trackingNumber(), placed, priority.priority(),
                ACTOR, now).splitFrom(splitFrom));
        outbox.emit(Topics.GRIEVANCE_ROUTED, Topics.GRIEVANCE_ROUTED, submitted.caseId(), traceId,
                GrievanceRouted.ofPart(submitted, splitFrom, placed, priority.priority(), now));
        audit.record(submitted.caseId(), traceId, ACTOR, SYSTEM_ROLE, "CASE_ROUTED", placed.departmentCode(),
                returnedBy, placed.departmentCode(), placed.reason());
        Log.infof("Routed %s to %s by rule %d v%d with priority %s%s", submitted.trackingNumber(),
                placed.departmentCode(), placed.ruleId(), placed.ruleVersion(), priority.priority(),
                returnedBy == null ? "" : " after a return by " + returnedBy);
    }

    private void park(SubmittedCase submitted, String submission, String traceId, PriorityAssessment priority,
            String reason, String returnedByDepartment, String returnedBy) {
        Instant now = clock.instant();
        TriageEntry entry = new TriageEntry(submitted.caseId(), submitted.trackingNumber(), submitted.category(),
                reason, priority.priority(), submission, traceId, now, now.plus(config.triageDeadline()))
                .returnedBy(returnedByDepartment, returnedBy);
        triage.persist(entry);
        audit.record(submitted.caseId(), traceId, ACTOR, SYSTEM_ROLE, "CASE_PARKED_FOR_TRIAGE", null,
                returnedByDepartment, TRIAGE, entry.getReason());
        Log.infof("Parked %s for triage%s", submitted.trackingNumber(),
                returnedByDepartment == null ? ": no rule matches category " + submitted.category()
                        : " after a return by " + returnedByDepartment);
    }
}
