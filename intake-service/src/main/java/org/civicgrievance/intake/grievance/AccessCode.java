package org.civicgrievance.intake.grievance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret a resident gets once, with the tracking number, to look up their own case.
 *
 * <p>Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read over the
 * phone: about 49 bits of entropy. Only a SHA-256 hash salted with the case id is stored; at this
 * entropy a slow hash buys nothing, while guessing is stopped by rate limits on look-ups.
 */
public final class AccessCode {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCode() {
    }

    public static String generate() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    public static String hash(String caseId, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((caseId + ':' + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Constant-time comparison, so response timing does not leak how much of a guess was right. */
    public static boolean matches(String caseId, String candidate, String storedHash) {
        if (candidate == null || candidate.isBlank()) {
            return false;
        }
        String normalised = candidate.strip().toUpperCase(java.util.Locale.ROOT);
        return MessageDigest.isEqual(
                hash(caseId, normalised).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
