package org.civicgrievance.intake.grievance;

import java.time.Instant;

/** What a resident sees of their own case. Contact details are deliberately absent. */
public record GrievanceStatusView(
        String trackingNumber,
        GrievanceKind kind,
        String category,
        String title,
        String status,
        StatusText statusText,
        String department,
        Instant submittedAt,
        Instant updatedAt,
        /** resolved and not yet rated: the resident may rate the outcome now */
        boolean awaitingRating) {

    static GrievanceStatusView of(Grievance grievance) {
        return new GrievanceStatusView(grievance.getTrackingNumber(), grievance.getKind(), grievance.getCategory(),
                grievance.getTitle(), grievance.getStatus(), grievance.getStatusText(), grievance.getDepartment(),
                grievance.getSubmittedAt(), grievance.getUpdatedAt(), grievance.isAwaitingRating());
    }
}
