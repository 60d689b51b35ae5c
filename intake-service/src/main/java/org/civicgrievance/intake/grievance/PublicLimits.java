package org.civicgrievance.intake.grievance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.civicgrievance.platform.ratelimit.ClientRateLimiter.RateLimit;

/** How often one client may use the public endpoints: enough for a person, too few for guessing codes. */
@ConfigMapping(prefix = "grievance.intake.rate-limit")
public interface PublicLimits {

    Limit lookUp();

    Limit submission();

    /** Answers to opinion forms, and their respondents' turning an answer into a case. */
    Limit answer();

    interface Limit {

        @WithDefault("20")
        int perMinute();

        @WithDefault("20")
        int burst();
    }

    default RateLimit lookUpLimit() {
        return new RateLimit("look-up", lookUp().perMinute(), lookUp().burst());
    }

    default RateLimit submissionLimit() {
        return new RateLimit("submission", submission().perMinute(), submission().burst());
    }

    default RateLimit answerLimit() {
        return new RateLimit("answer", answer().perMinute(), answer().burst());
    }
}
