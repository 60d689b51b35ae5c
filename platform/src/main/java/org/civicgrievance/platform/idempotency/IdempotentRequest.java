package org.civicgrievance.platform.idempotency;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The first answer to a request made with an idempotency key, kept to be replayed to retries. */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {

    @EmbeddedId
    private Key id;

    @Column(name = "fingerprint", length = 64, nullable = false)
    private String fingerprint;

    @Column(name = "status", nullable = false)
    private int status;

    @Column(name = "location", length = 500)
    private String location;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "body", columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentRequest() {
    }

    IdempotentRequest(Key id, String fingerprint, StoredResponse response, Instant createdAt) {
        this.id = id;
        this.fingerprint = fingerprint;
        this.status = response.status();
        this.location = response.location();
        this.contentType = response.contentType();
        this.body = response.body();
        this.createdAt = createdAt;
    }

    boolean matches(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    StoredResponse response() {
        return new StoredResponse(status, location, contentType, body);
    }

    /** Keys are scoped to the caller: a staff member's own keys, or the shared public space. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "scope", length = 64, nullable = false)
        private String scope;

        @Column(name = "idempotency_key", length = 128, nullable = false)
        private String key;

        protected Key() {
        }

        Key(String scope, String key) {
            this.scope = scope;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && scope.equals(that.scope) && key.equals(that.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, key);
        }
    }
}
