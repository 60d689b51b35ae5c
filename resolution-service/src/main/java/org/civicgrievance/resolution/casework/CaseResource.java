package org.civicgrievance.resolution.casework;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.civicgrievance.platform.validation.MaxCharacters;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Handlers claim and resolve cases")
public class CaseResource {

    /** Until staff identity exists, the acting handler names themselves in the body. */
    static final String HANDLER_ID = "[a-z0-9][a-z0-9._-]{0,63}";

    private final CaseworkService casework;
    private final CaseRepository cases;
    private final CaseTransitionRepository trail;

    public CaseResource(CaseworkService casework, CaseRepository cases, CaseTransitionRepository trail) {
        this.casework = casework;
        this.cases = cases;
        this.trail = trail;
    }

    public record ClaimRequest(@NotBlank @Pattern(regexp = HANDLER_ID, message = "must be a staff id such as wang.li")
    String handler) {
    }

    public record ResolveRequest(
            @NotBlank @Pattern(regexp = HANDLER_ID, message = "must be a staff id such as wang.li") String handler,
            @NotBlank @MaxCharacters(2000) String note) {
    }

    public record TransitionView(CaseStatus from, CaseStatus to, String actor, String detail, Instant at) {
    }

    @GET
    public CaseView get(@PathParam("caseId") String caseId) {
        return CaseView.of(cases.require(caseId));
    }

    @GET
    @Path("/history")
    @Operation(summary = "The case's audit trail, oldest first")
    public List<TransitionView> history(@PathParam("caseId") String caseId) {
        cases.require(caseId);
        return trail.historyOf(caseId).stream()
                .map(t -> new TransitionView(t.getFromStatus(), t.getToStatus(), t.getActor(), t.getDetail(),
                        t.getOccurredAt()))
                .toList();
    }

    @POST
    @Path("/claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take the case from the department queue (认领)")
    public CaseView claim(@PathParam("caseId") String caseId, @NotNull @Valid ClaimRequest request) {
        return CaseView.of(casework.claim(caseId, request.handler()));
    }

    @POST
    @Path("/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve the case with a note the resident will read")
    public CaseView resolve(@PathParam("caseId") String caseId, @NotNull @Valid ResolveRequest request) {
        return CaseView.of(casework.resolve(caseId, request.handler(), request.note()));
    }
}
