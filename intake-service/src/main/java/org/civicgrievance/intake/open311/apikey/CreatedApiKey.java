package org.civicgrievance.intake.open311.apikey;

import java.time.Instant;

/** A new key, with the secret itself: the only time it is shown. Hand it to the client's operator. */
public record CreatedApiKey(String id, String name, String key, String keyHint, Instant createdAt) {
}
