package org.civicgrievance.intake.opinion;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A question as a respondent's form shows it: options for choice questions, limits for the others. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionView(String id, QuestionType type, String text, boolean required, List<OptionView> options,
        Integer maxCharacters, Integer minRating, Integer maxRating) {

    public record OptionView(String id, String label) {
    }

    static List<QuestionView> of(OpinionForm form) {
        return form.getQuestions().stream().map(question -> of(form, question)).toList();
    }

    private static QuestionView of(OpinionForm form, Question question) {
        QuestionType type = question.type();
        List<OptionView> options = type.isChoice()
                ? form.optionsOf(question.key()).stream().map(option -> new OptionView(option.key(), option.label())).toList()
                : null;
        return new QuestionView(question.key(), type, question.text(), question.required(), options,
                type.isText() ? type.maxCharacters() : null,
                type == QuestionType.RATING ? QuestionType.LOWEST_RATING : null,
                type == QuestionType.RATING ? QuestionType.HIGHEST_RATING : null);
    }
}
