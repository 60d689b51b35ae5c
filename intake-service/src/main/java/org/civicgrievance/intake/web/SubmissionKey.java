package org.civicgrievance.intake.web;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.MultivaluedMap;

import org.civicgrievance.platform.idempotency.RequestFingerprint;

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
        List<String> parts = new ArrayList<>(List.of("POST", path));
        Map<String, List<String>> fields = new TreeMap<>(form);
        fields.remove(FIELD);
        fields.forEach((name, values) -> {
            List<String> given = values == null ? List.of() : values;
            parts.add(name);
            parts.add(String.valueOf(given.size())); // ("a", ["b","c"]) and ("a", ["b"]), ("c") differ
            given.forEach(value -> parts.add(String.valueOf(value)));
        });
        return RequestFingerprint.ofParts(parts);
    }
}
