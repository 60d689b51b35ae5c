package org.civicgrievance.resolution.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;

import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.outbox.Outbox;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.resolution.Topics;
import org.civicgrievance.resolution.audit.AuditAction;
import org.civicgrievance.resolution.audit.AuditRecord;
import org.civicgrievance.resolution.audit.AuditTrail;

/**
 * Orchestrates each change of a case: the entity decides, this checks who may act, writes the
 * audit trail and emits the status residents see. A case outside the staff member's reach is
 * "not found", so its existence is not revealed.
 */
@ApplicationScoped
public class CaseworkService {

    /** The actor recorded for what arrives over Kafka rather than from a person. */
    private static final String ROUTING = "routing-service";
    private static final String SYSTEM_ROLE = "system";

    private final CaseRepository cases;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final EventCodec codec;
    private final Event<CaseTransition> transitions;
    private final Clock clock;

    public CaseworkService(CaseRepository cases, AuditTrail audit, Outbox outbox, EventCodec codec,
            Event<CaseTransition> transitions, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.outbox = outbox;
        this.codec = codec;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** Runs inside the inbox's transaction: the case, its audit entry, its event and the inbox record commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(CloudEvent routedEvent) {
        RoutedCase routed = codec.data(routedEvent, RoutedCase.class);
        if (cases.findByIdOptional(routed.caseId()).isPresent()) {
            // re-routing of a returned case is a later capability; never queue a case twice
            Log.warnf("Case %s is already held here; ignoring a second placement", routed.caseId());
            return;
        }
        Instant now = clock.instant();
        GrievanceCase aCase = GrievanceCase.queue(routed.toArrival(routedEvent.traceid()), now);
        cases.persist(aCase);
        record(CaseTransition.of(aCase, null, ROUTING, routed.reason(), now), SYSTEM_ROLE, aCase);
        emitStatus(aCase, now);
        Log.infof("Queued %s for %s", aCase.getTrackingNumber(), aCase.getDepartment());
    }

    /** A department's open queue: for its own staff and for inspectors. */
    public List<GrievanceCase> queue(String department, StaffMember staff) {
        if (!staff.mayRead(department)) {
            throw new ForbiddenException("not a member of " + department);
        }
        return cases.queueOf(department);
    }

    /** The cases this handler or supervisor holds in their own department; nobody else holds any. */
    public List<GrievanceCase> heldBy(StaffMember staff) {
        if (staff.department() == null || !staff.worksIn(staff.department())) {
            return List.of();
        }
        return cases.heldBy(staff.department(), staff.id());
    }

    /** For inspectors, who read every department: the departments that have a queue to read. */
    public List<String> departmentsWithQueues(StaffMember staff) {
        if (!staff.has(Roles.INSPECTOR)) {
            throw new ForbiddenException("only inspectors read every department");
        }
        return cases.departmentsWithQueuedCases();
    }

    /**
     * The case as this staff member may see it. The handler holding it sees the resident's contact
     * details unmasked, and that view is audited; everyone else sees them masked.
     */
    @Transactional
    public CaseView view(String caseId, StaffMember staff) {
        return showTo(readable(caseId, staff), staff);
    }

    public List<AuditRecord> history(String caseId, StaffMember staff) {
        readable(caseId, staff);
        return audit.historyOf(caseId).stream().filter(r -> r.getAction().isStateChange()).toList();
    }

    /** The tracking number of a case this member may read: nothing personal, so no view is audited. */
    public String trackingNumber(String caseId, StaffMember staff) {
        return readable(caseId, staff).getTrackingNumber();
    }

    @Transactional
    public CaseView claim(String caseId, StaffMember staff) {
        return showTo(claimed(caseId, staff), staff);
    }

    /** Claims without showing the case (the workbench redirects to a list): no contact view to audit. */
    @Transactional
    public String claimWithoutViewing(String caseId, StaffMember staff) {
        return claimed(caseId, staff).getTrackingNumber();
    }

    @Transactional
    public CaseView resolve(String caseId, String note, StaffMember staff) {
        return showTo(resolved(caseId, note, staff), staff);
    }

    /** Resolves without showing the case: no contact view to audit. */
    @Transactional
    public String resolveWithoutViewing(String caseId, String note, StaffMember staff) {
        return resolved(caseId, note, staff).getTrackingNumber();
    }

    private GrievanceCase claimed(String caseId, StaffMember staff) {
        GrievanceCase aCase = workable(caseId, staff);
        Instant now = clock.instant();
        record(aCase.claim(staff.id(), now), staff.primaryRole(), aCase);
        emitStatus(aCase, now);
        return aCase;
    }

    private GrievanceCase resolved(String caseId, String note, StaffMember staff) {
        GrievanceCase aCase = workable(caseId, staff);
        Instant now = clock.instant();
        record(aCase.resolve(staff.id(), note, now), staff.primaryRole(), aCase);
        emitStatus(aCase, now);
        return aCase;
    }

    /**
     * A resident's rating, inside the inbox's transaction. A rating for a case not (yet) here, or
     * of an earlier resolution, is kept by the caller but changes no state.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void residentRated(String caseId, boolean satisfied, int resolutionRound, String comment) {
        Instant now = clock.instant();
        cases.findByIdOptional(caseId)
                .flatMap(aCase -> aCase.rated(satisfied, resolutionRound, comment, now).map(transition -> {
                    record(transition, Roles.RESIDENT, aCase);
                    emitStatus(aCase, now);
                    return transition;
                }))
                .ifPresentOrElse(transition -> Log.infof("Case %s is now %s after the resident's rating", caseId, transition.to()),
                        () -> Log.warnf("A rating of case %s (round %d) changed nothing", caseId, resolutionRound));
    }

    /** Throws "not found" unless this staff member may read the case. */
    public void requireReadable(String caseId, StaffMember staff) {
        readable(caseId, staff);
    }

    /** Unmasked for the handler holding the case, and every such view goes into the audit trail. */
    private CaseView showTo(GrievanceCase aCase, StaffMember staff) {
        boolean holder = staff.id().equals(aCase.getHandler());
        if (holder && aCase.getContact() != null) {
            audit.append(new AuditRecord.Entry(staff.id(), staff.primaryRole(), AuditAction.CONTACT_VIEWED,
                    aCase.getId(), aCase.getDepartment(), null, null, "case with the resident's contact details",
                    aCase.getTraceId()));
        }
        return CaseView.of(aCase, holder);
    }

    private GrievanceCase readable(String caseId, StaffMember staff) {
        return cases.findByIdOptional(caseId)
                .filter(aCase -> staff.mayRead(aCase.getDepartment()))
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId));
    }

    private GrievanceCase workable(String caseId, StaffMember staff) {
        return cases.findByIdOptional(caseId)
                .filter(aCase -> staff.worksIn(aCase.getDepartment()))
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId));
    }

    /**
     * Every state change goes through here: into the audit trail, and to the observers of
     * {@link CaseTransition} (the deadlines), all inside the change's own transaction.
     */
    private void record(CaseTransition transition, String actorRole, GrievanceCase aCase) {
        audit.appendStateChange(transition, actorRole, aCase.getTraceId());
        transitions.fire(transition);
    }

    private void emitStatus(GrievanceCase aCase, Instant now) {
        outbox.emit(Topics.CASE_STATUS_CHANGED, Topics.CASE_STATUS_CHANGED, aCase.getId(), aCase.getTraceId(),
                CaseStatusChanged.of(aCase, now));
    }
}
