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

    /**
     * @param reason    required for NOT_RESOLVABLE: why, in words the resident reads
     * @param whereElse required for NOT_RESOLVABLE and NOT_OUR_REMIT: where the resident may turn instead
     */
    public record ResolveRequest(@NotNull CaseOutcome outcome, @NotBlank @MaxCharacters(2000) String note,
            @MaxCharacters(1000) String reason, @MaxCharacters(500) String whereElse) {
    }

    public record WaitRequest(@NotBlank @MaxCharacters(2000) String question) {
    }

    public record ReturnRequest(@NotBlank @MaxCharacters(500) String reason) {
    }

    /** @param into the tracking number or id of the case this one duplicates */
    public record MergeRequest(@NotBlank @MaxCharacters(36) String into) {
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
        return casework.resolve(caseId, new CaseworkService.Resolution(request.outcome(), request.note(),
                request.reason(), request.whereElse()), staff.member());
    }

    @POST
    @Path("/start")
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "The holder starts investigating a claimed or reopened case")
    public CaseView start(@PathParam("caseId") String caseId) {
        return shown(casework.start(caseId, staff.member()).getId());
    }

    @POST
    @Path("/wait-for-resident")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Ask the resident a question they will read; the time limit pauses until they answer or the waiting limit passes")
    public CaseView waitForResident(@PathParam("caseId") String caseId, @NotNull @Valid WaitRequest request) {
        return shown(casework.waitForResident(caseId, request.question(), staff.member()).getId());
    }

    @POST
    @Path("/resume")
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "The holder carries on without waiting longer for the resident")
    public CaseView resume(@PathParam("caseId") String caseId) {
        return shown(casework.resume(caseId, staff.member()).getId());
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Send the case back to routing with a reason (退单): the holder or a supervisor; a queued case any of the department's staff")
    public CaseView returnToRouting(@PathParam("caseId") String caseId, @NotNull @Valid ReturnRequest request) {
        return shown(casework.returnToRouting(caseId, request.reason(), staff.member()).getId());
    }

    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR })
    @Operation(summary = "Merge this duplicate into another case of the department (by tracking number or id)")
    public CaseView merge(@PathParam("caseId") String caseId, @NotNull @Valid MergeRequest request) {
        return shown(casework.merge(caseId, request.into().strip(), staff.member()).getId());
    }

    /** After the change's own transaction: the case as the actor may see it (a returned case is still readable). */
    private CaseView shown(String caseId) {
        return casework.view(caseId, staff.member());
    }
}
