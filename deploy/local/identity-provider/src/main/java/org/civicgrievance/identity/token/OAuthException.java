package org.civicgrievance.identity.token;

import java.time.Duration;
import java.util.Optional;

/** A refused token request, answered with an RFC 6749 error body (see {@link OAuthErrorMapper}). */
public class OAuthException extends RuntimeException {

    /** The one answer for an unknown username, a wrong password and a deactivated account. */
    static final String WRONG_CREDENTIALS = "The username or password is wrong.";

    private final int status;
    private final transient OAuthError error;
    private final transient Duration retryAfter;

    private OAuthException(int status, String error, String description, Duration retryAfter) {
        super(error + ": " + description);
        this.status = status;
        this.error = new OAuthError(error, description);
        this.retryAfter = retryAfter;
    }

    public static OAuthException invalidRequest(String description) {
        return new OAuthException(400, "invalid_request", description, null);
    }

    public static OAuthException unsupportedGrantType(String grantType) {
        return new OAuthException(400, "unsupported_grant_type",
                "Only grant_type=password is supported here, not " + abbreviate(grantType) + ".", null);
    }

    public static OAuthException invalidGrant() {
        return new OAuthException(400, "invalid_grant", WRONG_CREDENTIALS, null);
    }

    /**
     * Too many failed sign-ins for the username. Not an RFC 6749 code (it has none for this), so
     * clients that do not know it fall back on the 429 status and its {@code Retry-After}.
     */
    public static OAuthException tooManyAttempts(Duration retryAfter) {
        return new OAuthException(429, "too_many_attempts",
                "Too many failed sign-ins for this username; try again later.", retryAfter);
    }

    public int status() {
        return status;
    }

    public OAuthError error() {
        return error;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
