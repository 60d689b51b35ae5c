package org.civicgrievance.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the local identity provider; each can also be set through its environment variable. */
@ConfigMapping(prefix = "grievance.identity")
public interface IdentityConfig {

    /**
     * The {@code iss} claim, and the base of the discovery document's URLs: the address under
     * which the services reach this provider ({@code GRIEVANCE_IDENTITY_ISSUER}). The services'
     * {@code GRIEVANCE_JWT_ISSUER} must be exactly this string.
     */
    @WithDefault("http://127.0.0.1:8084")
    String issuer();

    /** The {@code aud} claim the services require. */
    @WithDefault("civic-grievance")
    String audience();

    /** How long an access token is valid; there are no refresh tokens, so staff sign in again after it. */
    @WithDefault("PT15M")
    Duration tokenLifetime();

    /**
     * A PKCS#8 PEM file holding the RSA private key to sign with
     * ({@code GRIEVANCE_IDENTITY_SIGNING_KEY_LOCATION}). Without it a key is generated at each
     * start, and tokens issued before a restart stop verifying.
     */
    Optional<Path> signingKeyLocation();

    Throttle throttle();

    /** Guessing passwords: so many failed sign-ins for one username within the window lock it until the window passes. */
    interface Throttle {

        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration window();
    }
}
