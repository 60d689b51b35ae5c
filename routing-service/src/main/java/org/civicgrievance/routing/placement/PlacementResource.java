package org.civicgrievance.routing.placement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.routing.returns.CaseReturn;
import org.civicgrievance.routing.returns.CaseReturnRepository;
import org.civicgrievance.routing.returns.ReturnView;
import org.civicgrievance.routing.triage.TriageRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/cases/{caseId}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Placements", description = "Where each case was placed, by which rule or dispatcher, and why")
public class PlacementResource {

    private final PlacementRepository placements;
    private final TriageRepository triage;
    private final CaseReturnRepository returns;

    public PlacementResource(PlacementRepository placements, TriageRepository triage, CaseReturnRepository returns) {
        this.placements = placements;
        this.triage = triage;
        this.returns = returns;
    }

    /**
     * @param caseId    the case placed: the one asked about, or a part it was split into
     * @param ruleId    null when a dispatcher placed the case by hand
     * @param placedBy  routing-service for a placement by rule, else the dispatcher's staff id
     * @param splitFrom the case this part was split from; null for a case placed whole
     * @param returned  the department's return 退单 that ended this placement; null while it holds the case
     */
    public record PlacementView(String caseId, String trackingNumber, String department, Long ruleId, Integer ruleVersion,
            String reason, String priority, String placedBy, Instant placedAt, String splitFrom, ReturnView returned) {

        static PlacementView of(Placement p) {
            return of(p, null);
        }

        static PlacementView of(Placement p, ReturnView returned) {
            return new PlacementView(p.getCaseId(), p.getTrackingNumber(), p.getDepartmentCode(), p.getRuleId(),
                    p.getRuleVersion(), p.getReason(), p.getPriority().name(), p.getPlacedBy(), p.getPlacedAt(),
                    p.getSplitFrom(), returned);
        }
    }

    /**
     * Empty while the case waits in triage for the first time; a split case lists its parts'
     * placements; each placement a department returned names the return; 404 for a case routing
     * never received.
     */
    @GET
    @RolesAllowed({ Roles.INSPECTOR, Roles.OPERATOR, Roles.ADMIN })
    @Operation(summary = "Every placement of a case (and of the parts it was split into), oldest first, each with "
            + "the return 退单 that ended it, if any")
    public List<PlacementView> history(@PathParam("caseId") String caseId) {
        List<Placement> history = placements.historyWithPartsOf(caseId);
        if (history.isEmpty() && !triage.hasParked(caseId)) {
            throw ProblemException.notFound("Case " + caseId);
        }
        Map<Long, ReturnView> returnOf = returns.ofCases(history.stream().map(Placement::getCaseId).distinct().toList())
                .stream().collect(Collectors.toMap(CaseReturn::getPlacementId, ReturnView::of));
        return history.stream().map(p -> PlacementView.of(p, returnOf.get(p.getId()))).toList();
    }
}
