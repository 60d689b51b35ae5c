package org.civicgrievance.intake.open311;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A case as the public sees it through {@code GET requests}. Contact details are never part of it;
 * see {@link ServiceRequestView} for what else is withheld.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServiceRequest(
        @JsonProperty("service_request_id") String serviceRequestId,
        String status,
        @JsonProperty("status_notes") String statusNotes,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("service_code") String serviceCode,
        String description,
        @JsonProperty("agency_responsible") String agencyResponsible,
        @JsonProperty("service_notice") String serviceNotice,
        @JsonProperty("requested_datetime") String requestedDatetime,
        @JsonProperty("updated_datetime") String updatedDatetime,
        @JsonProperty("expected_datetime") String expectedDatetime,
        String address,
        @JsonProperty("address_id") String addressId,
        String zipcode,
        BigDecimal lat,
        @JsonProperty("long") BigDecimal longitude,
        @JsonProperty("media_url") String mediaUrl) {
}
