package org.civicgrievance.resolution.casework;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.validation.MaxCharacters;
import org.civicgrievance.resolution.audit.AuditRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A case in a department's hands. The acting staff member is always the token's subject. */
@Path("/api/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Handlers claim and resolve cases of their department")
public class CaseResource {

    private final CaseworkService casework;
    private final CurrentStaff staff;

    public CaseResource(CaseworkService casework, CurrentStaff staff) {
        this.casework = casework;
        this.staff = staff;
    }

    public record ResolveRequest(@NotBlank @MaxCharacters(2000) String note) {
    }

    public record TransitionView(String from, String to, String actor, String actorRole, String detail, Instant at) {

        static TransitionView of(AuditRecord r) {
            return new TransitionView(r.getBefore(), r.getAfter(), r.getActor(), r.getActorRole(), r.getDetail(),
                    r.getOccurredAt());
        }
    }

    @GET
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    public CaseView get(@PathParam("caseId") String caseId) {
        return casework.view(caseId, staff.member());
    }

    @GET
    @Path("/history")
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "The case's state changes, oldest first")
    public List<TransitionView> history(@PathParam("caseId") String caseId) {
        return casework.history(caseId, staff.member()).stream().map(TransitionView::of).toList();
    }

    @POST
    @Path("/claim")
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Take the case from the department queue (认领)")
    public CaseView claim(@PathParam("caseId") String caseId) {
        return casework.claim(caseId, staff.member());
    }

    @POST
    @Path("/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Resolve the case with a note the resident will read")
    public CaseView resolve(@PathParam("caseId") String caseId, @NotNull @Valid ResolveRequest request) {
        return casework.resolve(caseId, request.note(), staff.member());
    }
}
