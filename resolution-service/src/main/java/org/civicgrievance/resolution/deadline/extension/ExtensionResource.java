package org.civicgrievance.resolution.deadline.extension;

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
import org.civicgrievance.resolution.deadline.extension.ExtensionRequests.DecisionRequest;
import org.civicgrievance.resolution.deadline.extension.ExtensionRequests.ExtensionRequest;
import org.civicgrievance.resolution.deadline.extension.ExtensionRequests.ExtensionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/cases/{caseId}/extensions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "Clocks, warnings and extensions of cases")
public class ExtensionResource {

    private final Extensions extensions;
    private final CurrentStaff staff;

    public ExtensionResource(Extensions extensions, CurrentStaff staff) {
        this.extensions = extensions;
        this.staff = staff;
    }

    @GET
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "The case's extension requests and decisions, oldest first")
    public List<ExtensionView> list(@PathParam("caseId") String caseId) {
        return extensions.ofCase(caseId, staff.member());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "The handler holding the case asks for more time, before the due time, with a reason "
            + "the resident is shown: newDueAt, or extra time on the clock's calendar")
    public Response request(@PathParam("caseId") String caseId, @NotNull @Valid ExtensionRequest request) {
        ExtensionView created = extensions.request(caseId, request, staff.member());
        return Response.created(URI.create("/api/cases/" + caseId + "/extensions/" + created.id())).entity(created)
                .build();
    }

    @POST
    @Path("/{extensionId}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "A supervisor of the department approves: the clock's due time moves")
    public ExtensionView approve(@PathParam("caseId") String caseId, @PathParam("extensionId") String extensionId,
            @Valid DecisionRequest decision) {
        return extensions.decide(caseId, extensionId, true, decision == null ? null : decision.note(), staff.member());
    }

    @POST
    @Path("/{extensionId}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "A supervisor of the department refuses: the due time stands")
    public ExtensionView refuse(@PathParam("caseId") String caseId, @PathParam("extensionId") String extensionId,
            @Valid DecisionRequest decision) {
        return extensions.decide(caseId, extensionId, false, decision == null ? null : decision.note(),
                staff.member());
    }
}
