package org.civicgrievance.resolution.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A supervisor's stars for how one resolution was handled: the second of the two evaluations 一诺双评. */
@Entity
@Immutable
@Table(name = "supervisor_rating")
public class SupervisorRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(length = 64, nullable = false, updatable = false)
    private String department;

    @Column(length = 64, nullable = false, updatable = false)
    private String handler;

    @Column(name = "resolution_round", nullable = false, updatable = false)
    private int resolutionRound;

    @Column(nullable = false, updatable = false)
    private int stars;

    @Column(length = 500, updatable = false)
    private String comment;

    @Column(name = "rated_by", length = 64, nullable = false, updatable = false)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false, updatable = false)
    private Instant ratedAt;

    protected SupervisorRating() {
    }

    SupervisorRating(String caseId, String department, String handler, int resolutionRound, int stars, String comment,
            String ratedBy, Instant ratedAt) {
        this.caseId = caseId;
        this.department = department;
        this.handler = handler;
        this.resolutionRound = resolutionRound;
        this.stars = stars;
        this.comment = comment;
        this.ratedBy = ratedBy;
        this.ratedAt = ratedAt;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getDepartment() {
        return department;
    }

    public String getHandler() {
        return handler;
    }

    public int getResolutionRound() {
        return resolutionRound;
    }

    public int getStars() {
        return stars;
    }

    public String getComment() {
        return comment;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
