package org.civicgrievance.intake.open311;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A service's {@code attributes}: the category's own questions. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServiceDefinition(
        @JsonProperty("service_code") String serviceCode,
        List<Attribute> attributes) {

    public record Attribute(
            /** always true: every question asks the resident for input */
            boolean variable,
            String code,
            String datatype,
            boolean required,
            @JsonProperty("datatype_description") String datatypeDescription,
            int order,
            String description,
            /** the options of a singlevaluelist or multivaluelist; empty for other datatypes */
            List<Value> values) {
    }

    public record Value(String key, String name) {
    }
}
