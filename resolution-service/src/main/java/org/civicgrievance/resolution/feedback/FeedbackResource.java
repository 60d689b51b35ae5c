package org.civicgrievance.resolution.feedback;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.resolution.casework.CaseworkService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the resident added and how they rated: for the department's staff and for inspectors. */
@Path("/api/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class FeedbackResource {

    public record SupplementView(String text, Instant addedAt) {
    }

    public record RatingView(int resolutionRound, String rating, String comment, Instant ratedAt) {
    }

    private final FeedbackRepository feedback;
    private final CaseworkService casework;
    private final CurrentStaff staff;

    public FeedbackResource(FeedbackRepository feedback, CaseworkService casework, CurrentStaff staff) {
        this.feedback = feedback;
        this.casework = casework;
        this.staff = staff;
    }

    @GET
    @Path("/supplements")
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "What the resident added after submitting, oldest first")
    public List<SupplementView> supplements(@PathParam("caseId") String caseId) {
        casework.requireReadable(caseId, staff.member());
        return feedback.supplementsOf(caseId).stream().map(s -> new SupplementView(s.getText(), s.getAddedAt())).toList();
    }

    @GET
    @Path("/ratings")
    @RolesAllowed({ Roles.HANDLER, Roles.SUPERVISOR, Roles.INSPECTOR })
    @Operation(summary = "The resident's ratings of each resolution")
    public List<RatingView> ratings(@PathParam("caseId") String caseId) {
        casework.requireReadable(caseId, staff.member());
        return feedback.ratingsOf(caseId).stream()
                .map(r -> new RatingView(r.getResolutionRound(), r.getRating(), r.getComment(), r.getRatedAt())).toList();
    }
}
