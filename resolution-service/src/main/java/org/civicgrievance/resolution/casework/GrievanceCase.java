package org.civicgrievance.resolution.casework;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    /** How often residents sent the case back: a measure of answers that did not answer. */
    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "trace_id", length = 32)
    private String traceId;

    @Version
    private long version;

    protected GrievanceCase() {
    }

    /** The facts a case arrives with from routing. */
    public record Arrival(String caseId, String trackingNumber, String department, String kind, String category,
            String title, String description, String address, String district, Contact contact, String priority,
            Long routingRuleId, String routingReason, Instant submittedAt, String traceId) {
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

    /** Only the handler holding the case resolves it, and never without a note the resident can read. */
    public CaseTransition resolve(String byHandler, String note, Instant now) {
        if ((status == CaseStatus.CLAIMED || status == CaseStatus.REOPENED) && !byHandler.equals(handler)) {
            throw new ProblemException("not-case-holder", "Another handler holds this case", 409,
                    "Only the handler who claimed the case may resolve it.");
        }
        CaseStatus from = moveTo(CaseStatus.RESOLVED);
        this.resolutionNote = note;
        this.resolvedAt = now;
        return CaseTransition.of(this, from, byHandler, note, now);
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
        }
        return Optional.of(CaseTransition.of(this, from, Roles.RESIDENT, comment, now));
    }

    private CaseStatus moveTo(CaseStatus target) {
        if (!status.canBecome(target)) {
            throw new IllegalTransitionException(status, target);
        }
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
}
