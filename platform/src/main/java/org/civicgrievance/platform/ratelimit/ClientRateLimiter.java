package org.civicgrievance.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Per-client token buckets, one family per purpose ("look-up", "submission"): a client may burst up
 * to the bucket's size and then continues at its refill rate. Refusals carry how long to wait.
 *
 * <p>State lives in this replica's memory, so with N replicas behind a load balancer a client gets
 * up to N times the limit; that still makes guessing a 49-bit access code hopeless. Idle buckets
 * are dropped every minute so memory follows active clients only.
 */
@ApplicationScoped
public class ClientRateLimiter {

    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ClientRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes one token for {@code client} under {@code limit}.
     *
     * @throws RateLimitedException when the client's bucket is empty
     */
    public void acquire(RateLimit limit, String client) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(limit.name() + '|' + client, key -> new Bucket(limit, now));
        long waitMillis = bucket.take(now);
        if (waitMillis > 0) {
            throw new RateLimitedException(limit.name(), Duration.ofMillis(waitMillis));
        }
    }

    @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dropIdleBuckets() {
        long now = clock.millis();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    /** A named limit: {@code perMinute} requests a minute on average, bursts of up to {@code burst}. */
    public record RateLimit(String name, int perMinute, int burst) {

        public RateLimit {
            if (perMinute < 1 || burst < 1) {
                throw new IllegalArgumentException("a rate limit needs a positive rate and burst: " + name);
            }
        }
    }

    private static final class Bucket {

        private final RateLimit limit;
        private double tokens;
        private long updatedAt;

        Bucket(RateLimit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.updatedAt = now;
        }

        /** @return 0 when a token was taken, otherwise the milliseconds until one is available */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60_000.0 / limit.perMinute());
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= limit.burst();
        }

        private void refill(long now) {
            tokens = Math.min(limit.burst(), tokens + (now - updatedAt) * limit.perMinute() / 60_000.0);
            updatedAt = now;
        }
    }
}
