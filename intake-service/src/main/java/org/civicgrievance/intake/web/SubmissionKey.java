package org.civicgrievance.intake.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The hidden one-time key of the case form: made when the details page is rendered and kept while
 * the resident corrects it, so that a double click or a re-posted receipt makes one case. It is the
 * web form's {@code Idempotency-Key}, in the public key space like the API's anonymous callers.
 * Unguessable (128 random bits), so nobody can replay someone else's receipt by guessing keys.
 */
final class SubmissionKey {

    static final String FIELD = "submissionKey";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SubmissionKey() {
    }

    static String fresh() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * What a post asks for: every field as sent except the key, in a fixed order. The same form
     * posted twice is the same submission; any change to what was typed is another one.
     */
    static String fingerprint(String path, MultivaluedMap<String, String> form) {
        MessageDigest digest = sha256();
        add(digest, "POST " + path);
        Map<String, List<String>> fields = new TreeMap<>(form);
        fields.remove(FIELD);
        fields.forEach((name, values) -> {
            add(digest, name);
            add(digest, String.valueOf(values == null ? 0 : values.size()));
            if (values != null) {
                values.forEach(value -> add(digest, String.valueOf(value)));
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0); // separator: ("ab","c") and ("a","bc") differ
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
