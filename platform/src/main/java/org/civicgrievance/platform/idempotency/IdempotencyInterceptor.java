package org.civicgrievance.platform.idempotency;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Carries out an {@link Idempotent} request once per {@code Idempotency-Key}
 * (draft-ietf-httpapi-idempotency-key-header). The key is taken in the same transaction as the
 * request's work, so a crash either loses both or keeps both: a retry after any failure finds
 * either nothing (and does the work) or the stored answer (and replays it). Failed requests keep
 * nothing, so a corrected retry may reuse its key.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern WELL_FORMED_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final String PUBLIC_SCOPE = "public";

    private final IdempotentRequestRepository requests;
    private final CurrentVertxRequest http;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotencyInterceptor(IdempotentRequestRepository requests, CurrentVertxRequest http, SecurityIdentity identity,
            ObjectMapper json, Clock clock) {
        this.requests = requests;
        this.http = http;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        RoutingContext request = http.getCurrent();
        String key = request.request().getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!WELL_FORMED_KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 128 printable ASCII characters, such as a UUID");
        }
        String scope = identity.isAnonymous() ? PUBLIC_SCOPE : identity.getPrincipal().getName();
        String fingerprint = RequestFingerprint.of(json, request.request().method().name(), request.request().path(),
                invocation.getParameters());

        Optional<Response> earlier = replay(scope, key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> firstTime(invocation, scope, key, fingerprint));
        } catch (PersistenceException e) {
            // a concurrent request with this key committed first: it did the work, answer as it did
            return replay(scope, key, fingerprint).orElseThrow(() -> e);
        }
    }

    private Object firstTime(InvocationContext invocation, String scope, String key, String fingerprint) throws Exception {
        requests.claim(scope, key, fingerprint, clock.instant());
        Object result = invocation.proceed();
        if (!(result instanceof Response response)) {
            throw new IllegalStateException("@Idempotent methods return a Response: " + invocation.getMethod());
        }
        if (response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
            requests.complete(scope, key, fingerprint, stored(response), clock.instant());
        } else {
            requests.release(scope, key);
        }
        return response;
    }

    private Optional<Response> replay(String scope, String key, String fingerprint) {
        return QuarkusTransaction.requiringNew().call(() -> requests.find(scope, key)).map(earlier -> {
            if (!earlier.matches(fingerprint)) {
                throw new ProblemException(new Problem("idempotency-key-reused", "Idempotency key already used", 422,
                        "This Idempotency-Key was used for a different request; use a new key for a new request.",
                        List.of(new Problem.FieldViolation(HEADER, "was used for a different request")),
                        Map.of()));
            }
            Log.debugf("Replaying the answer to idempotency key %s", key);
            return earlier.response().replay();
        });
    }

    private StoredResponse stored(Response response) throws JsonProcessingException {
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        String contentType = response.getMediaType() == null ? "application/json" : response.getMediaType().toString();
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        return new StoredResponse(response.getStatus(), location == null ? null : location.toString(), contentType, body);
    }
}
