package org.civicgrievance.routing.placement;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.routing.triage.TriageRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/cases/{caseId}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Placements", description = "Where each case was placed, by which rule or dispatcher, and why")
public class PlacementResource {

    private final PlacementRepository placements;
    private final TriageRepository triage;

    public PlacementResource(PlacementRepository placements, TriageRepository triage) {
        this.placements = placements;
        this.triage = triage;
    }

    /**
     * @param caseId    the case placed: the one asked about, or a part it was split into
     * @param ruleId    null when a dispatcher placed the case by hand
     * @param placedBy  routing-service for a placement by rule, else the dispatcher's staff id
     * @param splitFrom the case this part was split from; null for a case placed whole
     */
    public record PlacementView(String caseId, String trackingNumber, String department, Long ruleId, Integer ruleVersion,
            String reason, String priority, String placedBy, Instant placedAt, String splitFrom) {

        static PlacementView of(Placement p) {
            return new PlacementView(p.getCaseId(), p.getTrackingNumber(), p.getDepartmentCode(), p.getRuleId(),
                    p.getRuleVersion(), p.getReason(), p.getPriority().name(), p.getPlacedBy(), p.getPlacedAt(),
                    p.getSplitFrom());
        }
    }

    /** Empty while the case waits in triage; a split case lists its parts' placements; 404 for a case routing never received. */
    @GET
    @RolesAllowed({ Roles.INSPECTOR, Roles.OPERATOR, Roles.ADMIN })
    @Operation(summary = "Every placement of a case (and of the parts it was split into), oldest first")
    public List<PlacementView> history(@PathParam("caseId") String caseId) {
        List<PlacementView> history = placements.historyWithPartsOf(caseId).stream().map(PlacementView::of).toList();
        if (history.isEmpty() && triage.findByIdOptional(caseId).isEmpty()) {
            throw ProblemException.notFound("Case " + caseId);
        }
        return history;
    }
}
