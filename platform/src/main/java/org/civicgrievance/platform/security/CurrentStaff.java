package org.civicgrievance.platform.security;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.UnauthorizedException;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** The staff member behind the current request, from its verified bearer token. */
@RequestScoped
public class CurrentStaff {

    public static final String DEPARTMENT_CLAIM = "department";

    private final JsonWebToken token;

    public CurrentStaff(JsonWebToken token) {
        this.token = token;
    }

    /** @throws UnauthorizedException when the request carries no staff token */
    public StaffMember member() {
        if (token == null || token.getRawToken() == null || token.getName() == null) {
            throw new UnauthorizedException("a staff bearer token is needed");
        }
        String department = token.getClaim(DEPARTMENT_CLAIM);
        // the staff id is the user name (upn, else preferred_username), not the subject: Keycloak's
        // subject is a UUID, which would make audit trails unreadable
        return new StaffMember(token.getName(), token.getGroups(), department);
    }
}
