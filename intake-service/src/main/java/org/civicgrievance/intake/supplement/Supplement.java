package org.civicgrievance.intake.supplement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Information a resident adds to their case while it is open. */
@Entity
@Table(name = "grievance_supplement")
public class Supplement {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "grievance_id", length = 36, nullable = false, updatable = false)
    private String grievanceId;

    @Column(length = 2000, nullable = false, updatable = false)
    private String text;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected Supplement() {
    }

    Supplement(String id, String grievanceId, String text, Instant addedAt) {
        this.id = id;
        this.grievanceId = grievanceId;
        this.text = text;
        this.addedAt = addedAt;
    }

    public String getId() {
        return id;
    }

    public String getGrievanceId() {
        return grievanceId;
    }

    public String getText() {
        return text;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
