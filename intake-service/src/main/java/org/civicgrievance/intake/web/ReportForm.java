package org.civicgrievance.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The case form exactly as the browser posted it. Kept as typed, so a page with errors shows it
 * back unchanged; {@link ReportRequests} turns it into the API's request.
 *
 * @param answers       the category's questions, from fields named {@code attributes[code]}; checkboxes
 *                      send one value each
 * @param submissionKey the form's one-time key as posted ({@link SubmissionKey}), empty when missing
 */
public record ReportForm(Lang lang, String kind, String category, String title, String description, String address,
        String district, String contactName, String phone, String email, boolean anonymous, List<String> greenChannel,
        Map<String, List<String>> answers, String submissionKey) {

    static final String ANSWER_PREFIX = "attributes[";

    public static ReportForm from(MultivaluedMap<String, String> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(ANSWER_PREFIX) && name.endsWith("]") && name.length() > ANSWER_PREFIX.length() + 1) {
                answers.put(name.substring(ANSWER_PREFIX.length(), name.length() - 1), List.copyOf(values));
            }
        });
        return new ReportForm(Lang.of(form.getFirst(Lang.PARAM)), text(form, "kind"), text(form, "category"),
                text(form, "title"), text(form, "description"), text(form, "address"), text(form, "district"),
                text(form, "contactName"), text(form, "phone"), text(form, "email"),
                "true".equals(form.getFirst("anonymous")), values(form, "greenChannel"), answers,
                text(form, SubmissionKey.FIELD));
    }

    /** The field name of the answer to a question. */
    public static String answerName(String questionCode) {
        return ANSWER_PREFIX + questionCode + "]";
    }

    public List<String> answer(String questionCode) {
        return answers.getOrDefault(questionCode, List.of());
    }

    public String firstAnswer(String questionCode) {
        List<String> values = answer(questionCode);
        return values.isEmpty() ? "" : values.get(0);
    }

    private static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> values(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : new ArrayList<>(values);
    }
}
