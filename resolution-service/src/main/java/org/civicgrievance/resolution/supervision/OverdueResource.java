package org.civicgrievance.resolution.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.paging.Page;
import org.civicgrievance.platform.paging.PageRequest;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.resolution.supervision.OverdueCases.OverdueCase;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 电子监察 for discipline officials: which open cases are past a deadline now, and by how much. Read-only. */
@Path("/api/supervision/overdue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Discipline officials' read-only views")
public class OverdueResource {

    private final OverdueCases overdue;
    private final CurrentStaff staff;

    public OverdueResource(OverdueCases overdue, CurrentStaff staff) {
        this.overdue = overdue;
        this.staff = staff;
    }

    @GET
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Open cases with a red card on a clock still running, longest overdue first, one page at a time,"
            + " in every department or one; an extended deadline breached again is listed with how often it was extended"
            + " and the original due time")
    public Page<OverdueCase> overdue(@QueryParam("department") String department,
            @QueryParam(PageRequest.PAGE_PARAMETER) String page, @QueryParam(PageRequest.SIZE_PARAMETER) String size) {
        if (department != null && !department.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw ProblemException.invalidField("department", "a department code, e.g. urban-management");
        }
        return overdue.overdue(department, staff.member(), PageRequest.of(page, size));
    }
}
