package org.civicgrievance.intake.opinion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicgrievance.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A form's results, for administrators and discipline officials (who read everything). */
@Path("/api/opinion-forms/{formId}/results")
@RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
@Tag(name = "Opinion form results", description = "For administrators and discipline officials")
public class FormResultsResource {

    private final FormResultsService service;

    public FormResultsResource(FormResultsService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Counts per option, rating distributions and averages (rounded half up to 2 decimals), free text")
    public FormResults results(@PathParam("formId") String formId) {
        return service.results(formId);
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "The same results as CSV, safe to open in a spreadsheet")
    public Response export(@PathParam("formId") String formId) {
        FormResults results = service.results(formId);
        // the stored id, not the path's text, goes into the header
        return Response.ok(ResultsCsv.write(results), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"opinion-form-" + results.formId() + "-results.csv\"")
                .build();
    }
}
