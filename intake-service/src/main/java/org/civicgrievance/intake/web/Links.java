package org.civicgrievance.intake.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Addresses of the residents' pages, with their query encoded. Never used for anything secret. */
final class Links {

    private Links() {
    }

    /** {@code path} in {@code lang}, with {@code query}'s non-null parameters in order. */
    static String to(String path, Lang lang, Map<String, String> query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(Lang.PARAM, lang.tag());
        parameters.putAll(query);
        return path + "?" + parameters.entrySet().stream()
                .filter(parameter -> parameter.getValue() != null)
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String to(String path, Lang lang) {
        return to(path, lang, Map.of());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
