package org.civicgrievance.resolution.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.Roles;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A case in a department's hands. Each state change is a method that checks the current state,
 * applies the change and returns the transition to record; services only orchestrate.
 */
@Entity
@Table(name = "grievance_case")
public class GrievanceCase {


    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tracking_number", length = 20, nullable = false, unique = true, updatable = false)
    private String trackingNumber;

    @Column(length = 64, nullable = false)
    private String department;

    @Column(length = 20, nullable = false, updatable = false)
    private String kind;

    @Column(length = 64, nullable = false, updatable = false)
    private String category;

    @Column(length = 200, updatable = false)
    private String title;

    @Column(length = 5000, nullable = false, updatable = false)
    private String description;

    @Column(length = 500, updatable = false)
    private String address;

    @Column(length = 64, updatable = false)
    private String district;

    @Embedded
    private Contact contact;

    @Column(length = 20, nullable = false)
    private String priority;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20, nullable = false)
    private CaseStatus status;

    /** Counts the status changes emitted to residents, so late duplicates can be recognised downstream. */
    @Column(name = "status_sequence", nullable = false)
    private int statusSequence;

    @Column(length = 64)
    private String handler;

    @Column(name = "resolution_note", length = 2000)
    private String resolutionNote;

    @Column(name = "routing_rule_id")
    private Long routingRuleId;

    @Column(name = "routing_reason", length = 500)
    private String routingReason;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The status position of the current resolution, which the resident's and the supervisor's ratings name. */
    @Column(name = "resolution_round")
    private Integer resolutionRound;

    /** How often residents sent the case back: a measure of answers that did not answer. */
    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "trace_id", length = 32)
    private String traceId;

    /** What the resident got from the current resolution (or merge); cleared when the resident reopens. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private CaseOutcome outcome;

    /** Why the case could not be resolved, in words the resident reads. */
    @Column(name = "outcome_reason", length = 1000)
    private String outcomeReason;

    /** Where the resident may turn instead (another authority, a court, a hotline). */
    @Column(name = "where_else", length = 500)
    private String whereElse;

    /**
     * The case this duplicate was merged into. (Not "merged_into": Connector/J takes a SELECT naming
     * a column that ends in "_into" for SELECT … INTO, which returns no rows, and refuses to run it.)
     */
    @Column(name = "duplicate_of", length = 36)
    private String mergedInto;

    /** While waiting for the resident: when the wait ends by itself (indexed: the scanner reads only what fell due). */
    @Column(name = "waiting_until")
    private Instant waitingUntil;

    /**
     * When the RESOLUTION clock is due now; null while none runs (before queueing, once resolved,
     * closed or merged). Kept by the deadline clocks; the resident reads it as "expected by".
     */
    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    /** The resolution's due time lies beyond its calendar's horizon: it may move when the year is confirmed. */
    @Column(name = "resolution_due_provisional", nullable = false)
    private boolean resolutionDueProvisional;

    /**
     * The case a dispatcher split this one from (its tracking number is that case's with -1, -2, …);
     * null for a case placed whole. Travels in every case.status-changed so intake can show the
     * resident, who holds only the original's tracking number, where each part went.
     */
    @Column(name = "split_from", length = 36, updatable = false)
    private String splitFrom;

    /** How often departments sent the case back: the raw material of the buck-passing 推诿 count. */
    @Column(name = "return_count", nullable = false)
    private int returnCount;

    @Version
    private long version;

    protected GrievanceCase() {
    }

    /** The facts a case arrives with from routing. */
    public record Arrival(String caseId, String trackingNumber, String department, String kind, String category,
            String title, String description, String address, String district, Contact contact, String priority,
            Long routingRuleId, String routingReason, Instant submittedAt, String traceId, String splitFrom) {
    }

    public static GrievanceCase queue(Arrival arrival, Instant now) {
        GrievanceCase aCase = new GrievanceCase();
        aCase.id = arrival.caseId();
        aCase.trackingNumber = arrival.trackingNumber();
        aCase.department = arrival.department();
        aCase.kind = arrival.kind();
        aCase.category = arrival.category();
        aCase.title = arrival.title();
        aCase.description = arrival.description();
        aCase.address = arrival.address();
        aCase.district = arrival.district();
        aCase.contact = arrival.contact();
        aCase.priority = arrival.priority();
        aCase.routingRuleId = arrival.routingRuleId();
        aCase.routingReason = arrival.routingReason();
        aCase.submittedAt = arrival.submittedAt();
        aCase.traceId = arrival.traceId();
        aCase.splitFrom = arrival.splitFrom();
        aCase.queuedAt = now;
        aCase.status = CaseStatus.QUEUED;
        aCase.statusSequence = 1;
        return aCase;
    }

    /** 认领: a handler of the department takes the case from the queue. */
    public CaseTransition claim(String byHandler, Instant now) {
        CaseStatus from = moveTo(CaseStatus.CLAIMED);
        this.handler = byHandler;
        this.claimedAt = now;
        return CaseTransition.of(this, from, byHandler, null, now);
    }

    /** Resolves with the plain outcome "resolved"; see {@link #resolve(String, CaseOutcome, String, String, String, Instant)}. */
    public CaseTransition resolve(String byHandler, String note, Instant now) {
        return resolve(byHandler, CaseOutcome.RESOLVED, note, null, null, now);
    }

    /**
     * Only the handler holding the case resolves it, never without a note the resident can read,
     * and with an honest outcome: one that could not be resolved says why and where else to go.
     */
    public CaseTransition resolve(String byHandler, CaseOutcome outcome, String note, String reason, String whereElse,
            Instant now) {
        List<Problem.FieldViolation> missing = new ArrayList<>();
        if (outcome == null || outcome == CaseOutcome.DUPLICATE) {
            missing.add(new Problem.FieldViolation("outcome",
                    "must be RESOLVED, PARTLY_RESOLVED, NOT_RESOLVABLE or NOT_OUR_REMIT (a duplicate is merged instead)"));
        } else {
            if (outcome.needsReason() && isBlank(reason)) {
                missing.add(new Problem.FieldViolation("reason", "is required when the outcome is " + outcome));
            }
            if (outcome.needsWhereElse() && isBlank(whereElse)) {
                missing.add(new Problem.FieldViolation("whereElse", "is required when the outcome is " + outcome));
            }
        }
        if (isBlank(note)) {
            missing.add(new Problem.FieldViolation("note", "must not be blank"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(Problem.invalid(missing));
        }
        requireAllowed(CaseStatus.RESOLVED);
        requireHolder(byHandler);
        CaseStatus from = moveTo(CaseStatus.RESOLVED);
        this.resolutionNote = note;
        this.resolvedAt = now;
        this.resolutionRound = statusSequence;
        this.outcome = outcome;
        this.outcomeReason = blankToNull(reason);
        this.whereElse = blankToNull(whereElse);
        return CaseTransition.of(this, from, byHandler, outcome + ": " + note, now);
    }

    /**
     * The holder starts investigating (from claimed or reopened) or carries on after waiting for the
     * resident: both are the one transition to IN_PROGRESS, and the clocks run again.
     */
    public CaseTransition proceed(String byHandler, String detail, Instant now) {
        requireAllowed(CaseStatus.IN_PROGRESS);
        requireHolder(byHandler);
        CaseStatus from = moveTo(CaseStatus.IN_PROGRESS);
        this.waitingUntil = null;
        return CaseTransition.of(this, from, byHandler, detail, now);
    }

    /** The holder asks the resident a question; the case waits (its clocks paused) until {@code until} at the latest. */
    public CaseTransition waitForResident(String byHandler, String question, Instant until, Instant now) {
        if (isBlank(question)) {
            throw ProblemException.invalidField("question", "must not be blank");
        }
        requireAllowed(CaseStatus.WAITING_FOR_RESIDENT);
        requireHolder(byHandler);
        CaseStatus from = moveTo(CaseStatus.WAITING_FOR_RESIDENT);
        this.waitingUntil = until;
        return CaseTransition.of(this, from, byHandler, question, now);
    }

    /**
     * The wait ends without the handler: the resident added information, or the waiting limit passed.
     *
     * @return the transition, or empty when the case is not waiting (anymore)
     */
    public Optional<CaseTransition> waitEnded(String actor, String why, Instant now) {
        if (status != CaseStatus.WAITING_FOR_RESIDENT) {
            return Optional.empty();
        }
        CaseStatus from = moveTo(CaseStatus.IN_PROGRESS);
        this.waitingUntil = null;
        return Optional.of(CaseTransition.of(this, from, actor, why, now));
    }

    /**
     * 退单: the case is not this department's. A queued case may be sent back by any of the
     * department's staff; once held, by its holder or a supervisor of the department.
     */
    public CaseTransition returnToRouting(String by, boolean supervisor, String reason, Instant now) {
        if (isBlank(reason)) {
            throw ProblemException.invalidField("reason", "must not be blank");
        }
        requireAllowed(CaseStatus.RETURNED);
        requireHolderOrSupervisor(by, supervisor);
        CaseStatus from = moveTo(CaseStatus.RETURNED);
        this.handler = null;
        this.returnCount++;
        return CaseTransition.of(this, from, by, reason, now);
    }

    /** Routing placed a returned case again (perhaps on another department): it waits in that queue afresh. */
    public Optional<CaseTransition> requeue(Arrival placement, String actor, Instant now) {
        if (status != CaseStatus.RETURNED) {
            return Optional.empty();
        }
        CaseStatus from = moveTo(CaseStatus.QUEUED);
        this.department = placement.department();
        this.routingRuleId = placement.routingRuleId();
        this.routingReason = placement.routingReason();
        this.priority = placement.priority();
        this.handler = null;
        this.claimedAt = null;
        this.queuedAt = now;
        return Optional.of(CaseTransition.of(this, from, actor, placement.routingReason(), now));
    }

    /**
     * A duplicate of {@code original}, another live case of the same department, which carries on in
     * its place. Who may merge follows the rule for returning.
     */
    public CaseTransition mergeInto(GrievanceCase original, String by, boolean supervisor, Instant now) {
        if (original.id.equals(id)) {
            throw ProblemException.invalidField("into", "must be another case, not this one");
        }
        if (!original.department.equals(department)) {
            throw ProblemException.invalidField("into", "must be a case of the same department");
        }
        if (original.status == CaseStatus.MERGED) {
            throw ProblemException.invalidField("into", "was itself merged; merge into the case it was merged into");
        }
        requireAllowed(CaseStatus.MERGED);
        requireHolderOrSupervisor(by, supervisor);
        CaseStatus from = moveTo(CaseStatus.MERGED);
        this.outcome = CaseOutcome.DUPLICATE;
        this.mergedInto = original.id;
        this.closedAt = now;
        return CaseTransition.of(this, from, by, "duplicate of " + original.trackingNumber, now);
    }

    /**
     * A note the resident will read, outside any change of status: it takes the next position in the
     * sequence residents' copies are ordered by, so intake keeps it. Only while a handler holds the
     * case: a note after the resolution would shift the position the resident's rating refers to.
     */
    public int noteForResident(String by, boolean supervisor) {
        if (!status.isHeld()) {
            throw new ProblemException("not-open-for-notes", "The resident cannot be written to in this state", 409,
                    "Notes for the resident are written while the case is being handled; this case is " + status + ".");
        }
        requireHolderOrSupervisor(by, supervisor);
        return ++statusSequence;
    }

    /** The deadline clocks moved the resolution's due time (started, resumed, extended, ended: null). */
    public void resolutionDueAt(Instant dueAt, boolean provisional) {
        this.resolutionDueAt = dueAt;
        this.resolutionDueProvisional = dueAt != null && provisional;
    }

    /**
     * An approved extension (or a changed calendar) moved the resolution's due time, and the resident is told with the next
     * position of the case's public history, as with a note. A resolved case has no running
     * resolution clock, so this never shifts the position the resident's rating names.
     */
    public int resolutionDueMovedTo(Instant dueAt, boolean provisional) {
        if (status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED || status == CaseStatus.MERGED) {
            throw new ProblemException("case-not-open", "The case is not open", 409,
                    "The resolution time limit of a case that is " + status + " cannot move.");
        }
        this.resolutionDueAt = dueAt;
        this.resolutionDueProvisional = provisional;
        return ++statusSequence;
    }

    /**
     * The resident's rating of the current resolution: satisfied closes the case, dissatisfied sends
     * it back to the handler who resolved it. A rating of an earlier resolution changes nothing.
     *
     * @param resolutionRound the status position of the resolution the resident rated
     * @return the transition, or empty when the rating is not of the case's current resolution
     */
    public Optional<CaseTransition> rated(boolean satisfied, int resolutionRound, String comment, Instant now) {
        if (status != CaseStatus.RESOLVED || resolutionRound != statusSequence) {
            return Optional.empty();
        }
        CaseStatus from = moveTo(satisfied ? CaseStatus.CLOSED : CaseStatus.REOPENED);
        if (satisfied) {
            this.closedAt = now;
        } else {
            this.reopenCount++;
            // the next resolution brings its own outcome
            this.outcome = null;
            this.outcomeReason = null;
            this.whereElse = null;
        }
        return Optional.of(CaseTransition.of(this, from, Roles.RESIDENT, comment, now));
    }

    private void requireAllowed(CaseStatus target) {
        if (!status.canBecome(target)) {
            throw new IllegalTransitionException(status, target);
        }
    }

    private void requireHolder(String by) {
        if (status.isHeld() && !by.equals(handler)) {
            throw new ProblemException("not-case-holder", "Another handler holds this case", 409,
                    "Only the handler who holds the case may do this.");
        }
    }

    /** A queued case has no holder: any of the department's staff may act on it (the service checked the department). */
    private void requireHolderOrSupervisor(String by, boolean supervisor) {
        if (!supervisor) {
            requireHolder(by);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private CaseStatus moveTo(CaseStatus target) {
        requireAllowed(target);
        CaseStatus from = status;
        this.status = target;
        this.statusSequence++;
        return from;
    }

    public String getId() {
        return id;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getDepartment() {
        return department;
    }

    public String getKind() {
        return kind;
    }

    public String getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getAddress() {
        return address;
    }

    public String getDistrict() {
        return district;
    }

    public Contact getContact() {
        return contact;
    }

    public String getPriority() {
        return priority;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public int getStatusSequence() {
        return statusSequence;
    }

    public String getHandler() {
        return handler;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public Long getRoutingRuleId() {
        return routingRuleId;
    }

    public String getRoutingReason() {
        return routingReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getTraceId() {
        return traceId;
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public String getWhereElse() {
        return whereElse;
    }

    public String getSplitFrom() {
        return splitFrom;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    public Instant getWaitingUntil() {
        return waitingUntil;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public boolean isResolutionDueProvisional() {
        return resolutionDueProvisional;
    }

    /** The round the current resolution rates as, or null before any resolution. */
    public Integer getResolutionRound() {
        return resolutionRound;
    }

    public int getReturnCount() {
        return returnCount;
    }
}
