package org.civicgrievance.intake.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.civicgrievance.platform.problem.Problem.FieldViolation;
import org.civicgrievance.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Answers checked against the questions, as JSON decodes them, without any container. */
class AnswerSheetTest {

    /** q1 single choice (o1, o2; required), q2 multiple choice (o3, o4, o5), q3 rating (required), q4 short text, q5 long text. */
    static final AnswerSheet SHEET = new AnswerSheet(
            List.of(new Question("q1", FormQuestionType.SINGLE_CHOICE, "满意吗", true),
                    new Question("q2", FormQuestionType.MULTIPLE_CHOICE, "改进哪些", false),
                    new Question("q3", FormQuestionType.RATING, "打分", true),
                    new Question("q4", FormQuestionType.SHORT_TEXT, "小区", false),
                    new Question("q5", FormQuestionType.LONG_TEXT, "意见", false)),
            List.of(new FormOption("o1", "q1", "是"), new FormOption("o2", "q1", "否"),
                    new FormOption("o3", "q2", "路灯"), new FormOption("o4", "q2", "绿化"),
                    new FormOption("o5", "q2", "停车")));

    /** The two required answers, valid, plus the given overrides (a null value removes the key). */
    static Map<String, Object> answers(Object... keysAndValues) {
        Map<String, Object> answers = new HashMap<>(Map.of("q1", "o1", "q3", 4));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                answers.remove((String) keysAndValues[i]);
            } else {
                answers.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return answers;
    }

    static Stream<Arguments> wrongAnswers() {
        return Stream.of(
                Arguments.of(answers("q1", null), "answers[q1]", "is required"),
                Arguments.of(answers("q1", "  "), "answers[q1]", "is required"),
                Arguments.of(answers("q3", null), "answers[q3]", "is required"),
                Arguments.of(answers("q1", "o3"), "answers[q1]", "o3 is not an option of this question"),
                Arguments.of(answers("q1", "o9"), "answers[q1]", "o9 is not an option of this question"),
                Arguments.of(answers("q1", List.of("o1", "o2")), "answers[q1]",
                        "must be exactly one option id of this question, such as o1"),
                Arguments.of(answers("q1", List.of("o1")), "answers[q1]",
                        "must be exactly one option id of this question, such as o1"),
                Arguments.of(answers("q1", 1), "answers[q1]", "must be exactly one option id of this question, such as o1"),
                Arguments.of(answers("q2", "o3"), "answers[q2]",
                        "must be a list of option ids of this question, such as [\"o3\"]"),
                Arguments.of(answers("q2", List.of("o3", 4)), "answers[q2]",
                        "must be a list of option ids of this question, such as [\"o3\"]"),
                Arguments.of(answers("q2", List.of("o3", "o1")), "answers[q2]", "o1 is not an option of this question"),
                Arguments.of(answers("q2", List.of("o3", "o3")), "answers[q2]", "names o3 more than once"),
                Arguments.of(answers("q3", 0), "answers[q3]", "must be a whole number from 1 to 5"),
                Arguments.of(answers("q3", 6), "answers[q3]", "must be a whole number from 1 to 5"),
                Arguments.of(answers("q3", -1), "answers[q3]", "must be a whole number from 1 to 5"),
                Arguments.of(answers("q3", 4.5), "answers[q3]", "must be a whole number from 1 to 5"),
                Arguments.of(answers("q3", 4.0), "answers[q3]", "must be a whole number from 1 to 5"),
                Arguments.of(answers("q3", "4"), "answers[q3]", "must be a whole number from 1 to 5"),
                Arguments.of(answers("q3", true), "answers[q3]", "must be a whole number from 1 to 5"),
                Arguments.of(answers("q3", new BigInteger("4294967300")), "answers[q3]", "must be a whole number from 1 to 5"),
                Arguments.of(answers("q3", 4294967300L), "answers[q3]", "must be a whole number from 1 to 5"),
                Arguments.of(answers("q4", 12), "answers[q4]", "must be text"),
                Arguments.of(answers("q4", List.of("a")), "answers[q4]", "must be text"),
                Arguments.of(answers("q4", "好".repeat(200) + "🚨"), "answers[q4]", "must be at most 200 characters long"),
                Arguments.of(answers("q5", "好".repeat(4999) + "🚨🚨"), "answers[q5]", "must be at most 5000 characters long"),
                Arguments.of(answers("q5", "broken \uD83D pair"), "answers[q5]", "must be valid Unicode text"),
                Arguments.of(answers("q5", "reversed \uDE80\uD83D pair"), "answers[q5]", "must be valid Unicode text"),
                Arguments.of(answers("q9", "x"), "answers[q9]", "is not a question of this form"),
                Arguments.of(answers("a-very-long-question-key-indeed", "x"), "answers[a-very-long-ques…]",
                        "is not a question of this form"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("wrongAnswers")
    void eachWrongAnswerIsNamed(Map<String, Object> answers, String field, String message) {
        ProblemException refused = assertThrows(ProblemException.class, () -> SHEET.read(answers));
        assertEquals(400, refused.problem().getStatus());
        assertEquals(List.of(new FieldViolation(field, message)), refused.problem().getErrors());
    }

    @Test
    void everyWrongAnswerIsNamedAtOnceInQuestionOrderThenUnknownKeys() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("q2", List.of("o1"));
        answers.put("q4", 5);
        answers.put("zz", "x");
        answers.put("q0", "x");
        ProblemException refused = assertThrows(ProblemException.class, () -> SHEET.read(answers));
        assertEquals(List.of("answers[q1]", "answers[q2]", "answers[q3]", "answers[q4]", "answers[q0]", "answers[zz]"),
                refused.problem().getErrors().stream().map(FieldViolation::field).toList());
    }

    @Test
    void validAnswersBecomeOneItemPerAnswerAndPerChosenOption() {
        String text = "灯🚨".repeat(2500);
        List<AnswerItem> items = SHEET.read(answers("q2", List.of("o5", "o3"), "q3", 5, "q4", "幸福小区", "q5", text));
        assertEquals(List.of(AnswerItem.option("q1", "o1"), AnswerItem.option("q2", "o5"), AnswerItem.option("q2", "o3"),
                AnswerItem.rating("q3", 5), AnswerItem.text("q4", "幸福小区"), AnswerItem.text("q5", text)), items);
    }

    @Test
    void skippedOptionalQuestionsLeaveNothingAndTextIsKeptExactly() {
        String hostile = "  <script>alert('x')</script>\n=cmd|' /C calc'!A0 \"quoted\" \u0000 ";
        List<AnswerItem> items = SHEET.read(answers("q2", List.of(), "q4", "   ", "q5", hostile));
        assertEquals(List.of(AnswerItem.option("q1", "o1"), AnswerItem.rating("q3", 4), AnswerItem.text("q5", hostile)), items);
    }

    @Test
    void wholeNumbersOfAnyJsonSizeAreRatings() {
        for (Object rating : Arrays.asList(1, 5L, (short) 3, BigInteger.TWO)) {
            assertEquals(AnswerItem.rating("q3", ((Number) rating).intValue()), SHEET.read(answers("q3", rating)).get(1));
        }
    }
}
