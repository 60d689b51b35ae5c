package org.civicgrievance.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * An opinion form's answers exactly as the browser posted them, kept as typed so a page with
 * errors shows them back unchanged; {@link OpinionAnswers} turns them into the API's answers.
 *
 * @param answers by question id, from fields named {@code answers[q1]} as the API names them in its
 *                problems; checkboxes send one value each
 */
public record OpinionAnswerForm(Lang lang, Map<String, List<String>> answers) {

    static final String ANSWER_PREFIX = "answers[";

    public static OpinionAnswerForm from(MultivaluedMap<String, String> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            String key = questionKey(name);
            if (key != null) {
                answers.put(key, List.copyOf(values));
            }
        });
        return new OpinionAnswerForm(Lang.of(form.getFirst(Lang.PARAM)), answers);
    }

    public static OpinionAnswerForm empty(Lang lang) {
        return new OpinionAnswerForm(lang, Map.of());
    }

    /** The field name of the answer to a question: the API's own name for it. */
    public static String answerName(String questionKey) {
        return ANSWER_PREFIX + questionKey + "]";
    }

    /** {@code q3} of {@code answers[q3]}; null for any other name. */
    static String questionKey(String name) {
        return name.startsWith(ANSWER_PREFIX) && name.endsWith("]") && name.length() > ANSWER_PREFIX.length() + 1
                ? name.substring(ANSWER_PREFIX.length(), name.length() - 1)
                : null;
    }

    public List<String> answer(String questionKey) {
        return answers.getOrDefault(questionKey, List.of());
    }

    public String firstAnswer(String questionKey) {
        List<String> values = answer(questionKey);
        return values.isEmpty() ? "" : values.get(0);
    }
}
