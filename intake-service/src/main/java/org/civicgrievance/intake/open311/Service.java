package org.civicgrievance.intake.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of {@code services}: a category of the published catalogue. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Service(
        @JsonProperty("service_code") String serviceCode,
        @JsonProperty("service_name") String serviceName,
        String description,
        /** true when the category asks questions: the client must read its service definition */
        boolean metadata,
        String type,
        String keywords,
        String group) {

    /** The request's id is returned at once (no token round trip is needed). */
    static final String REALTIME = "realtime";
}
