package org.civicgrievance.resolution.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The discipline officials' view of the audit trail: read and export, nothing else. */
@Path("/api/audit")
@RolesAllowed(Roles.INSPECTOR)
@Tag(name = "Audit", description = "For discipline officials")
public class AuditResource {

    private static final int MAX_JSON = 1_000;
    private static final int MAX_EXPORT = 100_000;

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    public record AuditView(long id, Instant occurredAt, String actor, String actorRole, AuditAction action,
            String caseId, String department, String before, String after, String detail, String traceId) {

        static AuditView of(AuditRecord r) {
            return new AuditView(r.getId(), r.getOccurredAt(), r.getActor(), r.getActorRole(), r.getAction(),
                    r.getCaseId(), r.getDepartment(), r.getBefore(), r.getAfter(), r.getDetail(), r.getTraceId());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit records by case, person, department and time range (from inclusive, to exclusive)")
    public List<AuditView> search(@QueryParam("caseId") String caseId, @QueryParam("actor") String actor,
            @QueryParam("department") String department, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        if (limit < 1 || limit > MAX_JSON) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_JSON);
        }
        return trail.search(query(caseId, actor, department, from, to), limit).stream().map(AuditView::of).toList();
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "The same records as CSV, for spreadsheets")
    public Response export(@QueryParam("caseId") String caseId, @QueryParam("actor") String actor,
            @QueryParam("department") String department, @QueryParam("from") String from, @QueryParam("to") String to) {
        String csv = AuditCsv.write(trail.search(query(caseId, actor, department, from, to), MAX_EXPORT));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                .build();
    }

    private static AuditQuery query(String caseId, String actor, String department, String from, String to) {
        return new AuditQuery(blankToNull(caseId), blankToNull(actor), blankToNull(department), instant("from", from),
                instant("to", to));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be an ISO 8601 instant such as 2026-11-27T00:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
