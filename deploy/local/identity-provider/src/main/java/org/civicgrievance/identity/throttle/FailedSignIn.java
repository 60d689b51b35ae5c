package org.civicgrievance.identity.throttle;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One sign-in that failed, or has not succeeded yet, for a username as typed (lower-cased). */
@Entity
@Table(name = "failed_sign_in")
public class FailedSignIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 64, nullable = false, updatable = false)
    private String username;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    protected FailedSignIn() {
    }

    FailedSignIn(String username, Instant attemptedAt) {
        this.username = username;
        this.attemptedAt = attemptedAt;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }
}
