package org.civicgrievance.identity.throttle;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FailedSignInRepository implements PanacheRepositoryBase<FailedSignIn, Long> {

    public List<Instant> attemptTimesSince(String username, Instant since) {
        return find("username = ?1 and attemptedAt > ?2", username, since).stream()
                .map(FailedSignIn::getAttemptedAt)
                .toList();
    }

    public long deleteFor(String username) {
        return delete("username", username);
    }

    public long deleteBefore(Instant cutoff) {
        return delete("attemptedAt <= ?1", cutoff);
    }
}
