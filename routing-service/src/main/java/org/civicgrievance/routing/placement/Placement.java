package org.civicgrievance.routing.placement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicgrievance.routing.priority.Priority;
import org.civicgrievance.routing.rule.RoutingDecision;

/** One placement of a case on a department; the history of a case is its placements in order. */
@Entity
@Table(name = "placement")
public class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(name = "tracking_number", length = 20, nullable = false, updatable = false)
    private String trackingNumber;

    @Column(name = "department_code", length = 64, nullable = false, updatable = false)
    private String departmentCode;

    @Column(name = "rule_id", updatable = false)
    private Long ruleId;

    @Column(name = "rule_version", updatable = false)
    private Integer ruleVersion;

    @Column(length = 500, nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false, updatable = false)
    private Priority priority;

    @Column(name = "placed_by", length = 100, nullable = false, updatable = false)
    private String placedBy;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    /** The case this one is a part of, when a dispatcher split that case between departments. */
    @Column(name = "split_from", length = 36, updatable = false)
    private String splitFrom;

    protected Placement() {
    }

    Placement(String caseId, String trackingNumber, RoutingDecision decision, Priority priority, String placedBy,
            Instant placedAt) {
        this.caseId = caseId;
        this.trackingNumber = trackingNumber;
        this.departmentCode = decision.departmentCode();
        this.ruleId = decision.ruleId();
        this.ruleVersion = decision.ruleVersion();
        this.reason = decision.reason(); // at most RoutingDecision.MAX_REASON, the column's size
        this.priority = priority;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    public Long getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public Integer getRuleVersion() {
        return ruleVersion;
    }

    public String getReason() {
        return reason;
    }

    Placement splitFrom(String parentCaseId) {
        this.splitFrom = parentCaseId;
        return this;
    }

    public String getSplitFrom() {
        return splitFrom;
    }

    public Priority getPriority() {
        return priority;
    }

    /** routing-service for a placement by rule, else the dispatcher's staff id. */
    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}
