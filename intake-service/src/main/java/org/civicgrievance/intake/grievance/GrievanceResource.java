package org.civicgrievance.intake.grievance;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Residents submit cases and look up their own")
public class GrievanceResource {

    static final String ACCESS_CODE_HEADER = "X-Access-Code";

    private final GrievanceService service;

    public GrievanceResource(GrievanceService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a complaint, suggestion, help request, inquiry or praise")
    public Response submit(@NotNull @Valid SubmitGrievanceRequest request) {
        SubmissionReceipt receipt = service.submit(request, Channel.API);
        return Response.created(URI.create("/api/cases/" + receipt.trackingNumber())).entity(receipt).build();
    }

    @GET
    @Path("/{trackingNumber}")
    @Operation(summary = "Look up one's own case with its tracking number and access code")
    public GrievanceStatusView lookUp(@PathParam("trackingNumber") String trackingNumber,
            @HeaderParam(ACCESS_CODE_HEADER) String accessCode) {
        if (accessCode == null || accessCode.isBlank()) {
            throw new ProblemException(new Problem("validation", "The request has invalid fields", 400,
                    "Send the access code you received with the tracking number.",
                    List.of(new Problem.FieldViolation(ACCESS_CODE_HEADER, "must not be blank")), Map.of()));
        }
        return service.lookUp(trackingNumber, accessCode)
                .orElseThrow(() -> ProblemException.notFound("No case with this tracking number and access code"));
    }
}
