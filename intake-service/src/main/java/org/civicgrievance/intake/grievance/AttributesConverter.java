package org.civicgrievance.intake.grievance;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A case's answers to its category's questions, kept as one JSON column: read and written whole. */
@Converter
public class AttributesConverter implements AttributeConverter<Map<String, Object>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(Map<String, Object> attributes) {
        try {
            return attributes == null || attributes.isEmpty() ? null : JSON.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Answers are strings and lists of strings", e);
        }
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String column) {
        try {
            return column == null ? Map.of() : JSON.readValue(column, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answers are not JSON", e);
        }
    }
}
