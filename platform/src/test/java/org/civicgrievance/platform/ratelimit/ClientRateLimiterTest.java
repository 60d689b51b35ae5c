package org.civicgrievance.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.civicgrievance.platform.ratelimit.ClientRateLimiter.RateLimit;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T01:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final ClientRateLimiter limiter = new ClientRateLimiter(clock);
    private final RateLimit sixAMinute = new RateLimit("look-up", 6, 3);

    @Test
    void aBurstPassesThenTheClientWaitsForTheRefill() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire(sixAMinute, "10.0.0.1");
        }
        RateLimitedException refused = assertThrows(RateLimitedException.class,
                () -> limiter.acquire(sixAMinute, "10.0.0.1"));
        assertEquals(10, refused.retryAfterSeconds(), "six a minute: one every ten seconds");
        assertEquals(429, refused.problem().getStatus());

        clock.advance(Duration.ofSeconds(9));
        assertThrows(RateLimitedException.class, () -> limiter.acquire(sixAMinute, "10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        limiter.acquire(sixAMinute, "10.0.0.1");
    }

    @Test
    void clientsAndPurposesHaveTheirOwnBuckets() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire(sixAMinute, "10.0.0.1");
        }
        limiter.acquire(sixAMinute, "10.0.0.2");
        limiter.acquire(new RateLimit("submission", 6, 3), "10.0.0.1");
    }

    @Test
    void idleBucketsAreDroppedOnlyWhenFull() {
        limiter.acquire(sixAMinute, "10.0.0.1");
        limiter.dropIdleBuckets();
        limiter.acquire(sixAMinute, "10.0.0.1");
        limiter.acquire(sixAMinute, "10.0.0.1");
        assertThrows(RateLimitedException.class, () -> limiter.acquire(sixAMinute, "10.0.0.1"),
                "a partly used bucket survives the clean-up");
        clock.advance(Duration.ofMinutes(1));
        limiter.dropIdleBuckets();
        limiter.acquire(sixAMinute, "10.0.0.1");
    }
}
