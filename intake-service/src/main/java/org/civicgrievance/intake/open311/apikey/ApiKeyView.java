package org.civicgrievance.intake.open311.apikey;

import java.time.Instant;

/** A key as administrators list it: never the key itself, which nobody can see again. */
public record ApiKeyView(String id, String name, String keyHint, Instant createdAt, String createdBy,
        Instant revokedAt, String revokedBy) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.getId(), key.getName(), key.getKeyHint(), key.getCreatedAt(), key.getCreatedBy(),
                key.getRevokedAt(), key.getRevokedBy());
    }
}
