package org.civicgrievance.identity.token;

import java.time.Duration;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refused token requests as RFC 6749 error bodies, never cached, with {@code Retry-After} when throttled. */
public class OAuthErrorMapper {

    @ServerExceptionMapper
    public Response refused(OAuthException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(e.error())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache");
        e.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, wholeSecondsAtLeastOne(wait)));
        return response.build();
    }

    /** Rounded up: a client that waits exactly this long is admitted. */
    static long wholeSecondsAtLeastOne(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
