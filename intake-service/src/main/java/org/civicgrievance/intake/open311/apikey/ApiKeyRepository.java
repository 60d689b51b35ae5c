package org.civicgrievance.intake.open311.apikey;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, String> {

    public Optional<ApiKey> findByHash(String keyHash) {
        return find("keyHash", keyHash).firstResultOptional();
    }

    public List<ApiKey> newestFirst() {
        return list("order by createdAt desc, id");
    }

    /**
     * Inserts the key unless one with its hash exists, safely when several replicas start at once.
     *
     * @return whether it was inserted
     */
    boolean insertIfAbsent(ApiKey key) {
        return getEntityManager().createNativeQuery("""
                INSERT IGNORE INTO open311_api_key (id, name, key_hash, key_hint, created_at, created_by)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, key.getId())
                .setParameter(2, key.getName())
                .setParameter(3, key.keyHash())
                .setParameter(4, key.getKeyHint())
                .setParameter(5, key.getCreatedAt())
                .setParameter(6, key.getCreatedBy())
                .executeUpdate() == 1;
    }
}
