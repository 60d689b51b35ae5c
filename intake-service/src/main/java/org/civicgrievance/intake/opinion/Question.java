package org.civicgrievance.intake.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One question of a form. {@code key} (q1, q2, ...) is its id in answers and results; it follows
 * the question's position and is fixed once the form is published.
 */
@Embeddable
public record Question(
        @Column(name = "question_key", length = 8, nullable = false) String key,
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(name = "type", length = 20, nullable = false) FormQuestionType type,
        @Column(name = "question_text", length = 500, nullable = false) String text,
        @Column(name = "required", nullable = false) boolean required) {
}
