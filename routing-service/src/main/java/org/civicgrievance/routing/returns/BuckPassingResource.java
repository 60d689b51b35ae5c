package org.civicgrievance.routing.returns;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Buck-passing 推诿 figures are for discipline officials (inspectors) only: they judge departments.
 * Dispatchers and administrators see each case's returns in its placement history, and that is all
 * their work needs; handlers and supervisors of the departments judged see neither.
 */
@Path("/api/buck-passing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Buck-passing", description = "Returns 退单 confirmed wrong and cases bounced between departments")
public class BuckPassingResource {

    /** The longest period one report covers: a year, leap day included. */
    static final Period LONGEST = Period.ofDays(366);

    private final BuckPassing buckPassing;

    public BuckPassingResource(BuckPassing buckPassing) {
        this.buckPassing = buckPassing;
    }

    @GET
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Per department: returns made in the period that a dispatcher later confirmed to be the "
            + "department's own, and cases returned more than twice, with the cases and returns behind each number")
    public BuckPassing.Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalidField("to", "the last day must not be before the first (from " + first + ")");
        }
        if (first.plus(LONGEST).isBefore(last.plusDays(1))) {
            throw ProblemException.invalidField("to", "a report covers at most " + LONGEST.getDays() + " days");
        }
        return buckPassing.between(first, last);
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "required, a day as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "not a day as YYYY-MM-DD");
        }
    }
}
