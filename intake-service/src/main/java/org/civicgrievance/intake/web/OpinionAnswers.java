package org.civicgrievance.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrievance.intake.opinion.FormQuestionType;
import org.civicgrievance.intake.opinion.FormQuestionView;
import org.civicgrievance.intake.opinion.PublicFormView;

/**
 * Turns the posted answers into the values the API's JSON would decode to, so that the service
 * checks them exactly as it checks the API's: text as typed, one option id, a list of option ids,
 * a whole number. Nothing is refused here; what cannot be read goes on as sent, for the service to
 * name.
 */
final class OpinionAnswers {

    private OpinionAnswers() {
    }

    static Map<String, Object> of(OpinionAnswerForm form, PublicFormView definition) {
        Map<String, Object> answers = new LinkedHashMap<>();
        form.answers().forEach((key, values) -> {
            Optional<FormQuestionType> type = definition.questions().stream()
                    .filter(question -> question.id().equals(key)).map(FormQuestionView::type).findFirst();
            List<String> given = values.stream().filter(value -> !value.isBlank()).toList();
            if (given.isEmpty()) {
                // a skipped question: the service decides whether it had to be answered
                return;
            }
            answers.put(key, switch (type.orElse(FormQuestionType.SHORT_TEXT)) {
                case MULTIPLE_CHOICE -> given;
                case RATING -> rating(given.get(0));
                // prose exactly as typed, surrounding spaces included, as the API stores it
                case SHORT_TEXT, LONG_TEXT -> values.get(0);
                case SINGLE_CHOICE -> given.get(0);
            });
        });
        return answers;
    }

    /** A radio button sends "4"; the API wants the number 4. Anything else goes on as text, to be refused. */
    private static Object rating(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
