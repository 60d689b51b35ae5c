package org.civicgrievance.intake.opinion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a respondent sees of their own answer, with its answer code: what they answered, in the
 * shape they sent it, and the tracking number of the case it became (whoever made it).
 */
public record OwnAnswerView(String formId, String answerId, Instant submittedAt, Map<String, Object> answers,
        String caseTrackingNumber) {

    static OwnAnswerView of(OpinionForm form, Answer answer) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question question : form.getQuestions()) {
            List<AnswerItem> items = answer.getItems().stream()
                    .filter(item -> item.questionKey().equals(question.key())).toList();
            if (items.isEmpty()) {
                continue;
            }
            AnswerItem first = items.get(0);
            answers.put(question.key(), switch (question.type()) {
                case SHORT_TEXT, LONG_TEXT -> first.text();
                case SINGLE_CHOICE -> first.optionKey();
                case MULTIPLE_CHOICE -> chosenInFormOrder(form, question, items);
                case RATING -> first.rating();
            });
        }
        return new OwnAnswerView(form.getId(), answer.getId(), answer.getSubmittedAt(), answers,
                answer.getCaseTrackingNumber());
    }

    private static List<String> chosenInFormOrder(OpinionForm form, Question question, List<AnswerItem> items) {
        List<String> chosen = new ArrayList<>();
        for (FormOption option : form.optionsOf(question.key())) {
            if (items.stream().anyMatch(item -> option.key().equals(item.optionKey()))) {
                chosen.add(option.key());
            }
        }
        return chosen;
    }
}
