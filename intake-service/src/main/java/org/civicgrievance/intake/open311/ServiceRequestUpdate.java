package org.civicgrievance.intake.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One status change of a request, in the shape of FixMyStreet's {@code servicerequestupdates}
 * extension to GeoReport v2.
 *
 * @param status             {@code open} or {@code closed}, as in GeoReport v2
 * @param description        the status in words, in the client's language
 * @param externalStatusCode our own status (QUEUED, CLAIMED, RESOLVED…), for clients that want the detail
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServiceRequestUpdate(
        @JsonProperty("update_id") String updateId,
        @JsonProperty("service_request_id") String serviceRequestId,
        String status,
        @JsonProperty("updated_datetime") String updatedDatetime,
        String description,
        @JsonProperty("media_url") String mediaUrl,
        @JsonProperty("external_status_code") String externalStatusCode) {
}
