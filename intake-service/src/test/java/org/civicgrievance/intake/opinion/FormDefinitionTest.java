package org.civicgrievance.intake.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.civicgrievance.intake.opinion.FormRequest.QuestionRequest;
import org.civicgrievance.platform.problem.Problem.FieldViolation;
import org.civicgrievance.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules across a form definition's fields, without any container. */
class FormDefinitionTest {

    static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-12-15T01:00:00Z");

    static FormRequest request(Instant opensAt, Instant closesAt, QuestionRequest... questions) {
        return new FormRequest("社区环境", null, null, Set.of(Audience.RESIDENTS), opensAt, closesAt,
                Arrays.asList(questions), null);
    }

    static QuestionRequest question(FormQuestionType type, String... options) {
        return new QuestionRequest(type, "问题", false, options.length == 0 ? null : new ArrayList<>(Arrays.asList(options)));
    }

    private static List<FieldViolation> errorsOf(FormRequest request) {
        return assertThrows(ProblemException.class, () -> FormDefinition.of(request)).problem().getErrors();
    }

    @Test
    void questionsAndOptionsGetIdsInOrderWithOptionsCountedAcrossTheForm() {
        FormDefinition definition = FormDefinition.of(request(OPENS, CLOSES,
                question(FormQuestionType.SINGLE_CHOICE, "是", "否"),
                question(FormQuestionType.RATING),
                question(FormQuestionType.MULTIPLE_CHOICE, "甲", "乙", "丙")));

        assertEquals(List.of("q1", "q2", "q3"), definition.questions().stream().map(Question::key).toList());
        assertEquals(List.of("o1", "o2", "o3", "o4", "o5"), definition.options().stream().map(FormOption::key).toList());
        assertEquals(List.of("q1", "q1", "q3", "q3", "q3"),
                definition.options().stream().map(FormOption::questionKey).toList());
        assertEquals("zh-CN", definition.language(), "the default language");
    }

    @ParameterizedTest(name = "{0} with options [{1}] -> {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "SINGLE_CHOICE   |               | questions[0].options    | a SINGLE_CHOICE question needs 2 to 20 options",
            "MULTIPLE_CHOICE | 只有一个       | questions[0].options    | a MULTIPLE_CHOICE question needs 2 to 20 options",
            "SINGLE_CHOICE   | 是,是         | questions[0].options[1] | repeats an earlier option of this question",
            "SHORT_TEXT      | 是,否         | questions[0].options    | only SINGLE_CHOICE and MULTIPLE_CHOICE questions have options",
            "RATING          | 1,2,3         | questions[0].options    | only SINGLE_CHOICE and MULTIPLE_CHOICE questions have options",
    })
    void optionsMustFitTheQuestionType(FormQuestionType type, String options, String field, String message) {
        String[] labels = options == null ? new String[0] : options.split(",");
        assertEquals(List.of(new FieldViolation(field, message)), errorsOf(request(OPENS, CLOSES, question(type, labels))));
    }

    @Test
    void labelsAreComparedWithoutSurroundingSpaceAndMustNotBeBlank() {
        assertEquals(List.of(new FieldViolation("questions[0].options[1]", "repeats an earlier option of this question")),
                errorsOf(request(OPENS, CLOSES, question(FormQuestionType.SINGLE_CHOICE, "是", " 是 "))));
        assertEquals(List.of(new FieldViolation("questions[0].options[1]", "must not be blank"),
                new FieldViolation("questions[0].options[2]", "must not be blank")),
                errorsOf(request(OPENS, CLOSES, question(FormQuestionType.SINGLE_CHOICE, "是", " ", null))));
    }

    @Test
    void twentyOptionsAreTheMostAndLongLabelsAreNamed() {
        String[] twenty = new String[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = "选项" + i;
        }
        FormDefinition.of(request(OPENS, CLOSES, question(FormQuestionType.MULTIPLE_CHOICE, twenty)));

        String[] twentyOne = Arrays.copyOf(twenty, 21);
        twentyOne[20] = "多余";
        assertEquals("questions[0].options",
                errorsOf(request(OPENS, CLOSES, question(FormQuestionType.MULTIPLE_CHOICE, twentyOne))).get(0).field());
        assertEquals("questions[0].options[1]", errorsOf(request(OPENS, CLOSES,
                question(FormQuestionType.SINGLE_CHOICE, "短", "长".repeat(199) + "🚨🚨"))).get(0).field());
        FormDefinition.of(request(OPENS, CLOSES, question(FormQuestionType.SINGLE_CHOICE, "短", "长".repeat(199) + "🚨")));
    }

    @ParameterizedTest(name = "opens {0}, closes {1}")
    @CsvSource({
            "2026-12-15T01:00:00Z, 2026-12-01T01:00:00Z",
            "2026-12-01T01:00:00Z, 2026-12-01T01:00:00Z",
    })
    void theFormClosesAfterItOpens(Instant opensAt, Instant closesAt) {
        assertEquals(List.of(new FieldViolation("closesAt", "must be after opensAt")),
                errorsOf(request(opensAt, closesAt, question(FormQuestionType.RATING))));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        List<FieldViolation> errors = errorsOf(request(CLOSES, OPENS,
                question(FormQuestionType.SINGLE_CHOICE),
                question(FormQuestionType.LONG_TEXT, "x", "y"),
                question(FormQuestionType.MULTIPLE_CHOICE, "a", "a")));
        assertEquals(List.of("closesAt", "questions[0].options", "questions[1].options", "questions[2].options[1]"),
                errors.stream().map(FieldViolation::field).toList());
    }
}
