package org.civicgrievance.intake.opinion;

/** What a form is at a given moment, as the public and the results see it. */
public enum FormState {
    DRAFT,
    /** Published, not yet at its opening time. */
    UPCOMING,
    /** Taking answers. */
    OPEN,
    /** Past its closing time, or closed early. */
    CLOSED
}
