package org.civicgrievance.resolution.queue;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.resolution.casework.CaseRepository;
import org.civicgrievance.resolution.casework.CaseView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/departments/{department}/queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
public class QueueResource {

    private final CaseRepository cases;

    public QueueResource(CaseRepository cases) {
        this.cases = cases;
    }

    @GET
    @Operation(summary = "Cases waiting to be claimed in a department, oldest first")
    public List<CaseView> queue(@PathParam("department") String department) {
        return cases.queueOf(department).stream().map(CaseView::of).toList();
    }
}
