package org.civicgrievance.resolution.queue;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.resolution.casework.CaseView;
import org.civicgrievance.resolution.casework.CaseworkService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/departments/{department}/queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
public class QueueResource {

    private final CaseworkService casework;
    private final CurrentStaff staff;

    public QueueResource(CaseworkService casework, CurrentStaff staff) {
        this.casework = casework;
        this.staff = staff;
    }

    @GET
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Cases waiting to be claimed in a department, oldest first; contacts masked")
    public List<CaseView> queue(@PathParam("department") String department) {
        return casework.queue(department, staff.member()).stream().map(c -> CaseView.of(c, false)).toList();
    }
}
