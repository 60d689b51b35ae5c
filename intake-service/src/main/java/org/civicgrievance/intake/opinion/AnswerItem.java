package org.civicgrievance.intake.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One answered question, or one chosen option of a multiple-choice question: exactly one of
 * {@code optionKey}, {@code rating} and {@code text} is set. Text is kept exactly as sent.
 */
@Embeddable
public record AnswerItem(
        @Column(name = "question_key", length = 8, nullable = false) String questionKey,
        @Column(name = "option_key", length = 8) String optionKey,
        @Column(name = "rating") Integer rating,
        @Column(name = "text_value", length = 5000) String text) {

    static AnswerItem option(String questionKey, String optionKey) {
        return new AnswerItem(questionKey, optionKey, null, null);
    }

    static AnswerItem rating(String questionKey, int rating) {
        return new AnswerItem(questionKey, null, rating, null);
    }

    static AnswerItem text(String questionKey, String text) {
        return new AnswerItem(questionKey, null, null, text);
    }
}
