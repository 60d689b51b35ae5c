package org.civicgrievance.resolution.deadline.policy;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 阳光工程: anyone reads what each department promises, without logging in. */
@Path("/api/public/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service commitments")
public class PublicCommitmentResource {

    private final CommitmentAdministration administration;

    public PublicCommitmentResource(CommitmentAdministration administration) {
        this.administration = administration;
    }

    @GET
    @PermitAll
    @Operation(summary = "A department's published commitments in plain words, Chinese and English")
    public List<CommitmentRequests.PublishedCommitment> published(@QueryParam("department") String department) {
        if (department == null || !department.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw ProblemException.invalidField("department", "a department code, e.g. urban-management");
        }
        return administration.published(department);
    }
}
