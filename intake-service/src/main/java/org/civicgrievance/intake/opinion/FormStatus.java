package org.civicgrievance.intake.opinion;

/** Where a form stands in its administrators' hands; {@link FormState} adds the calendar. */
public enum FormStatus {
    /** Being written; questions may still change. */
    DRAFT,
    /** Questions frozen; open to answers between its opening and closing time. */
    PUBLISHED,
    /** Closed by an administrator before its closing time. */
    CLOSED
}
