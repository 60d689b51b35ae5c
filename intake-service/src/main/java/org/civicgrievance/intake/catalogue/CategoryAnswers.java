package org.civicgrievance.intake.catalogue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.civicgrievance.platform.problem.Problem.FieldViolation;

/**
 * Checks a resident's answers to a category's questions and returns them in one stored shape:
 * a string per answer, a list of option codes for multiple choice. Every wrong answer is named,
 * through {@code fieldName}, as the client sent it ({@code attributes.hazard} in JSON,
 * {@code attribute[hazard]} in Open311's form fields).
 */
public final class CategoryAnswers {

    static final int STRING_LIMIT = 500;
    static final int TEXT_LIMIT = 2000;
    static final int MAX_ANSWERS = 50;

    private final Map<String, Object> normalised = new LinkedHashMap<>();
    private final List<FieldViolation> violations = new ArrayList<>();
    private final Function<String, String> fieldName;

    private CategoryAnswers(Function<String, String> fieldName) {
        this.fieldName = fieldName;
    }

    /** Answers checked against the category; {@link #violations()} says what is wrong, if anything. */
    public static CategoryAnswers check(ServiceCategory category, Map<String, ?> answers, Function<String, String> fieldName) {
        CategoryAnswers result = new CategoryAnswers(fieldName);
        Map<String, ?> given = answers == null ? Map.of() : answers;
        if (given.size() > MAX_ANSWERS) {
            result.violation("", "has more answers than any category asks");
            return result;
        }
        given.forEach((code, value) -> {
            if (category.question(code).isEmpty()) {
                result.violation(code, "is not a question of category " + category.getCode());
            }
        });
        for (CategoryQuestion question : category.getQuestions()) {
            Object value = given.get(question.getCode());
            if (isEmpty(value)) {
                if (question.isRequired()) {
                    result.violation(question.getCode(), "is required for category " + category.getCode());
                }
            } else {
                result.answer(question, value);
            }
        }
        return result;
    }

    public List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    /** The answers as stored: question code to a string, or to a list of option codes. */
    public Map<String, Object> normalised() {
        return Map.copyOf(normalised);
    }

    private void answer(CategoryQuestion question, Object value) {
        String code = question.getCode();
        switch (question.getType()) {
            case STRING -> text(code, value, STRING_LIMIT);
            case TEXT -> text(code, value, TEXT_LIMIT);
            case NUMBER -> number(code, value);
            case DATETIME -> dateTime(code, value);
            case SINGLE_CHOICE -> singleChoice(question, value);
            case MULTIPLE_CHOICE -> multipleChoice(question, value);
        }
    }

    private void text(String code, Object value, int limit) {
        if (!(value instanceof String text)) {
            violation(code, "must be text");
        } else if (text.codePointCount(0, text.length()) > limit) {
            violation(code, "must be at most " + limit + " characters");
        } else {
            normalised.put(code, text);
        }
    }

    private void number(String code, Object value) {
        try {
            normalised.put(code, new BigDecimal(value.toString().trim()).toPlainString());
        } catch (NumberFormatException e) {
            violation(code, "must be a number");
        }
    }

    private void dateTime(String code, Object value) {
        try {
            normalised.put(code, OffsetDateTime.parse(value.toString().trim()).toString());
        } catch (DateTimeParseException e) {
            violation(code, "must be a date and time with offset, such as 2026-11-27T08:30:00+08:00");
        }
    }

    private void singleChoice(CategoryQuestion question, Object value) {
        if (value instanceof String option && question.offers(option)) {
            normalised.put(question.getCode(), option);
        } else {
            violation(question.getCode(), "must be one of " + optionCodes(question));
        }
    }

    /** A single string counts as one choice: HTML forms and Open311 send one value that way. */
    private void multipleChoice(CategoryQuestion question, Object value) {
        Collection<?> chosen = value instanceof Collection<?> many ? many : List.of(value);
        LinkedHashSet<String> options = new LinkedHashSet<>();
        for (Object option : chosen) {
            if (!(option instanceof String code) || !question.offers(code)) {
                violation(question.getCode(), "must be some of " + optionCodes(question));
                return;
            }
            options.add(code);
        }
        normalised.put(question.getCode(), List.copyOf(options));
    }

    private static List<String> optionCodes(CategoryQuestion question) {
        return question.getOptions().stream().map(QuestionOption::code).toList();
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> many && many.isEmpty();
    }

    private void violation(String code, String message) {
        violations.add(new FieldViolation(fieldName.apply(code), message));
    }
}
