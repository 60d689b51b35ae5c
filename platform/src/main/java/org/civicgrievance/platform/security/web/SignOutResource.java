package org.civicgrievance.platform.security.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Ends the browser's session: the cookie is cleared. The access token itself stays valid until it
 * expires (tokens are not revoked), which is why the cookie never outlives it. The
 * {@link SessionCsrfFilter} makes sure another site cannot sign a member of staff out.
 */
@Path("/staff/sign-out")
@Tag(name = "Staff web")
public class SignOutResource {

    private final StaffCookies cookies;

    public SignOutResource(StaffCookies cookies) {
        this.cookies = cookies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign out: clears the session cookie and redirects (303) to the sign-in form")
    public Response signOut(@FormParam(PageLanguage.PARAMETER) String langParameter, @Context HttpServerRequest request) {
        return Response.fromResponse(StaffPages.signInRedirect(PageLanguage.of(langParameter)))
                .header(HttpHeaders.SET_COOKIE, cookies.clearSession(request))
                .build();
    }
}
