package org.civicgrievance.intake.grievance;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;

import org.civicgrievance.platform.idempotency.Idempotent;
import org.civicgrievance.platform.ratelimit.ClientRateLimiter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The residents' own endpoints: no account, limited per client address. */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Residents submit cases and look up their own")
public class GrievanceResource {

    private final GrievanceService service;
    private final ResidentAccess residents;
    private final ClientRateLimiter rateLimiter;
    private final PublicLimits limits;

    public GrievanceResource(GrievanceService service, ResidentAccess residents, ClientRateLimiter rateLimiter,
            PublicLimits limits) {
        this.service = service;
        this.residents = residents;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a complaint, suggestion, help request, inquiry or praise")
    public Response submit(@NotNull @Valid SubmitGrievanceRequest request, @Context HttpServerRequest http) {
        rateLimiter.acquire(limits.submissionLimit(), client(http));
        SubmissionReceipt receipt = service.submit(request, Channel.API, null);
        return Response.created(URI.create("/api/cases/" + receipt.trackingNumber())).entity(receipt).build();
    }

    @GET
    @Path("/{trackingNumber}")
    @Operation(summary = "Look up one's own case with its tracking number and access code")
    public GrievanceStatusView lookUp(@PathParam("trackingNumber") String trackingNumber,
            @HeaderParam(ResidentAccess.ACCESS_CODE_HEADER) String accessCode, @Context HttpServerRequest http) {
        // counted before anything is checked, so wrong guesses cost as much as right ones
        rateLimiter.acquire(limits.lookUpLimit(), client(http));
        return service.lookUp(trackingNumber, accessCode);
    }

    /** The client's address as the HTTP layer sees it (behind a proxy: configure quarkus.http.proxy.*). */
    public static String client(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
