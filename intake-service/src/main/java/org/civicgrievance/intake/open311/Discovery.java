package org.civicgrievance.intake.open311;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Open311's service discovery document: where the API is, in which formats, and how to get a key. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Discovery(
        String changeset,
        String contact,
        @JsonProperty("key_service") String keyService,
        List<Endpoint> endpoints) {

    public record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {
    }
}
