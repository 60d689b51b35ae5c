package org.civicgrievance.platform.idempotency;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IdempotentRequestRepository implements PanacheRepositoryBase<IdempotentRequest, IdempotentRequest.Key> {

    Optional<IdempotentRequest> find(String scope, String key) {
        return findByIdOptional(new IdempotentRequest.Key(scope, key));
    }

    /**
     * Takes the key for this request before its work starts. A concurrent request holding the same
     * key makes this insert wait on the unique index until that one commits, then fail, so the two
     * can never both do the work.
     */
    void claim(String scope, String key, String fingerprint, Instant now) {
        getEntityManager().createNativeQuery("""
                INSERT INTO idempotent_request (scope, idempotency_key, fingerprint, status, created_at)
                VALUES (:scope, :key, :fingerprint, 0, :now)""")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("fingerprint", fingerprint)
                .setParameter("now", now)
                .executeUpdate();
    }

    void complete(String scope, String key, String fingerprint, StoredResponse response, Instant now) {
        getEntityManager().merge(new IdempotentRequest(new IdempotentRequest.Key(scope, key), fingerprint, response, now));
    }

    void release(String scope, String key) {
        deleteById(new IdempotentRequest.Key(scope, key));
    }

    long deleteCreatedBefore(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
