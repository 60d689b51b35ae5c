package org.civicgrievance.resolution.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Information a resident added after submitting, as the department reads it. */
@Entity
@Table(name = "case_supplement")
public class CaseSupplement {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(length = 2000, nullable = false, updatable = false)
    private String text;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected CaseSupplement() {
    }

    CaseSupplement(String id, String caseId, String text, Instant addedAt) {
        this.id = id;
        this.caseId = caseId;
        this.text = text;
        this.addedAt = addedAt;
    }

    public String getText() {
        return text;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
