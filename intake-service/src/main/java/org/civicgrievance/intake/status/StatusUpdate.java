package org.civicgrievance.intake.status;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicgrievance.intake.grievance.Grievance;
import org.civicgrievance.intake.grievance.StatusText;
import org.hibernate.annotations.Immutable;

/**
 * One status a case entered, as the residents' read model applied it: the case's public history,
 * which Open311 clients follow. Written once, in the transaction that applied the change.
 */
@Entity
@Immutable
@Table(name = "status_update")
public class StatusUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "grievance_id", length = 36, nullable = false, updatable = false)
    private String grievanceId;

    @Column(name = "status_sequence", nullable = false, updatable = false)
    private int sequence;

    @Column(length = 32, nullable = false, updatable = false)
    private String status;

    @Column(name = "status_text_zh", length = 200, nullable = false, updatable = false)
    private String statusTextZh;

    @Column(name = "status_text_en", length = 200, nullable = false, updatable = false)
    private String statusTextEn;

    @Column(length = 64, updatable = false)
    private String department;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected StatusUpdate() {
    }

    /** The status the case has just entered, with the department responsible at that moment. */
    static StatusUpdate enteredBy(Grievance grievance, Instant changedAt) {
        StatusUpdate update = new StatusUpdate();
        update.grievanceId = grievance.getId();
        update.sequence = grievance.getStatusSequence();
        update.status = grievance.getStatus();
        update.statusTextZh = grievance.getStatusText().zh();
        update.statusTextEn = grievance.getStatusText().en();
        update.department = grievance.getDepartment();
        update.changedAt = changedAt;
        return update;
    }

    public Long getId() {
        return id;
    }

    public String getGrievanceId() {
        return grievanceId;
    }

    public int getSequence() {
        return sequence;
    }

    public String getStatus() {
        return status;
    }

    public StatusText getStatusText() {
        return new StatusText(statusTextZh, statusTextEn);
    }

    public String getDepartment() {
        return department;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
