package org.civicgrievance.platform.problem;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared length exceeds the HTTP limit with 413 problem+json before any
 * of it is read. Quarkus' own check (a route at order -2) answers with an empty 413; this one runs
 * just before it so clients get the same kind of error body as for every other refusal.
 */
@ApplicationScoped
public class OversizedBodyGuard {

    private static final int BEFORE_QUARKUS_LIMIT_CHECK = -3;

    private final Optional<MemorySize> limit;

    public OversizedBodyGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.limit = limit;
    }

    void install(@Observes Router router) {
        limit.ifPresent(max -> router.route().order(BEFORE_QUARKUS_LIMIT_CHECK).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && isOver(declared, max.asLongValue())) {
                Problem problem = Problem.of("body-too-large", "The request body is too large", 413,
                        "Send at most " + max.asLongValue() / 1024 + " KiB.");
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Json.encode(problem));
                return;
            }
            context.next();
        }));
    }

    private static boolean isOver(String declaredLength, long max) {
        try {
            return Long.parseLong(declaredLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // a malformed header is Vert.x's to refuse
        }
    }
}
