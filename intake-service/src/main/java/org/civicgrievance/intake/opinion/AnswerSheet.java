package org.civicgrievance.intake.opinion;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.Problem.FieldViolation;
import org.civicgrievance.platform.problem.ProblemException;

/**
 * Reads one respondent's answers against a form's questions. Answers arrive as JSON decoded into
 * plain Java values, keyed by question id: a string for text and single choice, a list of option
 * ids for multiple choice, a whole number for a rating. Every wrong answer is named as
 * {@code answers[q3]}, all at once.
 */
final class AnswerSheet {

    private static final int LONGEST_ECHOED_KEY = 16;

    private final List<Question> questions;
    private final List<FormOption> options;

    AnswerSheet(List<Question> questions, List<FormOption> options) {
        this.questions = questions;
        this.options = options;
    }

    /**
     * @return one item per answered question (per chosen option for multiple choice); unanswered
     *         optional questions have none
     * @throws ProblemException 400 naming each wrong answer
     */
    List<AnswerItem> read(Map<String, ?> answers) {
        List<FieldViolation> errors = new ArrayList<>();
        List<AnswerItem> items = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (Question question : questions) {
            known.add(question.key());
            Object value = answers.get(question.key());
            String field = field(question.key());
            if (isUnanswered(value)) {
                if (question.required()) {
                    errors.add(new FieldViolation(field, "is required"));
                }
                continue;
            }
            String wrong = switch (question.type()) {
                case SHORT_TEXT, LONG_TEXT -> readText(question, value, items);
                case SINGLE_CHOICE -> readSingleChoice(question, value, items);
                case MULTIPLE_CHOICE -> readMultipleChoice(question, value, items);
                case RATING -> readRating(question, value, items);
            };
            if (wrong != null) {
                errors.add(new FieldViolation(field, wrong));
            }
        }
        for (String key : new TreeSet<>(answers.keySet())) {
            if (!known.contains(key)) {
                errors.add(new FieldViolation(field(key), "is not a question of this form"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors));
        }
        return items;
    }

    /** Nothing, blank text or no option chosen: what a form leaves when a question is skipped. */
    private static boolean isUnanswered(Object value) {
        return value == null
                || value instanceof String text && text.isBlank()
                || value instanceof List<?> list && list.isEmpty();
    }

    private static String readText(Question question, Object value, List<AnswerItem> items) {
        if (!(value instanceof String text)) {
            return "must be text";
        }
        if (!isWellFormed(text)) {
            return "must be valid Unicode text";
        }
        if (text.codePointCount(0, text.length()) > question.type().maxCharacters()) {
            return "must be at most " + question.type().maxCharacters() + " characters long";
        }
        items.add(AnswerItem.text(question.key(), text));
        return null;
    }

    private String readSingleChoice(Question question, Object value, List<AnswerItem> items) {
        if (!(value instanceof String optionKey)) {
            return "must be exactly one option id of this question, such as " + firstOptionOf(question);
        }
        if (!isOptionOf(question, optionKey)) {
            return describe(optionKey) + " is not an option of this question";
        }
        items.add(AnswerItem.option(question.key(), optionKey));
        return null;
    }

    private String readMultipleChoice(Question question, Object value, List<AnswerItem> items) {
        if (!(value instanceof List<?> chosen) || chosen.stream().anyMatch(option -> !(option instanceof String))) {
            return "must be a list of option ids of this question, such as [\"" + firstOptionOf(question) + "\"]";
        }
        Set<String> seen = new HashSet<>();
        List<AnswerItem> picked = new ArrayList<>();
        for (Object option : chosen) {
            String optionKey = (String) option;
            if (!isOptionOf(question, optionKey)) {
                return describe(optionKey) + " is not an option of this question";
            }
            if (!seen.add(optionKey)) {
                return "names " + optionKey + " more than once";
            }
            picked.add(AnswerItem.option(question.key(), optionKey));
        }
        items.addAll(picked);
        return null;
    }

    private static String readRating(Question question, Object value, List<AnswerItem> items) {
        boolean whole = value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof BigInteger;
        long rating = whole ? ((Number) value).longValue() : 0;
        if (!whole || value instanceof BigInteger big && big.bitLength() > 31
                || rating < FormQuestionType.LOWEST_RATING || rating > FormQuestionType.HIGHEST_RATING) {
            return "must be a whole number from %d to %d".formatted(FormQuestionType.LOWEST_RATING, FormQuestionType.HIGHEST_RATING);
        }
        items.add(AnswerItem.rating(question.key(), (int) rating));
        return null;
    }

    private boolean isOptionOf(Question question, String optionKey) {
        return options.stream().anyMatch(option -> option.key().equals(optionKey) && option.questionKey().equals(question.key()));
    }

    private String firstOptionOf(Question question) {
        return options.stream().filter(option -> option.questionKey().equals(question.key()))
                .map(FormOption::key).findFirst().orElse("o1");
    }

    /** No lone surrogates: they cannot be stored as UTF-8 and would come back as '?'. */
    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The client chose the key; a problem echoes only a short, whole-character piece of it. */
    static String field(String key) {
        return "answers[" + describe(key) + "]";
    }

    private static String describe(String text) {
        String shown = text.codePointCount(0, text.length()) <= LONGEST_ECHOED_KEY ? text
                : text.substring(0, text.offsetByCodePoints(0, LONGEST_ECHOED_KEY)) + "…";
        if (isWellFormed(shown)) {
            return shown;
        }
        // a lone surrogate cannot be written as UTF-8 JSON: show the replacement character instead
        StringBuilder safe = new StringBuilder();
        shown.codePoints().forEach(c -> safe.appendCodePoint(Character.isSurrogate((char) c) && c < 0x10000 ? 0xFFFD : c));
        return safe.toString();
    }
}
