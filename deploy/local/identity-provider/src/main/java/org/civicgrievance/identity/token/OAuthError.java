package org.civicgrievance.identity.token;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * RFC 6749 §5.2 error response. OAuth clients (Keycloak's included) read this shape rather than
 * problem+json, so the token endpoint answers in it, unlike the rest of the system.
 */
public record OAuthError(String error, @JsonProperty("error_description") String errorDescription) {
}
