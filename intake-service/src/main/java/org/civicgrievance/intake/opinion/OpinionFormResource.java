package org.civicgrievance.intake.opinion;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicgrievance.platform.idempotency.Idempotent;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Opinion forms 征求意见表: administrators write and publish them, anyone reads the published
 * ones. Answers and results have resources of their own below each form.
 */
@Path("/api/opinion-forms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opinion forms", description = "征求意见表: questionnaires an office publishes for a period")
public class OpinionFormResource {

    private final OpinionFormService service;
    private final CurrentStaff staff;

    public OpinionFormResource(OpinionFormService service, CurrentStaff staff) {
        this.service = service;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "Forms taking answers now, closing soonest first; optionally only those for one audience")
    public List<FormSummary> openForms(
            @Parameter(description = "RESIDENTS, SHOPS or UNITS") @QueryParam("audience") String audience) {
        return service.openForms(audience(audience));
    }

    @GET
    @Path("/{formId}")
    @Operation(summary = "A published form with its questions, in the form's language (drafts are not found)")
    @APIResponse(responseCode = "404", description = "no such form, or still a draft")
    public Response publicForm(@PathParam("formId") String formId) {
        PublicFormView form = service.publicForm(formId);
        return Response.ok(form).header(HttpHeaders.CONTENT_LANGUAGE, form.language()).build();
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Draft a form (administrators)")
    @APIResponse(responseCode = "201", description = "drafted; the body is the form with its question and option ids")
    public Response create(@NotNull @Valid FormRequest request) {
        FormDefinitionView form = service.create(request, staff.member());
        return Response.created(URI.create("/api/opinion-forms/" + form.id() + "/definition")).entity(form).build();
    }

    @GET
    @Path("/definitions")
    @RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
    @Operation(summary = "Every form, drafts included, newest first (administrators and inspectors)")
    public List<FormSummary> definitions() {
        return service.definitions();
    }

    @GET
    @Path("/{formId}/definition")
    @RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
    @Operation(summary = "A form in any status, with its version and who did what (administrators and inspectors)")
    public FormDefinitionView definition(@PathParam("formId") String formId) {
        return service.definition(formId);
    }

    @PUT
    @Path("/{formId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a draft's content, naming the version it was read at (administrators)")
    @APIResponse(responseCode = "409", description = "published already (questions are frozen), or changed by someone else since that version")
    public FormDefinitionView revise(@PathParam("formId") String formId, @NotNull @Valid FormRequest request) {
        return service.revise(formId, request, staff.member());
    }

    @POST
    @Path("/{formId}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a draft: its questions are frozen; it takes answers from opensAt to closesAt (administrators)")
    @APIResponse(responseCode = "409", description = "not a draft, or its closing time has passed")
    public FormDefinitionView publish(@PathParam("formId") String formId) {
        return service.publish(formId, staff.member());
    }

    @POST
    @Path("/{formId}/close")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Stop taking answers now, before the closing time (administrators)")
    @APIResponse(responseCode = "409", description = "a draft, or closed already")
    public FormDefinitionView close(@PathParam("formId") String formId) {
        return service.close(formId, staff.member());
    }

    /** Parsed here rather than by JAX-RS, which answers an unknown value with a bare 404. */
    private static Audience audience(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Audience.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("audience", "must be RESIDENTS, SHOPS or UNITS");
        }
    }
}
