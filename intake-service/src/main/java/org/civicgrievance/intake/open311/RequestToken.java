package org.civicgrievance.intake.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to {@code tokens/{token}}: which service request a token stands for. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RequestToken(
        @JsonProperty("service_request_id") String serviceRequestId,
        String token) {
}
