package org.civicgrievance.intake.open311.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A key an Open311 client presents as {@code api_key} to submit requests. Only its SHA-256 hash is
 * stored: the key is shown once, when it is created. Keys are revoked, never deleted, so the audit
 * trail can always say which client a key belonged to.
 */
@Entity
@Table(name = "open311_api_key")
public class ApiKey {

    /** 32 random bytes: 256 bits, far beyond guessing, so a plain (unsalted, fast) hash is enough. */
    private static final int KEY_BYTES = 32;
    private static final String PREFIX = "o311_";
    private static final int HINT_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(length = 36)
    private String id;

    @Column(length = 100, nullable = false, updatable = false)
    private String name;

    @Column(name = "key_hash", length = 64, nullable = false, unique = true, updatable = false)
    private String keyHash;

    @Column(name = "key_hint", length = 8, nullable = false, updatable = false)
    private String keyHint;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 64, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    protected ApiKey() {
    }

    ApiKey(String id, String name, String secret, Instant createdAt, String createdBy) {
        this.id = id;
        this.name = name;
        this.keyHash = hash(secret);
        this.keyHint = hint(secret);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A new random key, e.g. {@code o311_Xq3…}: URL-safe, so it needs no encoding in a form or query. */
    static String generateSecret() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The key's last characters, enough to tell keys apart in a list and useless for guessing. */
    static String hint(String secret) {
        return "…" + secret.substring(Math.max(0, secret.length() - HINT_LENGTH));
    }

    /** @return whether this call revoked it (false when it was revoked already) */
    boolean revoke(String by, Instant now) {
        if (isRevoked()) {
            return false;
        }
        this.revokedAt = now;
        this.revokedBy = by;
        return true;
    }

    String keyHash() {
        return keyHash;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKeyHint() {
        return keyHint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
