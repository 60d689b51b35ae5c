package org.civicgrievance.intake.grievance;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the reasons as one comma-separated column; a case has at most four. */
@Converter
public class GreenChannelConverter implements AttributeConverter<Set<GreenChannelReason>, String> {

    @Override
    public String convertToDatabaseColumn(Set<GreenChannelReason> reasons) {
        return reasons == null || reasons.isEmpty() ? null
                : reasons.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<GreenChannelReason> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(GreenChannelReason.class);
        }
        return Arrays.stream(column.split(",")).map(GreenChannelReason::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GreenChannelReason.class)));
    }
}
