package org.civicgrievance.intake.catalogue;

import java.util.List;

/** A published category as the public reads it, in both languages. */
public record CategoryView(String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
        String groupZh, String groupEn, List<QuestionView> questions) {

    public record QuestionView(String code, QuestionType type, boolean required, String labelZh, String labelEn,
            List<QuestionOption> options) {
    }

    static CategoryView of(ServiceCategory category) {
        return new CategoryView(category.getCode(), category.getNameZh(), category.getNameEn(),
                category.getDescriptionZh(), category.getDescriptionEn(), category.getGroupZh(), category.getGroupEn(),
                category.getQuestions().stream()
                        .map(question -> new QuestionView(question.getCode(), question.getType(), question.isRequired(),
                                question.getLabelZh(), question.getLabelEn(), question.getOptions()))
                        .toList());
    }
}
