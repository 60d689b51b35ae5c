package org.civicgrievance.intake.opinion;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Whom a form addresses: 居民 residents, 商户 shops, 单位 units (offices, companies, schools). */
public enum Audience {
    RESIDENTS,
    SHOPS,
    UNITS;

    /** Stored as one column, in declaration order: {@code RESIDENTS,UNITS}. */
    static String join(Collection<Audience> audience) {
        return EnumSet.copyOf(audience).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Audience> split(String column) {
        return Arrays.stream(column.split(",")).map(Audience::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class)));
    }
}
