package org.civicgrievance.intake.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A resident's rating of one resolution of their case. */
@Entity
@Table(name = "grievance_evaluation")
public class Evaluation {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "grievance_id", length = 36, nullable = false, updatable = false)
    private String grievanceId;

    /** Which resolution is rated: a reopened and resolved-again case is rated again. */
    @Column(name = "resolution_round", nullable = false, updatable = false)
    private int resolutionRound;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20, nullable = false, updatable = false)
    private Rating rating;

    @Column(length = 500, updatable = false)
    private String comment;

    @Column(name = "evaluated_at", nullable = false, updatable = false)
    private Instant evaluatedAt;

    protected Evaluation() {
    }

    Evaluation(String id, String grievanceId, int resolutionRound, Rating rating, String comment, Instant evaluatedAt) {
        this.id = id;
        this.grievanceId = grievanceId;
        this.resolutionRound = resolutionRound;
        this.rating = rating;
        this.comment = comment;
        this.evaluatedAt = evaluatedAt;
    }

    public String getId() {
        return id;
    }

    public int getResolutionRound() {
        return resolutionRound;
    }

    public Rating getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }
}
