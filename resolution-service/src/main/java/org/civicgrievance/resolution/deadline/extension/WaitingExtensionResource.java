package org.civicgrievance.resolution.deadline.extension;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.paging.Page;
import org.civicgrievance.platform.paging.PageRequest;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/extensions/waiting")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class WaitingExtensionResource {

    private final Extensions extensions;
    private final CurrentStaff staff;

    public WaitingExtensionResource(Extensions extensions, CurrentStaff staff) {
        this.extensions = extensions;
        this.staff = staff;
    }

    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Extension requests of my department waiting for a decision, one page at a time, the deadline"
            + " that runs out first at the top")
    public Page<Extensions.Waiting> waiting(@QueryParam(PageRequest.PAGE_PARAMETER) String page,
            @QueryParam(PageRequest.SIZE_PARAMETER) String size) {
        return extensions.waitingFor(staff.member(), PageRequest.of(page, size));
    }
}
