package org.civicgrievance.intake.open311;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicgrievance.intake.grievance.Channel;
import org.civicgrievance.intake.grievance.Grievance;
import org.civicgrievance.intake.grievance.Location;

/**
 * What the public may see of a case. Never contact details. The description only when
 * {@code grievance.open311.publish-descriptions} is on (cut to GeoReport v2's 4,000 characters).
 * The address and coordinates only of cases reported through Open311 itself (their residents used a
 * public 311 app) or, when {@code grievance.open311.publish-locations} is on, of every case; never of
 * a case its resident asked to keep anonymous. Otherwise the district stands for the place: an
 * address or coordinates could point at the resident's home.
 *
 * <p>{@code expected_datetime} is the resolution's due time resolution last reported (empty when no
 * time limit runs: before placement, once resolved or closed); {@code agency_responsible} is the
 * department's code, the only name intake knows.
 */
@ApplicationScoped
public class ServiceRequestView {

    private final Open311Time time;
    private final boolean publishDescriptions;
    private final boolean publishLocations;

    public ServiceRequestView(Open311Time time, Open311Config config) {
        this.time = time;
        this.publishDescriptions = config.publishDescriptions();
        this.publishLocations = config.publishLocations();
    }

    /** @param serviceNames the service name of each category code, in the client's language */
    ServiceRequest of(Grievance grievance, Map<String, String> serviceNames, Language language) {
        Location place = grievance.getLocation();
        boolean placePublic = !grievance.isAnonymous()
                && (publishLocations || grievance.getChannel() == Channel.OPEN311);
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
                time.format(grievance.getResolutionDueAt()),
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
