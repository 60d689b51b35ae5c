package org.civicgrievance.intake.grievance;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.validation.TrackingNumberFormat;

/**
 * Opens a case for the resident who holds its tracking number and access code. An unknown number
 * and a wrong code get the same "not found", so neither reveals that a case exists.
 */
@ApplicationScoped
public class ResidentAccess {

    public static final String ACCESS_CODE_HEADER = "X-Access-Code";

    private final GrievanceRepository grievances;

    public ResidentAccess(GrievanceRepository grievances) {
        this.grievances = grievances;
    }

    public Grievance open(String trackingNumber, String accessCode) {
        if (accessCode == null || accessCode.isBlank()) {
            throw ProblemException.invalidField(ACCESS_CODE_HEADER,
                    "must be the access code you received with the tracking number");
        }
        if (!TrackingNumberFormat.isWellFormed(trackingNumber)) {
            throw notFound();
        }
        return grievances.findByTrackingNumber(trackingNumber)
                .filter(grievance -> grievance.opensWith(accessCode))
                .orElseThrow(ResidentAccess::notFound);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No case with this tracking number and access code");
    }
}
