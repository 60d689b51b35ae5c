package org.civicgrievance.platform.ratelimit;

import java.time.Duration;

import org.civicgrievance.platform.problem.ProblemException;

/** 429: the client sent too many requests of one kind; {@link #retryAfterSeconds()} says when to come back. */
public class RateLimitedException extends ProblemException {

    private final Duration retryAfter;

    public RateLimitedException(String limitName, Duration retryAfter) {
        super("rate-limited", "Too many requests", 429,
                "Too many %s requests from your address; try again in %d seconds."
                        .formatted(limitName, Math.max(1, retryAfter.toSeconds())));
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, as the Retry-After header wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
