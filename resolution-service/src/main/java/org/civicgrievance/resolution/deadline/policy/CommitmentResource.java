package org.civicgrievance.resolution.deadline.policy;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.resolution.deadline.policy.CommitmentRequests.CommitmentRequest;
import org.civicgrievance.resolution.deadline.policy.CommitmentRequests.CommitmentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators edit service commitments (the deadline policies); inspectors read them. */
@Path("/api/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service commitments", description = "承诺服务: the limits each department's cases are held to; versioned")
public class CommitmentResource {

    private final CommitmentAdministration administration;
    private final CurrentStaff staff;

    public CommitmentResource(CommitmentAdministration administration, CurrentStaff staff) {
        this.administration = administration;
        this.staff = staff;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
    @Operation(summary = "Every commitment at its current version, city-wide defaults (department *) included")
    public List<CommitmentView> list() {
        return administration.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a commitment for a department and category (version 1); one per pair")
    public Response create(@NotNull @Valid CommitmentRequest request) {
        CommitmentView created = administration.create(request, staff.member());
        return Response.created(URI.create("/api/commitments/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a commitment: expectedVersion is the version read (409 when stale); "
            + "applies to clocks started afterwards")
    public CommitmentView change(@PathParam("id") long id, @NotNull @Valid CommitmentRequest request) {
        return administration.change(id, request, staff.member());
    }
}
