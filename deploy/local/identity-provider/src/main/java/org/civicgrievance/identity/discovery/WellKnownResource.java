package org.civicgrievance.identity.discovery;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.identity.IdentityConfig;
import org.civicgrievance.identity.signing.SigningKey;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/.well-known")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discovery", description = "Where to get tokens and the keys that verify them")
public class WellKnownResource {

    private final IdentityConfig config;
    private final SigningKey key;

    public WellKnownResource(IdentityConfig config, SigningKey key) {
        this.config = config;
        this.key = key;
    }

    @GET
    @Path("/openid-configuration")
    @Operation(summary = "OpenID Connect discovery document")
    public OpenIdConfiguration openIdConfiguration() {
        return OpenIdConfiguration.of(config.issuer(), SigningKey.ALGORITHM);
    }

    /** What the services' {@code GRIEVANCE_JWT_KEYS_URL} points at. */
    @GET
    @Path("/jwks.json")
    @Operation(summary = "The public signing key as a JWK set")
    public String jwks() {
        return key.publicJwkSet();
    }
}
