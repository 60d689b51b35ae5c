package org.civicgrievance.platform.idempotency;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Does a piece of work once per key, for the {@code Idempotency-Key} header ({@link IdempotencyInterceptor})
 * and for keys that travel otherwise, such as a hidden field of an HTML form. The key is taken in the
 * same transaction as the work, so a crash either loses both or keeps both; a concurrent request with
 * the same key waits on the key's unique index and then gets the first answer. Work whose answer is
 * not kept (a failure) releases the key, so a corrected retry may reuse it.
 */
@ApplicationScoped
public class OncePerKey {

    /** The key space shared by everyone not signed in (residents, the web form). */
    public static final String PUBLIC_SCOPE = "public";
    private static final Pattern WELL_FORMED_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final String KEPT_TYPE = "application/json";

    private final IdempotentRequestRepository requests;
    private final Clock clock;

    public OncePerKey(IdempotentRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    public static boolean wellFormed(String key) {
        return key != null && WELL_FORMED_KEY.matcher(key).matches();
    }

    /** The key came back with a different request than the one it was first used for. */
    public static class KeyReusedException extends RuntimeException {
        KeyReusedException() {
            super("idempotency key used for a different request", null, false, false);
        }
    }

    /**
     * The result of {@code work}, or, when this key already did its work for the same request, the
     * first answer again.
     *
     * @param fingerprint what the request asks for; the same key with another one is {@link KeyReusedException}
     * @param kept        what to keep of a result to answer retries with, or null to keep nothing (a failure)
     * @param replayed    a result from what was kept
     */
    public <T> T once(String scope, String key, String fingerprint, Callable<T> work, Function<T, String> kept,
            Function<String, T> replayed) throws Exception {
        return onceStored(scope, key, fingerprint, work,
                result -> Optional.ofNullable(kept.apply(result)).map(body -> new StoredResponse(200, null, KEPT_TYPE, body)),
                stored -> replayed.apply(stored.body()));
    }

    /** {@link #once} for answers kept as they were sent, such as an HTTP response. */
    <T> T onceStored(String scope, String key, String fingerprint, Callable<T> work, Function<T, Optional<StoredResponse>> kept,
            Function<StoredResponse, T> replayed) throws Exception {
        Optional<StoredResponse> earlier = earlier(scope, key, fingerprint);
        if (earlier.isPresent()) {
            return replayed.apply(earlier.get());
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> firstTime(scope, key, fingerprint, work, kept));
        } catch (PersistenceException e) {
            // a concurrent request with this key committed first: it did the work, answer as it did
            return earlier(scope, key, fingerprint).map(replayed).orElseThrow(() -> e);
        }
    }

    private <T> T firstTime(String scope, String key, String fingerprint, Callable<T> work,
            Function<T, Optional<StoredResponse>> kept) throws Exception {
        requests.claim(scope, key, fingerprint, clock.instant());
        T result = work.call();
        Optional<StoredResponse> stored = kept.apply(result);
        if (stored.isPresent()) {
            requests.complete(scope, key, fingerprint, stored.get(), clock.instant());
        } else {
            requests.release(scope, key);
        }
        return result;
    }

    private Optional<StoredResponse> earlier(String scope, String key, String fingerprint) {
        return QuarkusTransaction.requiringNew().call(() -> requests.find(scope, key)).map(earlier -> {
            if (!earlier.matches(fingerprint)) {
                throw new KeyReusedException();
            }
            Log.debugf("Replaying the answer to idempotency key %s", key);
            return earlier.response();
        });
    }
}
