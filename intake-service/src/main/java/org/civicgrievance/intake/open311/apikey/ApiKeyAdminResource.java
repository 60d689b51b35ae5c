package org.civicgrievance.intake.open311.apikey;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Administrators manage the keys Open311 clients submit with. Creation is deliberately not
 * {@code @Idempotent}: a replayable answer would have to store the key itself; a retry makes a
 * second key, which the administrator can revoke.
 */
@Path("/api/admin/open311-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Open311 API keys", description = "Keys of the Open311 clients allowed to submit requests")
public class ApiKeyAdminResource {

    private final ApiKeyService keys;
    private final CurrentStaff staff;

    public ApiKeyAdminResource(ApiKeyService keys, CurrentStaff staff) {
        this.keys = keys;
        this.staff = staff;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a key; the answer is the only time the key is shown")
    public Response create(@NotNull @Valid CreateApiKeyRequest request) {
        CreatedApiKey created = keys.create(request.name(), staff.member());
        return Response.created(URI.create("/api/admin/open311-keys/" + created.id()))
                .header("Cache-Control", "no-store")
                .entity(created).build();
    }

    @GET
    @Operation(summary = "All keys, newest first, without the keys themselves")
    public List<ApiKeyView> list() {
        return keys.list();
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "Revoke a key: its client can no longer submit; revoking twice changes nothing")
    public ApiKeyView revoke(@PathParam("id") String id) {
        return keys.revoke(id, staff.member());
    }
}
