package org.civicgrievance.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicgrievance.identity.IdentityConfig;
import org.civicgrievance.identity.account.StaffAccount;
import org.civicgrievance.identity.signing.SigningKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Writes the access token the services accept: RS256 with the key's id in the header, and the
 * claims they read (subject, {@code groups} for roles, {@code department}), as Keycloak would
 * with the mappers in deploy/keycloak.
 */
@ApplicationScoped
public class AccessTokenIssuer {

    static final String GROUPS_CLAIM = "groups";
    static final String DEPARTMENT_CLAIM = "department";

    private final SigningKey key;
    private final IdentityConfig config;
    private final Clock clock;

    public AccessTokenIssuer(SigningKey key, IdentityConfig config, Clock clock) {
        this.key = key;
        this.config = config;
        this.clock = clock;
    }

    /** A signed compact JWS for the account, valid for {@link #lifetimeSeconds()} from now. */
    public IssuedToken issue(StaffAccount account) {
        Instant now = clock.instant();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(config.issuer());
        claims.setAudience(config.audience());
        claims.setSubject(account.getUsername());
        claims.setClaim("preferred_username", account.getUsername());
        claims.setClaim("name", account.getDisplayName());
        claims.setStringListClaim(GROUPS_CLAIM, new ArrayList<>(new TreeSet<>(account.getRoles())));
        if (account.getDepartment() != null) {
            claims.setClaim(DEPARTMENT_CLAIM, account.getDepartment());
        }
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.getEpochSecond() + lifetimeSeconds()));
        String tokenId = UUID.randomUUID().toString();
        claims.setJwtId(tokenId);

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setAlgorithmHeaderValue(SigningKey.ALGORITHM);
        jws.setHeader("typ", "JWT");
        try {
            return new IssuedToken(jws.getCompactSerialization(), tokenId);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }

    public long lifetimeSeconds() {
        return config.tokenLifetime().toSeconds();
    }

    /** @param tokenId the {@code jti}, which may be logged: unlike the token, it grants nothing */
    public record IssuedToken(String compact, String tokenId) {

        @Override
        public String toString() {
            return "IssuedToken[tokenId=" + tokenId + "]";
        }
    }
}
