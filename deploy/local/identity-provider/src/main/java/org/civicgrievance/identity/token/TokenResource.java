package org.civicgrievance.identity.token;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/token")
@Tag(name = "Token", description = "Staff sign in and receive a bearer token for the services")
public class TokenResource {

    private final PasswordGrantService grants;

    public TokenResource(PasswordGrantService grants) {
        this.grants = grants;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a staff username and password for an access token (grant_type=password)")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("username") String username,
            @FormParam("password") String password) {
        TokenResponse token = grants.grant(new TokenRequest(grantType, username, password));
        // RFC 6749 §5.1: a token response must not be stored by caches along the way
        return Response.ok(token)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }
}
