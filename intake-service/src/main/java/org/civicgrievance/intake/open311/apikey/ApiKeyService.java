package org.civicgrievance.intake.open311.apikey;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.audit.AuditEvents;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.StaffMember;

/** Issues, lists, revokes and checks Open311 API keys; every issue and revocation is audited. */
@ApplicationScoped
public class ApiKeyService {

    static final String CREATED = "OPEN311_KEY_CREATED";
    static final String REVOKED = "OPEN311_KEY_REVOKED";
    /** The actor of keys that configuration seeds at start-up. */
    private static final String SYSTEM = "system";

    private final ApiKeyRepository keys;
    private final AuditEvents audit;
    private final Clock clock;

    public ApiKeyService(ApiKeyRepository keys, AuditEvents audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CreatedApiKey create(String name, StaffMember admin) {
        String secret = ApiKey.generateSecret();
        ApiKey key = new ApiKey(UUID.randomUUID().toString(), name.strip(), secret, clock.instant(), admin.id());
        keys.persist(key);
        audit.recordAdministration(subject(key), admin.id(), admin.primaryRole(), CREATED, "name: " + key.getName());
        Log.infof("Open311 API key %s issued by %s", key.getId(), admin.id());
        return new CreatedApiKey(key.getId(), key.getName(), secret, key.getKeyHint(), key.getCreatedAt());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKeyView> list() {
        return keys.newestFirst().stream().map(ApiKeyView::of).toList();
    }

    /** Revoking a revoked key changes nothing and records nothing. */
    @Transactional
    public ApiKeyView revoke(String id, StaffMember admin) {
        ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Open311 API key " + id));
        if (key.revoke(admin.id(), clock.instant())) {
            audit.recordAdministration(subject(key), admin.id(), admin.primaryRole(), REVOKED, "name: " + key.getName());
            Log.infof("Open311 API key %s revoked by %s", key.getId(), admin.id());
        }
        return ApiKeyView.of(key);
    }

    /** The live (not revoked) key with this secret, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApiKey> live(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        // looked up by hash: the response time says nothing about how close a guess was
        return keys.findByHash(ApiKey.hash(secret.strip())).filter(key -> !key.isRevoked());
    }

    /** Inserts each configured key that does not exist yet; an administrator's revocation is never undone. */
    @Transactional
    public void seed(List<String> secrets) {
        for (String secret : secrets) {
            if (secret.isBlank()) {
                continue;
            }
            ApiKey key = new ApiKey(UUID.randomUUID().toString(), "seeded from configuration", secret.strip(),
                    clock.instant(), SYSTEM);
            if (keys.insertIfAbsent(key)) {
                audit.recordAdministration(subject(key), SYSTEM, SYSTEM, CREATED, "seeded from configuration");
                Log.infof("Open311 API key %s seeded from configuration", key.getId());
            } else {
                keys.findByHash(key.keyHash()).filter(ApiKey::isRevoked).ifPresent(revoked -> Log.warnf(
                        "Open311 API key %s from configuration was revoked and stays revoked", revoked.getId()));
            }
        }
    }

    private static String subject(ApiKey key) {
        return "open311-key:" + key.getId();
    }
}
