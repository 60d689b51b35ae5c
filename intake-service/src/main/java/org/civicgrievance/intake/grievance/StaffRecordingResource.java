package org.civicgrievance.intake.grievance;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicgrievance.platform.idempotency.Idempotent;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.CurrentStaff;
import org.civicgrievance.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators record cases on residents' behalf from the hotline, the service window, visits and sessions. */
@Path("/api/staff/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff-recorded cases")
public class StaffRecordingResource {

    private final GrievanceService service;
    private final CurrentStaff staff;

    public StaffRecordingResource(GrievanceService service, CurrentStaff staff) {
        this.service = service;
        this.staff = staff;
    }

    /** The channel it came through, and the case as the resident told it. */
    public record RecordGrievanceRequest(@NotNull Channel channel, @NotNull @Valid SubmitGrievanceRequest grievance) {
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record a case for a resident; the receipt's access code is read out to them")
    public Response record(@NotNull @Valid RecordGrievanceRequest request) {
        if (!request.channel().isStaffRecorded()) {
            throw ProblemException.invalidField("channel",
                    "must be HOTLINE, SERVICE_WINDOW, HOME_VISIT or FEEDBACK_SESSION");
        }
        SubmissionReceipt receipt;
        try {
            receipt = service.submit(request.grievance(), request.channel(), staff.member().id());
        } catch (ProblemException wrongField) {
            // the service names fields of the case; here the case sits under "grievance"
            throw new ProblemException(wrongField.problem().withFieldsUnder("grievance"));
        }
        return Response.created(URI.create("/api/cases/" + receipt.trackingNumber())).entity(receipt).build();
    }
}
