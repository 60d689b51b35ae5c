package org.civicgrievance.routing.rule;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A list of short texts (keywords, districts) in one column, a line each: the API refuses line breaks in them. */
@Converter
public class LinesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> keywords) {
        return keywords == null || keywords.isEmpty() ? null : String.join("\n", keywords);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}
