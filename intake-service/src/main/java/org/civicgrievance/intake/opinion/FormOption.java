package org.civicgrievance.intake.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An option of a choice question. {@code key} (o1, o2, ...) counts across the whole form, so an
 * option id sent for the wrong question is recognised as such rather than silently matching.
 */
@Embeddable
public record FormOption(
        @Column(name = "option_key", length = 8, nullable = false) String key,
        @Column(name = "question_key", length = 8, nullable = false) String questionKey,
        @Column(name = "label", length = 200, nullable = false) String label) {
}
