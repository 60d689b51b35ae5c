package org.civicgrievance.routing.rule;

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

import org.civicgrievance.platform.idempotency.Idempotent;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.routing.rule.RuleRequests.RuleRequest;
import org.civicgrievance.routing.rule.RuleRequests.RuleView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators write rules; operators and inspectors read them and their history. */
@Path("/api/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing rules", description = "Which department owns which case; versioned")
public class RoutingRuleResource {

    private final RuleAdministration administration;
    private final RulePreview preview;
    private final CurrentStaff staff;

    public RoutingRuleResource(RuleAdministration administration, RulePreview preview, CurrentStaff staff) {
        this.administration = administration;
        this.preview = preview;
        this.staff = staff;
    }

    /** A read, though a POST (the sample case is a body): it writes nothing, so it needs no idempotency key. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR })
    @Operation(summary = "Which department a sample case would go to, by which rule and why, and its priority; "
            + "optionally with a draft rule added or replacing a live one")
    public RulePreview.PreviewResult preview(@NotNull @Valid RulePreview.PreviewRequest request) {
        return preview.preview(request);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR, Roles.INSPECTOR })
    @Operation(summary = "Every rule at its current version, in the order they are tried (inactive ones included)")
    public List<RuleView> list() {
        return administration.all();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR, Roles.INSPECTOR })
    public RuleView get(@PathParam("id") long id) {
        return administration.get(id);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR, Roles.INSPECTOR })
    @Operation(summary = "Every version of a rule, oldest first, with who changed it and when")
    public List<RuleView> versions(@PathParam("id") long id) {
        return administration.history(id);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a rule (version 1), live at once; its priority must be free")
    public Response create(@NotNull @Valid RuleRequest request) {
        RuleView created = administration.create(request, staff.member());
        return Response.created(URI.create("/api/routing-rules/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a rule: a new version with the same id; an identical body changes nothing")
    public RuleView change(@PathParam("id") long id, @NotNull @Valid RuleRequest request) {
        return administration.change(id, request, staff.member());
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Deactivate a rule: a new version that places no case; deactivating twice changes nothing")
    public RuleView deactivate(@PathParam("id") long id) {
        return administration.setActive(id, false, staff.member());
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reactivate a deactivated rule")
    public RuleView activate(@PathParam("id") long id) {
        return administration.setActive(id, true, staff.member());
    }
}
