package org.civicgrievance.platform.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;

/**
 * Security headers on every response under {@code /staff}: pages are never cached (they show
 * residents' cases and a CSRF token), never framed, never sniffed into another type, load nothing
 * but this service's own files, and do not leak their URL to other sites.
 *
 * <p>Set when the headers are written, so they hold whatever produced the response (a page, a
 * redirect, an error, the style sheet).
 */
@ApplicationScoped
public class StaffPageHeaders {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";
    private static final String ASSETS = StaffPages.ROOT + "/assets/";

    void install(@Observes Router router) {
        router.routeWithRegex(StaffPages.ROOT + "(/.*)?").order(-1).handler(context -> {
            boolean asset = context.normalizedPath().startsWith(ASSETS);
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                if (!asset) {
                    headers.set("Cache-Control", "no-store");
                }
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                headers.set("Referrer-Policy", "same-origin");
                headers.set("X-Frame-Options", "DENY");
            });
            context.next();
        });
    }
}
