package org.civicgrievance.resolution.evaluation;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.civicgrievance.platform.validation.MaxCharacters;
import org.civicgrievance.resolution.casework.CaseworkService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 一诺双评, the department's half: a supervisor rates how a resolution was handled. */
@Path("/api/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class HandlingRatingResource {

    public record HandlingRatingRequest(@NotNull @Min(1) @Max(5) Integer stars, @MaxCharacters(500) String comment) {
    }

    public record HandlingRatingView(int resolutionRound, String handler, int stars, String comment, String ratedBy,
            Instant ratedAt) {

        static HandlingRatingView of(SupervisorRating r) {
            return new HandlingRatingView(r.getResolutionRound(), r.getHandler(), r.getStars(), r.getComment(),
                    r.getRatedBy(), r.getRatedAt());
        }
    }

    private final HandlingEvaluations evaluations;
    private final CaseworkService casework;
    private final CurrentStaff staff;

    public HandlingRatingResource(HandlingEvaluations evaluations, CaseworkService casework, CurrentStaff staff) {
        this.evaluations = evaluations;
        this.casework = casework;
        this.staff = staff;
    }

    @POST
    @Path("/handling-rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "A supervisor of the department rates how the current resolution was handled (1–5 stars), once")
    public Response rate(@PathParam("caseId") String caseId, @NotNull @Valid HandlingRatingRequest request) {
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        SupervisorRating rating = evaluations.rate(caseId, request.stars(), comment, staff.member());
        return Response.status(Response.Status.CREATED).entity(HandlingRatingView.of(rating)).build();
    }

    @GET
    @Path("/handling-ratings")
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "Supervisors' ratings of each resolution's handling")
    public List<HandlingRatingView> ratings(@PathParam("caseId") String caseId) {
        casework.requireReadable(caseId, staff.member());
        return evaluations.ratingsOf(caseId).stream().map(HandlingRatingView::of).toList();
    }
}
