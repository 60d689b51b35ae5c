package org.civicgrievance.intake.grievance;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Payload of {@code grievance.submitted}; its JSON shape is the contract routing reads. */
public record GrievanceSubmitted(
        String caseId,
        String trackingNumber,
        GrievanceKind kind,
        String category,
        String title,
        String description,
        Location location,
        Map<String, Object> attributes,
        /** null for anonymous cases: departments never learn who they are */
        Contact contact,
        boolean anonymous,
        Set<GreenChannelReason> greenChannel,
        String preferredLanguage,
        String likelyDuplicateOf,
        Channel channel,
        String recordedBy,
        Instant submittedAt) {

    static GrievanceSubmitted of(Grievance grievance) {
        return new GrievanceSubmitted(grievance.getId(), grievance.getTrackingNumber(), grievance.getKind(),
                grievance.getCategory(), grievance.getTitle(), grievance.getDescription(), grievance.getLocation(),
                grievance.getAttributes(), grievance.isAnonymous() ? null : grievance.getContact(), grievance.isAnonymous(),
                grievance.getGreenChannel(), grievance.getPreferredLanguage(), grievance.getLikelyDuplicateOf(),
                grievance.getChannel(), grievance.getRecordedBy(), grievance.getSubmittedAt());
    }
}
