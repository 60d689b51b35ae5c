package org.civicgrievance.platform.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode, as it travels on Kafka.
 *
 * <p>{@code subject} is the case id (also the Kafka key, so a case's events stay in order);
 * {@code traceid} is an extension attribute that follows a case across all three services.
 * The payload stays a {@link JsonNode}: each consumer owns the record it reads it into.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String traceid,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public static CloudEvent of(String source, String type, String subject, String traceId, Instant time, JsonNode data) {
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject, time,
                "application/json", traceId, data);
    }

    /** Throws {@link MalformedEventException} when a required attribute is missing. */
    public CloudEvent requireValid() {
        if (!SPEC_VERSION.equals(specversion) || isBlank(id) || isBlank(type) || isBlank(subject) || data == null) {
            throw new MalformedEventException("not a CloudEvents 1.0 event with id, type, subject and data: " + id);
        }
        return this;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
