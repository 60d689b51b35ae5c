package org.civicgrievance.intake.web;

import java.util.List;
import java.util.stream.IntStream;

import io.quarkus.qute.TemplateData;

/**
 * One question of a form as the page shows it: label, hint, what the resident typed or ticked, and
 * what is wrong with it. The template ties hint and error to the control (aria-describedby), so a
 * screen reader reads them with the label.
 *
 * @param control one of text, textarea, tel, email, number, datetime, radios, checkboxes
 * @param value   what the resident typed, kept as typed; empty for choices
 */
@TemplateData
public record FormField(String id, String name, String label, String hint, String control, String value, String error,
        boolean required, List<Choice> choices, String autocomplete) {

    public static FormField input(String id, String name, String control, String label, String hint, String value,
            String error, boolean required, String autocomplete) {
        return new FormField(id, name, label, hint, control, value == null ? "" : value, error, required, List.of(),
                autocomplete);
    }

    /** One of the answers a group of radios or checkboxes offers. */
    public record Option(String value, String label, String hint) {

        public Option(String value, String label) {
            this(value, label, null);
        }
    }

    /**
     * Radios or checkboxes in a fieldset. The first one's id is the field's own, so the error
     * summary's link lands on it.
     *
     * @param chosen the values ticked
     */
    public static FormField choices(String id, String name, String control, String label, String hint,
            List<Option> options, List<String> chosen, String error, boolean required) {
        List<Choice> choices = IntStream.range(0, options.size())
                .mapToObj(i -> new Choice(i == 0 ? id : id + "-" + (i + 1), options.get(i).value(), options.get(i).label(),
                        options.get(i).hint(), chosen.contains(options.get(i).value())))
                .toList();
        return new FormField(id, name, label, hint, control, "", error, required, choices, null);
    }

    public boolean group() {
        return "radios".equals(control) || "checkboxes".equals(control);
    }

    public boolean textarea() {
        return "textarea".equals(control);
    }

    /** The HTML input type. Numbers are text with a numeric keyboard: type=number mangles what people type. */
    public String inputType() {
        return switch (control) {
            case "radios" -> "radio";
            case "checkboxes" -> "checkbox";
            case "datetime" -> "datetime-local";
            case "tel", "email" -> control;
            default -> "text";
        };
    }

    public String inputMode() {
        return "number".equals(control) ? "decimal" : null;
    }

    public boolean hasError() {
        return error != null;
    }

    /** The ids of the hint and the error, for aria-describedby; null when there is neither. */
    public String describedBy() {
        String ids = ((hint == null ? "" : id + "-hint ") + (error == null ? "" : id + "-error")).strip();
        return ids.isEmpty() ? null : ids;
    }
}
