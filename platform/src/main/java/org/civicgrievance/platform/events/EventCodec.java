package org.civicgrievance.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes CloudEvents and their payload records with the application's ObjectMapper. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CloudEvent parse(String json) {
        try {
            return mapper.readValue(json, CloudEvent.class).requireValid();
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event is not valid CloudEvents JSON", e);
        }
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.id(), e);
        }
    }

    public JsonNode toTree(Object payload) {
        return mapper.valueToTree(payload);
    }

    /** The event's data as the consumer's own record type. */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("data of event " + event.id() + " is not a " + type.getSimpleName(), e);
        }
    }
}
