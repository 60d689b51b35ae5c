package org.civicgrievance.intake.opinion;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A question as a respondent's form shows it: options for choice questions, limits for the others. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormQuestionView(String id, FormQuestionType type, String text, boolean required, List<OptionView> options,
        Integer maxCharacters, Integer minRating, Integer maxRating) {

    public record OptionView(String id, String label) {
    }

    static List<FormQuestionView> of(OpinionForm form) {
        return form.getQuestions().stream().map(question -> of(form, question)).toList();
    }

    private static FormQuestionView of(OpinionForm form, Question question) {
        FormQuestionType type = question.type();
        List<OptionView> options = type.isChoice()
                ? form.optionsOf(question.key()).stream().map(option -> new OptionView(option.key(), option.label())).toList()
                : null;
        return new FormQuestionView(question.key(), type, question.text(), question.required(), options,
                type.isText() ? type.maxCharacters() : null,
                type == FormQuestionType.RATING ? FormQuestionType.LOWEST_RATING : null,
                type == FormQuestionType.RATING ? FormQuestionType.HIGHEST_RATING : null);
    }
}
