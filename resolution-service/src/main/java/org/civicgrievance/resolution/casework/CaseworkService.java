package org.civicgrievance.resolution.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import org.civicgrievance.resolution.calendar.Calendars;
import org.civicgrievance.resolution.calendar.TimeLimit;
import org.civicgrievance.resolution.casework.CaseStatusChanged.ResidentNote;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Orchestrates each change of a case: the entity decides, this checks who may act, writes the
 * audit trail and emits the status residents see. A case outside the staff member's reach is
 * "not found", so its existence is not revealed.
 */
@ApplicationScoped
public class CaseworkService {

    /** The actor recorded for what arrives over Kafka rather than from a person. */
    private static final String ROUTING = "routing-service";
    /** The actor recorded when a wait for the resident ends because its limit passed. */
    static final String WAITING_LIMIT = "waiting-limit";
    private static final String SYSTEM_ROLE = "system";

    private final CaseRepository cases;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final EventCodec codec;
    private final Event<CaseTransition> transitions;
    private final Clock clock;
    private final CaseNotes notes;
    private final Calendars calendars;
    private final TimeLimit waitingLimit;

    public CaseworkService(CaseRepository cases, AuditTrail audit, Outbox outbox, EventCodec codec,
            Event<CaseTransition> transitions, Clock clock, CaseNotes notes, Calendars calendars,
            @ConfigProperty(name = "grievance.resolution.waiting-limit.amount") long waitingLimitAmount,
            @ConfigProperty(name = "grievance.resolution.waiting-limit.unit") TimeLimit.Unit waitingLimitUnit) {
        this.cases = cases;
        this.audit = audit;
        this.outbox = outbox;
        this.codec = codec;
        this.transitions = transitions;
        this.clock = clock;
        this.notes = notes;
        this.calendars = calendars;
        this.waitingLimit = new TimeLimit(waitingLimitAmount, waitingLimitUnit);
    }

