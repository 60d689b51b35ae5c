package org.civicgrievance.intake.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code POST requests}. The id is there at once (our services are "realtime");
 * the token is given as well so that clients written for batch servers can use {@code tokens/}.
 *
 * @param serviceNotice for the resident, in the client's language: the tracking number and the
 *                      access code that opens the case on the city's own site (GeoReport v2 has no
 *                      field for it, and it is shown only this once)
 * @param accountId     always null: residents have no accounts
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServiceRequestReceipt(
        @JsonProperty("service_request_id") String serviceRequestId,
        String token,
        @JsonProperty("service_notice") String serviceNotice,
        @JsonProperty("account_id") String accountId) {
}
