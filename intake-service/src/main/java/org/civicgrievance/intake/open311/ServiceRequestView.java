package org.civicgrievance.intake.open311;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicgrievance.intake.grievance.Grievance;
import org.civicgrievance.intake.grievance.Location;

/**
 * What the public may see of a case. Never contact details. The description only when
 * {@code grievance.open311.publish-descriptions} is on (cut to GeoReport v2's 4,000 characters).
 * For a case its resident asked to keep anonymous, only the district stands for the place: an
 * address or coordinates could point at the resident's home.
 *
 * <p>{@code expected_datetime} stays empty until cases have deadlines; {@code agency_responsible}
 * is the department's code, the only name intake knows.
 */
@ApplicationScoped
public class ServiceRequestView {

    private final Open311Time time;
    private final boolean publishDescriptions;

    public ServiceRequestView(Open311Time time, Open311Config config) {
        this.time = time;
        this.publishDescriptions = config.publishDescriptions();
    }

    /** @param serviceNames the service name of each category code, in the client's language */
    ServiceRequest of(Grievance grievance, Map<String, String> serviceNames, Language language) {
        Location place = grievance.getLocation();
        boolean placePublic = !grievance.isAnonymous();
        return new ServiceRequest(
                grievance.getTrackingNumber(),
                Open311Status.of(grievance.getStatus()).wire(),
                language.pick(grievance.getStatusText().zh(), grievance.getStatusText().en()),
                serviceNames.getOrDefault(grievance.getCategory(), grievance.getCategory()),
                grievance.getCategory(),
                publishDescriptions ? limited(grievance.getDescription()) : null,
                grievance.getDepartment(),
                null,
                time.format(grievance.getSubmittedAt()),
                time.format(grievance.getUpdatedAt()),
                null,
                placePublic ? place.address() : place.district(),
                null,
                null,
                placePublic ? place.latitude() : null,
                placePublic ? place.longitude() : null,
                null);
    }

    private static String limited(String description) {
        int limit = Open311Submissions.DESCRIPTION_LIMIT;
        if (description == null || description.codePointCount(0, description.length()) <= limit) {
            return description;
        }
        return description.substring(0, description.offsetByCodePoints(0, limit - 1)) + "…";
    }
}
