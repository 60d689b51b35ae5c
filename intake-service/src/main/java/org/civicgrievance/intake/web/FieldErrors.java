package org.civicgrievance.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * What is wrong with a submitted form, in the resident's language: one message per field (the
 * first one found), in the order the fields appear, for the summary at the top of the page and
 * beside each field.
 */
public final class FieldErrors {

    private final Map<String, Entry> byField = new LinkedHashMap<>();

    /** A line of the error summary: a link to the field and what is wrong with it. */
    @TemplateData
    public record Entry(String fieldId, String label, String message, String line) {
    }

    public void add(String fieldId, String label, String message, WebMessages words) {
        byField.putIfAbsent(fieldId, new Entry(fieldId, label, message, words.summaryLine(label, message)));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public String of(String fieldId) {
        Entry entry = byField.get(fieldId);
        return entry == null ? null : entry.message();
    }

    /** The summary, ordered as the fields are on the page. */
    public List<Entry> summary(List<String> fieldOrder) {
        List<Entry> ordered = new ArrayList<>();
        fieldOrder.stream().map(byField::get).filter(entry -> entry != null).forEach(ordered::add);
        byField.values().stream().filter(entry -> !ordered.contains(entry)).forEach(ordered::add);
        return ordered;
    }
}
