package org.civicgrievance.platform.problem;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body over the limit with 413 problem+json before any of it is read. Quarkus' own
 * check (a route at order -2) answers with an empty 413 and knows one limit for every path; this
 * one runs just before it, so clients get the same kind of error body as for every other refusal,
 * and upload paths (photos) may take more than the 1 MB everything else gets.
 *
 * <p>Quarkus' {@code max-body-size} is the hard ceiling (for uploads); {@code grievance.http.max-body-size}
 * is the limit elsewhere. Where the two differ, a body of undeclared length (chunked, or an HTTP/2
 * stream) outside the upload paths is refused with 411, since its size could only be learnt by reading it.
 */
@ApplicationScoped
public class OversizedBodyGuard {

    private static final int BEFORE_QUARKUS_LIMIT_CHECK = -3;
    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final Optional<MemorySize> ceiling;
    private final MemorySize limit;
    private final List<Pattern> uploadPaths;

    public OversizedBodyGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> ceiling,
            @ConfigProperty(name = "grievance.http.max-body-size", defaultValue = "1M") MemorySize limit,
            @ConfigProperty(name = "grievance.http.upload-paths") Optional<List<String>> uploadPaths) {
        this.ceiling = ceiling;
        this.limit = limit;
        this.uploadPaths = uploadPaths.orElse(List.of()).stream().map(Pattern::compile).toList();
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_LIMIT_CHECK).handler(this::check);
    }

    private void check(RoutingContext context) {
        boolean upload = uploadPaths.stream().anyMatch(path -> path.matcher(context.request().path()).matches());
        long max = upload ? ceiling.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE) : limit.asLongValue();
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && isOver(declared, max)) {
            refuse(context, Problem.of("body-too-large", "The request body is too large", 413,
                    "Send at most " + max / 1024 + " KiB."));
            return;
        }
        // chunked over HTTP/1.1, or a stream over HTTP/2: either way the size is unknown until read
        boolean unknownLength = declared == null && BODY_METHODS.contains(context.request().method());
        if (unknownLength && (upload || ceiling.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE) > max)) {
            refuse(context, Problem.of("length-required", "The request body must declare its length", 411,
                    "Send a Content-Length header; bodies of unknown length are not accepted here."));
            return;
        }
        context.next();
    }

    private static void refuse(RoutingContext context, Problem problem) {
        context.response().setStatusCode(problem.getStatus())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(problem));
    }

    private static boolean isOver(String declaredLength, long max) {
        try {
            return Long.parseLong(declaredLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // a malformed header is Vert.x's to refuse
        }
    }
}
