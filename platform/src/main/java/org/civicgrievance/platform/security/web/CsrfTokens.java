package org.civicgrievance.platform.security.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens of the staff web pages.
 *
 * <p>A signed-in session's token is derived from the session itself: HMAC-SHA256 keyed with the
 * access token in the HttpOnly session cookie. It needs no server state, so every replica (and
 * every service sharing the cookie) computes the same one, and nobody who cannot read the cookie
 * can compute it. Before sign-in there is no session, so the sign-in form uses a random value
 * submitted twice (cookie and hidden field).
 */
public final class CsrfTokens {

    /** The form field and the header that carry the token. */
    public static final String FIELD = "csrf_token";
    public static final String HEADER = "X-CSRF-Token";

    /** Binds the HMAC to this one use, so the value is no use as a MAC of anything else. */
    private static final byte[] PURPOSE = "civic-grievance staff-web csrf v1".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /** The token forms and scripts must send along with the session cookie holding {@code sessionToken}. */
    public static String forSession(String sessionToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return BASE64URL.encodeToString(mac.doFinal(PURPOSE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** 256 random bits, base64url: the sign-in form's double-submitted value. */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    /** Constant-time comparison, false when either is missing or empty. */
    public static boolean matches(String expected, String presented) {
        if (expected == null || presented == null || expected.isEmpty() || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
