package org.civicgrievance.routing.returns;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicgrievance.routing.rule.RoutingDecision;

/**
 * A department's return 退单 of a case: it ends one placement (one return per placement). When a
 * dispatcher later places the case back on the same department, the return is confirmed wrong:
 * the case was the department's own, and the return counts as buck-passing 推诿.
 */
@Entity
@Table(name = "case_return")
public class CaseReturn {

    /** The reason column's size; a longer reason is kept cut, marked with an ellipsis. */
    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(name = "tracking_number", length = 20, nullable = false, updatable = false)
    private String trackingNumber;

    /** The placement this return ended. */
    @Column(name = "placement_id", nullable = false, updatable = false)
    private Long placementId;

    @Column(name = "department_code", length = 64, nullable = false, updatable = false)
    private String departmentCode;

    @Column(length = MAX_REASON, nullable = false, updatable = false)
    private String reason;

    /** The staff member of the department who returned it. */
    @Column(name = "returned_by", length = 100, nullable = false, updatable = false)
    private String returnedBy;

    @Column(name = "returned_at", nullable = false, updatable = false)
    private Instant returnedAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "confirmed_own_at")
    private Instant confirmedOwnAt;

    @Column(name = "confirmed_own_by", length = 100)
    private String confirmedOwnBy;

    protected CaseReturn() {
    }

    public CaseReturn(String caseId, String trackingNumber, long placementId, String departmentCode, String reason,
            String returnedBy, Instant returnedAt, Instant recordedAt) {
        this.caseId = caseId;
        this.trackingNumber = trackingNumber;
        this.placementId = placementId;
        this.departmentCode = departmentCode;
        this.reason = RoutingDecision.fit(reason, MAX_REASON);
        this.returnedBy = returnedBy;
        this.returnedAt = returnedAt;
        this.recordedAt = recordedAt;
    }

    /** A dispatcher placed the case back on the department that returned it: it was its own. Once. */
    public void confirmOwn(String dispatcher, Instant at) {
        if (confirmedOwnAt == null) {
            this.confirmedOwnAt = at;
            this.confirmedOwnBy = dispatcher;
        }
    }

    public boolean isConfirmedOwn() {
        return confirmedOwnAt != null;
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

    public Long getPlacementId() {
        return placementId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getReason() {
        return reason;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getConfirmedOwnAt() {
        return confirmedOwnAt;
    }

    public String getConfirmedOwnBy() {
        return confirmedOwnBy;
    }
}
