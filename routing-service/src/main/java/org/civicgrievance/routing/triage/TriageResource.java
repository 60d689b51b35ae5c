package org.civicgrievance.routing.triage;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicgrievance.platform.idempotency.Idempotent;
import org.civicgrievance.platform.paging.Page;
import org.civicgrievance.platform.paging.PageRequest;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.routing.placement.PlacementResource.PlacementView;
import org.civicgrievance.routing.placement.HandPlacement;
import org.civicgrievance.routing.priority.Priority;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/triage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Triage", description = "Cases no routing rule placed")
public class TriageResource {

    private final TriageRepository triage;
    private final HandPlacement dispatch;
    private final CurrentStaff staff;
    private final Clock clock;

    public TriageResource(TriageRepository triage, HandPlacement dispatch, CurrentStaff staff, Clock clock) {
        this.triage = triage;
        this.dispatch = dispatch;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * @param dueAt                when triage's own short deadline ({@code grievance.routing.triage-deadline}) runs out
     * @param returnedByDepartment the department whose return 退单 brought the case here; null when no rule placed it
     * @param returnedBy           the staff member of that department who returned it
     */
    public record TriageView(String caseId, String trackingNumber, String category, String reason, Priority priority,
            Instant parkedAt, Instant dueAt, boolean overdue, String returnedByDepartment, String returnedBy) {

        public static TriageView of(TriageEntry t, Instant now) {
            return new TriageView(t.getCaseId(), t.getTrackingNumber(), t.getCategory(), t.getReason(), t.getPriority(),
                    t.getParkedAt(), t.getDueAt(), now.isAfter(t.getDueAt()), t.getReturnedByDepartment(),
                    t.getReturnedBy());
        }
    }

    public record Placing(@NotBlank @Size(max = 64) String department, @NotBlank @Size(max = 300) String reason) {
    }

    public record Split(@NotNull @Size(min = 2, max = 9) List<@NotNull @Valid Placing> parts) {
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.INSPECTOR })
    @Operation(summary = "Cases waiting for a dispatcher, one page at a time ({items,page,size,total}): most urgent first,"
            + " then the one due soonest; each with its due time, whether it is overdue, and who returned it when a"
            + " return brought it here")
    public Page<TriageView> queue(@QueryParam(PageRequest.PAGE_PARAMETER) String page,
            @QueryParam(PageRequest.SIZE_PARAMETER) String size) {
        Instant now = clock.instant();
        return triage.waiting(PageRequest.of(page, size)).map(t -> TriageView.of(t, now));
    }

    @POST
    @Path("/{caseId}/placement")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Place a waiting case on a department by hand, with a reason; a case is placed by hand once")
    public Response place(@PathParam("caseId") String caseId, @NotNull @Valid Placing request) {
        PlacementView placed = dispatch.place(caseId, request.department(), request.reason(), staff.member());
        return Response.created(URI.create("/api/cases/" + caseId + "/placements")).entity(placed).build();
    }

    @POST
    @Path("/{caseId}/split")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Split a waiting case between 2 to 9 departments: one linked case per department, each routed "
            + "to its owner; numbered <tracking number>-1, -2, …")
    public Response split(@PathParam("caseId") String caseId, @NotNull @Valid Split request) {
        List<PlacementView> parts = dispatch.split(caseId, request.parts().stream()
                .map(p -> new HandPlacement.Part(p.department(), p.reason())).toList(), staff.member());
        return Response.created(URI.create("/api/cases/" + caseId + "/placements")).entity(parts).build();
    }
}
