package org.civicgrievance.resolution.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resident's rating of one resolution: the first of the two evaluations 一诺双评. */
@Entity
@Table(name = "resident_rating")
public class ResidentRating {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(name = "resolution_round", nullable = false, updatable = false)
    private int resolutionRound;

    @Column(length = 20, nullable = false, updatable = false)
    private String rating;

    @Column(length = 500, updatable = false)
    private String comment;

    @Column(name = "rated_at", nullable = false, updatable = false)
    private Instant ratedAt;

    protected ResidentRating() {
    }

    ResidentRating(String id, String caseId, int resolutionRound, String rating, String comment, Instant ratedAt) {
        this.id = id;
        this.caseId = caseId;
        this.resolutionRound = resolutionRound;
        this.rating = rating;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    public int getResolutionRound() {
        return resolutionRound;
    }

    public String getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
