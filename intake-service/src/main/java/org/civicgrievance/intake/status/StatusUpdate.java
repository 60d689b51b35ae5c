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

    @Column(length = 20, updatable = false)
    private String outcome;

    @Column(name = "outcome_text_zh", length = 200, updatable = false)
    private String outcomeTextZh;

    @Column(name = "outcome_text_en", length = 200, updatable = false)
    private String outcomeTextEn;

    @Column(name = "outcome_reason", length = 1000, updatable = false)
    private String outcomeReason;

    @Column(name = "where_else", length = 500, updatable = false)
    private String whereElse;

    @Column(name = "note_kind", length = 20, updatable = false)
    private String noteKind;

    @Column(name = "note_text", length = 2000, updatable = false)
    private String noteText;

    protected StatusUpdate() {
    }

    /**
     * The status the case has just entered, with the department responsible at that moment, and
     * what resolution told the resident with it (the outcome, a note or question).
     */
    static StatusUpdate enteredBy(Grievance grievance, CaseStatusChanged change) {
        StatusUpdate update = entered(grievance, change.changedAt());
        if (change.outcome() != null) {
            update.outcome = change.outcome();
            update.outcomeTextZh = change.outcomeText() == null ? change.outcome() : change.outcomeText().zh();
            update.outcomeTextEn = change.outcomeText() == null ? change.outcome() : change.outcomeText().en();
            update.outcomeReason = change.reason();
            update.whereElse = change.whereElse();
        }
        if (change.note() != null && change.note().text() != null && !change.note().text().isBlank()) {
            update.noteKind = change.note().kind();
            update.noteText = change.note().text();
        }
        return update;
    }

    /** The status the case has just entered with nothing said beside it (a split original's). */
    static StatusUpdate entered(Grievance grievance, Instant changedAt) {
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

    /** How the case ended, as of this update; empty while it is still being handled. */
    public java.util.Optional<ResidentOutcome> getOutcome() {
        return outcome == null ? java.util.Optional.empty()
                : java.util.Optional.of(new ResidentOutcome(outcome, new StatusText(outcomeTextZh, outcomeTextEn),
                        outcomeReason, whereElse));
    }

    /** What the department wrote to the resident with this update, if anything. */
    public java.util.Optional<ResidentNote> getNote() {
        return noteText == null ? java.util.Optional.empty()
                : java.util.Optional.of(new ResidentNote(noteKind, noteText, changedAt));
    }
}
