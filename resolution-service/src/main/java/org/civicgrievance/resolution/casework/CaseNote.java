package org.civicgrievance.resolution.casework;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a handler wrote on a case: a note, the question that made the case wait, or the resolution.
 * Written once. Only notes visible to the resident ever leave resolution.
 */
@Entity
@Immutable
@Table(name = "case_note")
public class CaseNote {

    public enum Kind {
        NOTE, QUESTION, RESOLUTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20, nullable = false, updatable = false)
    private Kind kind;

    @Column(length = 2000, nullable = false, updatable = false)
    private String text;

    @Column(name = "visible_to_resident", nullable = false, updatable = false)
    private boolean visibleToResident;

    /** The position in the case's public history at which the resident was told; null for internal notes. */
    @Column(name = "status_sequence", updatable = false)
    private Integer statusSequence;

    @Column(length = 64, nullable = false, updatable = false)
    private String author;

    @Column(name = "author_role", length = 20, nullable = false, updatable = false)
    private String authorRole;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected CaseNote() {
    }

    private CaseNote(String caseId, Kind kind, String text, boolean visibleToResident, Integer statusSequence,
            String author, String authorRole, Instant writtenAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.text = text;
        this.visibleToResident = visibleToResident;
        this.statusSequence = statusSequence;
        this.author = author;
        this.authorRole = authorRole;
        this.writtenAt = writtenAt;
    }

    static CaseNote internal(String caseId, String text, String author, String authorRole, Instant writtenAt) {
        return new CaseNote(caseId, Kind.NOTE, text, false, null, author, authorRole, writtenAt);
    }

    /** A note, question or resolution the resident reads at position {@code statusSequence} of their case's history. */
    static CaseNote forResident(GrievanceCase aCase, Kind kind, String text, String author, String authorRole,
            Instant writtenAt) {
        return new CaseNote(aCase.getId(), kind, text, true, aCase.getStatusSequence(), author, authorRole, writtenAt);
    }

    public Long getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public boolean isVisibleToResident() {
        return visibleToResident;
    }

    public Integer getStatusSequence() {
        return statusSequence;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorRole() {
        return authorRole;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
