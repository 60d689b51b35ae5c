package org.civicgrievance.routing.triage;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.routing.priority.Priority;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/triage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Triage", description = "Cases no routing rule placed")
public class TriageResource {

    private final TriageRepository triage;

    public TriageResource(TriageRepository triage) {
        this.triage = triage;
    }

    public record TriageView(String caseId, String trackingNumber, String category, String reason, Priority priority,
            Instant parkedAt) {
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.INSPECTOR })
    public List<TriageView> queue() {
        return triage.mostUrgentFirst().stream()
                .map(t -> new TriageView(t.getCaseId(), t.getTrackingNumber(), t.getCategory(), t.getReason(),
                        t.getPriority(), t.getParkedAt()))
                .toList();
    }
}
