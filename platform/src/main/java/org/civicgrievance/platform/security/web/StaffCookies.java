package org.civicgrievance.platform.security.web;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;

/**
 * The two cookies of the staff web pages, as {@code Set-Cookie} header values.
 *
 * <p>Both are HttpOnly (no script reads them) and SameSite=Strict (no other site's page makes the
 * browser send them). They are Secure when the request came over TLS, as Quarkus sees it (with
 * {@code quarkus.http.proxy.proxy-address-forwarding} on, that includes {@code X-Forwarded-Proto:
 * https}, given {@code quarkus.http.proxy.allow-x-forwarded}), or always when
 * {@code grievance.staff-web.secure-cookie} says so.
 */
@ApplicationScoped
public class StaffCookies {

    /** Holds the access token; smallrye-jwt reads it ({@code mp.jwt.token.cookie}). */
    public static final String SESSION = "grievance_staff";
    /** The sign-in form's double-submitted CSRF value, sent only to the sign-in path. */
    public static final String SIGN_IN = "grievance_sign_in";

    /** Long enough to type a password and look it up, short enough not to linger. */
    static final Duration SIGN_IN_FORM_LIFETIME = Duration.ofMinutes(30);

    private final StaffWebConfig config;

    public StaffCookies(StaffWebConfig config) {
        this.config = config;
    }

    /** The session cookie, living exactly as long as the access token it holds. */
    public String session(String accessToken, long maxAgeSeconds, HttpServerRequest request) {
        return encode(SESSION, accessToken, "/", maxAgeSeconds, request);
    }

    public String clearSession(HttpServerRequest request) {
        return encode(SESSION, "", "/", 0, request);
    }

    public String signInForm(String value, HttpServerRequest request) {
        return encode(SIGN_IN, value, SignInResource.PATH, SIGN_IN_FORM_LIFETIME.toSeconds(), request);
    }

    public String clearSignInForm(HttpServerRequest request) {
        return encode(SIGN_IN, "", SignInResource.PATH, 0, request);
    }

    /**
     * All values the request carries for cookie {@code name}. A browser may send several (another
     * path or a parent domain set one too); callers refuse that ambiguity rather than guess which
     * one smallrye-jwt will pick.
     */
    public static List<String> values(List<String> cookieHeaders, String name) {
        if (cookieHeaders == null) {
            return List.of();
        }
        return cookieHeaders.stream()
                .flatMap(header -> ServerCookieDecoder.LAX.decodeAll(header).stream())
                .filter(cookie -> cookie.name().equals(name))
                .map(io.netty.handler.codec.http.cookie.Cookie::value)
                .toList();
    }

    private String encode(String name, String value, String path, long maxAgeSeconds, HttpServerRequest request) {
        return Cookie.cookie(name, value)
                .setPath(path)
                .setMaxAge(maxAgeSeconds)
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT)
                .setSecure(isSecure(request))
                .encode();
    }

    private boolean isSecure(HttpServerRequest request) {
        return config.secureCookie() || request.isSSL() || "https".equalsIgnoreCase(request.scheme());
    }
}
