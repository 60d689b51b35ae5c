package org.civicgrievance.intake.catalogue;

/** The kinds of answer a category's extra questions take (Open311 calls them attribute datatypes). */
public enum QuestionType {
    /** one line, up to 500 characters */
    STRING,
    /** several lines, up to 2,000 characters */
    TEXT,
    NUMBER,
    /** an ISO 8601 date-time with offset, e.g. 2026-11-27T08:30:00+08:00 */
    DATETIME,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
