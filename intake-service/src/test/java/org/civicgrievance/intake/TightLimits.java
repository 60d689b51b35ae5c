package org.civicgrievance.intake;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Production-like rate limits that refill one request a minute, so counts hold however slowly a
 * test runs. One profile for every rate-limit test, so Quarkus starts once for all of them.
 */
public class TightLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "grievance.intake.rate-limit.look-up.per-minute", "1",
                "grievance.intake.rate-limit.look-up.burst", "20",
                "grievance.intake.rate-limit.submission.per-minute", "1",
                "grievance.intake.rate-limit.submission.burst", "3",
                "grievance.intake.rate-limit.answer.per-minute", "1",
                "grievance.intake.rate-limit.answer.burst", "3",
                "grievance.open311.submission-limit.per-minute", "1",
                "grievance.open311.submission-limit.burst", "2",
                "grievance.open311.query-limit.per-minute", "1",
                "grievance.open311.query-limit.burst", "5");
    }
}
