package org.civicgrievance.intake.grievance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An address reduced to what makes it the same place for the duplicate search: full-width and
 * half-width forms alike (NFKC), case, spaces and punctuation ignored, so "幸福路12号" and
 * "幸福路 １２ 号。" meet. Hashed to a fixed 16 hex digits, so the index stays small whatever residents
 * type.
 */
final class AddressKey {

    private static final Pattern IGNORED = Pattern.compile("[\\p{Z}\\p{P}\\p{S}\\s]+");
    private static final int LENGTH = 16;

    private AddressKey() {
    }

    /** The key, or null for an address with nothing but spaces and punctuation (no place to match). */
    static String of(String address) {
        if (address == null) {
            return null;
        }
        String normalised = IGNORED.matcher(Normalizer.normalize(address, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll("");
        if (normalised.isEmpty()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
