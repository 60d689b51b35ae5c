package org.civicgrievance.intake.evaluation;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
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

@Path("/api/cases/{trackingNumber}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class EvaluationResource {

    public record RateRequest(@NotNull Rating rating, @MaxCharacters(500) String comment) {
    }

    public record RatingReceipt(String evaluationId, Rating rating, Instant evaluatedAt) {
    }

    private final EvaluationService service;
    private final ClientRateLimiter rateLimiter;
    private final PublicLimits limits;

    public EvaluationResource(EvaluationService service, ClientRateLimiter rateLimiter, PublicLimits limits) {
        this.service = service;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate the outcome of one's resolved case; a dissatisfied rating reopens it")
    public Response rate(@PathParam("trackingNumber") String trackingNumber,
            @HeaderParam(ResidentAccess.ACCESS_CODE_HEADER) String accessCode,
            @NotNull @Valid RateRequest request, @Context HttpServerRequest http) {
        rateLimiter.acquire(limits.submissionLimit(), GrievanceResource.client(http));
        Evaluation evaluation = service.evaluate(trackingNumber, accessCode, request.rating(), request.comment());
        return Response.created(URI.create("/api/cases/" + trackingNumber))
                .entity(new RatingReceipt(evaluation.getId(), evaluation.getRating(), evaluation.getEvaluatedAt())).build();
    }
}
