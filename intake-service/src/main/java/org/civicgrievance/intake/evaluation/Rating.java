package org.civicgrievance.intake.evaluation;

/** The resident's verdict on a resolution: 满意 / 基本满意 / 不满意. Dissatisfied reopens the case. */
public enum Rating {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED
}
