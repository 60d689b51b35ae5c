package org.civicgrievance.intake.supplement;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;

import org.civicgrievance.intake.grievance.GrievanceResource;
import org.civicgrievance.intake.grievance.PublicLimits;
import org.civicgrievance.intake.grievance.ResidentAccess;
import org.civicgrievance.platform.idempotency.Idempotent;
import org.civicgrievance.platform.ratelimit.ClientRateLimiter;
import org.civicgrievance.platform.validation.MaxCharacters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/cases/{trackingNumber}/supplements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class SupplementResource {

    public record AddSupplementRequest(@NotBlank @MaxCharacters(2000) String text) {
    }

    public record SupplementReceipt(String supplementId, Instant addedAt) {
    }

    private final SupplementService service;
    private final ClientRateLimiter rateLimiter;
    private final PublicLimits limits;

    public SupplementResource(SupplementService service, ClientRateLimiter rateLimiter, PublicLimits limits) {
        this.service = service;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add information to one's own open case")
    public Response add(@PathParam("trackingNumber") String trackingNumber,
            @HeaderParam(ResidentAccess.ACCESS_CODE_HEADER) String accessCode,
            @NotNull @Valid AddSupplementRequest request, @Context HttpServerRequest http) {
        rateLimiter.acquire(limits.submissionLimit(), GrievanceResource.client(http));
        Supplement added = service.add(trackingNumber, accessCode, request.text());
        return Response.created(URI.create("/api/cases/" + trackingNumber))
                .entity(new SupplementReceipt(added.getId(), added.getAddedAt())).build();
    }
}
