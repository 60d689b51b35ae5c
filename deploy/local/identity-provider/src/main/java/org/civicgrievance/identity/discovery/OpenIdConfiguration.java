package org.civicgrievance.identity.discovery;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The OpenID Connect discovery document: where a client gets tokens and a service gets the keys
 * to verify them. Only what this provider actually does is announced.
 */
public record OpenIdConfiguration(
        String issuer,
        @JsonProperty("token_endpoint") String tokenEndpoint,
        @JsonProperty("jwks_uri") String jwksUri,
        @JsonProperty("grant_types_supported") List<String> grantTypesSupported,
        @JsonProperty("token_endpoint_auth_methods_supported") List<String> tokenEndpointAuthMethodsSupported,
        @JsonProperty("subject_types_supported") List<String> subjectTypesSupported,
        @JsonProperty("id_token_signing_alg_values_supported") List<String> idTokenSigningAlgValuesSupported,
        @JsonProperty("claims_supported") List<String> claimsSupported) {

    static final String TOKEN_PATH = "/token";
    static final String JWKS_PATH = "/.well-known/jwks.json";

    /** @param issuer the public base URL of this provider; every URL here is relative to it */
    public static OpenIdConfiguration of(String issuer, String signingAlgorithm) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return new OpenIdConfiguration(issuer, base + TOKEN_PATH, base + JWKS_PATH,
                List.of("password"),
                // public clients: the password grant here needs no client credentials
                List.of("none"),
                List.of("public"),
                List.of(signingAlgorithm),
                List.of("iss", "aud", "sub", "preferred_username", "name", "groups", "department", "iat", "exp", "jti"));
    }
}
