package org.civicgrievance.identity.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import org.civicgrievance.identity.IdentityConfig;

/**
 * Slows down password guessing: after too many failed sign-ins for one username within the
 * window, every attempt for it is refused, right password or not, until the window has passed.
 *
 * <p>Failures live in the database, so a restart does not reset them. An attempt is recorded as
 * failed <em>before</em> its password is checked and the record is cleared when it succeeds, so
 * guesses sent in parallel count while bcrypt is still busy with them and cannot all slip in
 * before the first one is counted.
 */
@ApplicationScoped
public class SignInThrottle {

    private final FailedSignInRepository failures;
    private final Clock clock;
    private final FailureWindow window;

    public SignInThrottle(FailedSignInRepository failures, Clock clock, IdentityConfig config) {
        this.failures = failures;
        this.clock = clock;
        this.window = new FailureWindow(config.throttle().maxFailures(), config.throttle().window());
    }

    /**
     * Admits an attempt and counts it as failed until {@link #succeeded(String)}, or refuses it.
     *
     * @return empty when admitted; otherwise how long until attempts for this username are admitted again
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> begin(String username) {
        String key = keyOf(username);
        Instant now = clock.instant();
        Optional<Duration> locked = window.lockRemaining(failures.attemptTimesSince(key, window.opensAfter(now)), now);
        if (locked.isEmpty()) {
            failures.persist(new FailedSignIn(key, now));
        }
        return locked;
    }

    /** The password was right: earlier failures no longer count against the username. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username) {
        failures.deleteFor(keyOf(username));
    }

    /** Failures that have left the window decide nothing any more; without this the table only grows. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        long purged = failures.deleteBefore(window.opensAfter(clock.instant()));
        if (purged > 0) {
            Log.infof("Purged %d expired failed sign-ins", purged);
        }
    }

    /** Usernames are case-insensitive, so their case cannot be varied to get more guesses. */
    private static String keyOf(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
