package org.civicgrievance.platform.idempotency;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

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

    private final OncePerKey oncePerKey;
    private final CurrentVertxRequest http;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public IdempotencyInterceptor(OncePerKey once, CurrentVertxRequest http, SecurityIdentity identity,
            ObjectMapper json) {
        this.oncePerKey = once;
        this.http = http;
        this.identity = identity;
        this.json = json;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        RoutingContext request = http.getCurrent();
        String key = request.request().getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!OncePerKey.wellFormed(key)) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 128 printable ASCII characters, such as a UUID");
        }
        String scope = identity.isAnonymous() ? OncePerKey.PUBLIC_SCOPE : identity.getPrincipal().getName();
        String fingerprint = RequestFingerprint.of(json, request.request().method().name(), request.request().path(),
                invocation.getParameters());
        try {
            return oncePerKey.onceStored(scope, key, fingerprint, () -> responseOf(invocation), this::storedIfSuccessful,
                    StoredResponse::replay);
        } catch (OncePerKey.KeyReusedException reused) {
            throw new ProblemException(new Problem("idempotency-key-reused", "Idempotency key already used", 422,
                    "This Idempotency-Key was used for a different request; use a new key for a new request.",
                    List.of(new Problem.FieldViolation(HEADER, "was used for a different request")),
                    Map.of()));
        }
    }

    private static Response responseOf(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        if (!(result instanceof Response response)) {
            throw new IllegalStateException("@Idempotent methods return a Response: " + invocation.getMethod());
        }
        return response;
    }

    /** Successes are kept to be replayed; failures keep nothing, so a corrected retry may reuse the key. */
    private Optional<StoredResponse> storedIfSuccessful(Response response) {
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            return Optional.empty();
        }
        try {
            return Optional.of(stored(response));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the answer to replay it", e);
        }
    }

    private StoredResponse stored(Response response) throws JsonProcessingException {
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        String contentType = response.getMediaType() == null ? "application/json" : response.getMediaType().toString();
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        return new StoredResponse(response.getStatus(), location == null ? null : location.toString(), contentType, body);
    }
}
