package org.civicgrievance.resolution.queue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.paging.Page;
import org.civicgrievance.platform.paging.PageRequest;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.resolution.casework.CaseView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/departments/{department}/queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
public class QueueResource {

    private final Queues queues;
    private final CurrentStaff staff;

    public QueueResource(Queues queues, CurrentStaff staff) {
        this.queues = queues;
        this.staff = staff;
    }

    @GET
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Cases waiting to be claimed in a department, one page at a time, most urgent first (red card,"
            + " yellow card, special handling, green channel, least time left); contacts masked")
    public Page<CaseView> queue(@PathParam("department") String department,
            @QueryParam(PageRequest.PAGE_PARAMETER) String page, @QueryParam(PageRequest.SIZE_PARAMETER) String size,
            @QueryParam("q") String text, @QueryParam("category") String category,
            @QueryParam("district") String district, @QueryParam("priority") String priority,
            @QueryParam("card") String card) {
        return queues.waiting(department, staff.member(), QueueFilter.of(text, category, district, priority, card),
                PageRequest.of(page, size)).map(q -> CaseView.of(q.aCase(), false));
    }
}
