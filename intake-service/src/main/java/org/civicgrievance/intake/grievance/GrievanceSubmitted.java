package org.civicgrievance.intake.grievance;

import java.time.Instant;

/** Payload of {@code grievance.submitted}; its JSON shape is the contract routing reads. */
public record GrievanceSubmitted(
        String caseId,
        String trackingNumber,
        GrievanceKind kind,
        String category,
        String title,
        String description,
        Location location,
        Contact contact,
        Channel channel,
        String recordedBy,
        Instant submittedAt) {

    static GrievanceSubmitted of(Grievance grievance) {
        return new GrievanceSubmitted(grievance.getId(), grievance.getTrackingNumber(), grievance.getKind(),
                grievance.getCategory(), grievance.getTitle(), grievance.getDescription(), grievance.getLocation(),
                grievance.getContact(), grievance.getChannel(), grievance.getRecordedBy(), grievance.getSubmittedAt());
    }
}
