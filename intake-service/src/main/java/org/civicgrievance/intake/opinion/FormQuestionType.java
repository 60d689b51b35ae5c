package org.civicgrievance.intake.opinion;

/** What kind of answer a question takes. */
public enum FormQuestionType {
    /** One line, at most 200 characters. */
    SHORT_TEXT(200),
    /** Free text, at most 5,000 characters (as long as a case's description). */
    LONG_TEXT(5000),
    /** Exactly one of the question's options. */
    SINGLE_CHOICE(0),
    /** Any number of distinct options of the question. */
    MULTIPLE_CHOICE(0),
    /** A whole number from 1 to 5. */
    RATING(0);

    public static final int LOWEST_RATING = 1;
    public static final int HIGHEST_RATING = 5;

    private final int maxCharacters;

    FormQuestionType(int maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean isText() {
        return maxCharacters > 0;
    }

    /** Longest text answer in Unicode code points, as MySQL's VARCHAR counts; 0 for non-text questions. */
    public int maxCharacters() {
        return maxCharacters;
    }
}
