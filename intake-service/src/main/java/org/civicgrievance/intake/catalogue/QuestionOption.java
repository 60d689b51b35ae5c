package org.civicgrievance.intake.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer a choice question offers. */
@Embeddable
public record QuestionOption(
        @Column(name = "code", length = 64, nullable = false) String code,
        @Column(name = "label_zh", length = 100, nullable = false) String labelZh,
        @Column(name = "label_en", length = 100, nullable = false) String labelEn) {
}