    /** Runs inside the inbox's transaction: the case, its audit entry, its event and the inbox record commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(CloudEvent routedEvent) {
        RoutedCase routed = codec.data(routedEvent, RoutedCase.class);
        Instant now = clock.instant();
        Optional<GrievanceCase> known = cases.findByIdOptional(routed.caseId());
        if (known.isPresent()) {
            requeue(known.get(), routed.toArrival(routedEvent.traceid()), now);
            return;
        }
        GrievanceCase aCase = GrievanceCase.queue(routed.toArrival(routedEvent.traceid()), now);
        cases.persist(aCase);
        record(CaseTransition.of(aCase, null, ROUTING, routed.reason(), now), SYSTEM_ROLE, aCase);
        emitStatus(aCase, now, null);
        Log.infof("Queued %s for %s", aCase.getTrackingNumber(), aCase.getDepartment());
    }

    /** A returned case placed again; a placement of a case in any other state is a fault upstream and changes nothing. */
    private void requeue(GrievanceCase aCase, GrievanceCase.Arrival placement, Instant now) {
        aCase.requeue(placement, ROUTING, now).ifPresentOrElse(transition -> {
            record(transition, SYSTEM_ROLE, aCase);
            emitStatus(aCase, now, null);
            Log.infof("Re-queued %s for %s", aCase.getTrackingNumber(), aCase.getDepartment());
        }, () -> Log.warnf("Case %s is %s here, not returned; ignoring another placement", aCase.getId(),
                aCase.getStatus()));
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

    /** What the holder answers when resolving: the outcome, the note the resident reads, and why/where else if needed. */
    public record Resolution(CaseOutcome outcome, String note, String reason, String whereElse) {
    }

    @Transactional
    public CaseView resolve(String caseId, Resolution resolution, StaffMember staff) {
        return showTo(resolved(caseId, resolution, staff), staff);
    }

    /** Resolves without showing the case: no contact view to audit. */
    @Transactional
    public String resolveWithoutViewing(String caseId, Resolution resolution, StaffMember staff) {
        return resolved(caseId, resolution, staff).getTrackingNumber();
    }

    /** The holder starts investigating a claimed or reopened case. */
    @Transactional
    public GrievanceCase start(String caseId, StaffMember staff) {
        return change(caseId, staff, (aCase, now) -> aCase.proceed(staff.id(), null, now), null);
    }

    /** The holder carries on without waiting longer for the resident. */
    @Transactional
    public GrievanceCase resume(String caseId, StaffMember staff) {
        return change(caseId, staff, (aCase, now) -> aCase.proceed(staff.id(), "resumed by the handler", now), null);
    }

    /**
     * The holder asks the resident a question they will read; the clocks pause until the answer or the
     * waiting limit, counted on the city's standard calendar (a question asked on Friday evening does
     * not run out over the weekend).
     */
    @Transactional
    public GrievanceCase waitForResident(String caseId, String question, StaffMember staff) {
        return change(caseId, staff,
                (aCase, now) -> aCase.waitForResident(staff.id(), question,
                        calendars.standard().due(now, waitingLimit), now),
                new ResidentNote(CaseNote.Kind.QUESTION, question));
    }

    /** 退单: back to routing with the reason, which routing reads in {@code grievance.returned}. */
    @Transactional
    public GrievanceCase returnToRouting(String caseId, String reason, StaffMember staff) {
        String department = workable(caseId, staff).getDepartment();
        GrievanceCase aCase = change(caseId, staff,
                (c, now) -> c.returnToRouting(staff.id(), isSupervisor(staff), reason, now), null);
        outbox.emit(Topics.GRIEVANCE_RETURNED, Topics.GRIEVANCE_RETURNED, aCase.getId(), aCase.getTraceId(),
                new GrievanceReturned(aCase.getId(), aCase.getTrackingNumber(), department, reason, staff.id(),
                        clock.instant()));
        return aCase;
    }

    /**
     * Merges a duplicate into another case of the same department, named by tracking number or id.
     * A case of another department is "not found" here too.
     */
    @Transactional
    public GrievanceCase merge(String caseId, String into, StaffMember staff) {
        GrievanceCase original = cases.findByIdOptional(into)
                .or(() -> cases.find("trackingNumber", into).firstResultOptional())
                .filter(c -> staff.worksIn(c.getDepartment()))
                .orElseThrow(() -> ProblemException.invalidField("into", "names no case of your department"));
        return change(caseId, staff, (aCase, now) -> aCase.mergeInto(original, staff.id(), isSupervisor(staff), now),
                null);
    }

    /**
     * A note on the case. An internal one stays here; one visible to the resident takes the next
     * position of the case's public history and travels in {@code case.status-changed}.
     */
    @Transactional
    public CaseNote addNote(String caseId, String text, boolean visibleToResident, StaffMember staff) {
        GrievanceCase aCase = workable(caseId, staff);
        Instant now = clock.instant();
        CaseNote note;
        if (visibleToResident) {
            aCase.noteForResident(staff.id(), isSupervisor(staff));
            note = CaseNote.forResident(aCase, CaseNote.Kind.NOTE, text, staff.id(), staff.primaryRole(), now);
            emitStatus(aCase, now, new ResidentNote(CaseNote.Kind.NOTE, text));
        } else {
            note = CaseNote.internal(aCase.getId(), text, staff.id(), staff.primaryRole(), now);
        }
        notes.persist(note);
        return note;
    }

    /**
     * Inside the transaction of an approved extension or of a calendar's recomputation: the resolution's due time moved, and the
     * resident is told as with a visible note (the next position of the case's public history, the
     * status unchanged), in {@code text}, with the new due time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolutionDueMoved(String caseId, Instant newDue, boolean provisional, String text, String by,
            String byRole, Instant at) {
        GrievanceCase aCase = cases.findById(caseId);
        aCase.resolutionDueMovedTo(newDue, provisional);
        notes.persist(CaseNote.forResident(aCase, CaseNote.Kind.NOTE, text, by, byRole, at));
        emitStatus(aCase, at, new ResidentNote(CaseNote.Kind.NOTE, text));
    }

    /** Every note on a case, internal ones included: for the department's staff and inspectors. */
    public List<CaseNote> notes(String caseId, StaffMember staff) {
        readable(caseId, staff);
        return notes.of(caseId);
    }

    /** Inside the inbox's transaction: the resident answered, so a case waiting for them carries on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void residentSupplemented(String caseId) {
        Instant now = clock.instant();
        cases.findByIdOptional(caseId).ifPresent(aCase -> aCase
                .waitEnded(Roles.RESIDENT, "the resident added information", now)
                .ifPresent(transition -> {
                    record(transition, Roles.RESIDENT, aCase);
                    emitStatus(aCase, now, null);
                    Log.infof("Case %s resumed: the resident added information", caseId);
                }));
    }

    /**
     * Resumes up to {@code batchSize} cases whose wait for the resident passed its limit. The rows are
     * claimed with SKIP LOCKED, so replicas scanning at once share the work instead of repeating it.
     *
     * @return how many cases were claimed (fewer than the batch: nothing more is due)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int resumeWaitsPastLimit(int batchSize) {
        Instant now = clock.instant();
        List<GrievanceCase> due = cases.lockWaitingPast(now, batchSize);
        for (GrievanceCase aCase : due) {
            aCase.waitEnded(WAITING_LIMIT, "the waiting limit of %d %s passed".formatted(waitingLimit.amount(),
                    waitingLimit.unit().name().toLowerCase(Locale.ROOT).replace('_', ' ')), now)
                    .ifPresent(transition -> {
                        record(transition, SYSTEM_ROLE, aCase);
                        emitStatus(aCase, now, null);
                    });
        }
        return due.size();
    }

    private GrievanceCase claimed(String caseId, StaffMember staff) {
        return change(caseId, staff, (aCase, now) -> aCase.claim(staff.id(), now), null);
    }

    private GrievanceCase resolved(String caseId, Resolution r, StaffMember staff) {
        return change(caseId, staff,
                (aCase, now) -> aCase.resolve(staff.id(), r.outcome(), r.note(), r.reason(), r.whereElse(), now),
                new ResidentNote(CaseNote.Kind.RESOLUTION, r.note()));
    }

    /** One staff action on one case: the entity decides, the change is recorded, the resident told. */
    private GrievanceCase change(String caseId, StaffMember staff, StaffChange action, ResidentNote residentNote) {
        GrievanceCase aCase = workable(caseId, staff);
        Instant now = clock.instant();
        record(action.apply(aCase, now), staff.primaryRole(), aCase);
        if (residentNote != null) {
            notes.persist(CaseNote.forResident(aCase, residentNote.kind(), residentNote.text(), staff.id(),
                    staff.primaryRole(), now));
        }
        emitStatus(aCase, now, residentNote);
        return aCase;
    }

    @FunctionalInterface
    private interface StaffChange {
        CaseTransition apply(GrievanceCase aCase, Instant now);
    }

    private static boolean isSupervisor(StaffMember staff) {
        return staff.has(Roles.SUPERVISOR);
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
                    emitStatus(aCase, now, null);
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

    private void emitStatus(GrievanceCase aCase, Instant now, ResidentNote note) {
        outbox.emit(Topics.CASE_STATUS_CHANGED, Topics.CASE_STATUS_CHANGED, aCase.getId(), aCase.getTraceId(),
                CaseStatusChanged.of(aCase, now, note));
    }
}
