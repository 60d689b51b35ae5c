package org.civicgrievance.platform.security.web;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Staff web sign-in; each setting also comes from its environment variable (GRIEVANCE_STAFF_WEB_TOKEN_URL, ...). */
@ConfigMapping(prefix = "grievance.staff-web")
public interface StaffWebConfig {

    /**
     * The identity provider's token endpoint, called server-side with the password grant. Locally
     * the identity provider's {@code /token}; for Keycloak
     * {@code <issuer>/protocol/openid-connect/token}.
     */
    @WithDefault("${GRIEVANCE_JWT_ISSUER:http://127.0.0.1:8084}/token")
    URI tokenUrl();

    /** Sent as {@code client_id}; Keycloak needs it (a client with "direct access grants" on). */
    Optional<String> clientId();

    /**
     * Marks the session cookies Secure even when the request arrived over plain HTTP, as it does
     * behind a TLS-terminating proxy that Quarkus is not told about. True in the prod profile.
     */
    @WithDefault("false")
    boolean secureCookie();

    /**
     * Where resolution's case workbench is for staff (e.g. {@code https://grievance.example.gov.cn/staff/}),
     * linked from every staff page; none when absent. GRIEVANCE_STAFF_WEB_WORKBENCH_URL.
     */
    Optional<URI> workbenchUrl();

    /** Where routing's dispatch desk is, likewise. GRIEVANCE_STAFF_WEB_DESK_URL. */
    Optional<URI> deskUrl();

    /** How long a sign-in waits for the token endpoint before telling the user it is unavailable. */
    @WithDefault("PT10S")
    Duration tokenEndpointTimeout();
}
