package org.civicgrievance.intake.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrievance.intake.opinion.FormResults.RatingCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Results from counts, and their CSV, without any container. */
class FormResultsTallyTest {

    static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");

    @ParameterizedTest(name = "ratings 1..5 counted {0},{1},{2},{3},{4} -> {5}")
    @CsvSource({
            "0, 0, 0, 2, 1, 4.33",   // 4, 4, 5: 13 / 3 = 4.333...
            "1, 1, 0, 0, 0, 1.50",
            "0, 0, 0, 0, 7, 5.00",
            "0, 1, 0, 0, 1, 3.50",
            "2, 0, 0, 0, 1, 2.33",   // 7 / 3 = 2.333...
            "1, 0, 0, 0, 2, 3.67",   // 11 / 3 = 3.666...
            "0, 1, 0, 0, 0, 2.00",
            "1, 0, 1, 0, 1, 3.00",
            "0, 0, 1, 1, 1, 4.00",
            "1, 1, 1, 1, 4, 3.75",
            "1, 0, 0, 0, 7, 4.50",
            "0, 3, 0, 0, 5, 3.88",   // 31 / 8 = 3.875, half up
    })
    void averagesAreExactThenRoundedHalfUpToTwoDecimals(long ones, long twos, long threes, long fours, long fives,
            BigDecimal expected) {
        assertEquals(expected, FormResults.average(List.of(new RatingCount(1, ones), new RatingCount(2, twos),
                new RatingCount(3, threes), new RatingCount(4, fours), new RatingCount(5, fives))));
    }

    @Test
    void nobodyRatedMeansNoAverage() {
        assertNull(FormResults.average(List.of(new RatingCount(1, 0), new RatingCount(5, 0))));
    }

    static OpinionForm form() {
        List<FormRequest.QuestionRequest> questions = new ArrayList<>(List.of(
                new FormRequest.QuestionRequest(FormQuestionType.SINGLE_CHOICE, "=满意吗", true, List.of("是", "-否")),
                new FormRequest.QuestionRequest(FormQuestionType.RATING, "打分", true, null),
                new FormRequest.QuestionRequest(FormQuestionType.LONG_TEXT, "意见", false, null)));
        OpinionForm form = OpinionForm.draft("f-1", FormDefinition.of(new FormRequest("环境", null, null,
                Set.of(Audience.UNITS), NOW.minusSeconds(60), NOW.plusSeconds(3600), questions, null)), "zhou.ping", NOW);
        form.publish("zhou.ping", NOW);
        return form;
    }

    @Test
    void everyOptionAndRatingIsListedEvenWhenNobodyChoseIt() {
        FormResults results = FormResults.tally(form(), NOW, new FormResults.Counts(3,
                Map.of("q1", 3L, "q2", 2L, "q3", 1L), Map.of("o2", 3L), Map.of("q2", Map.of(4, 1L, 5, 1L)),
                Map.of("q3", List.of(new FormResults.TextAnswer("a-1", NOW, "=1+1")))));

        assertEquals(FormState.OPEN, results.state());
        assertEquals(3, results.answers());
        FormResults.QuestionResult choice = results.questions().get(0);
        assertEquals(List.of(new FormResults.OptionCount("o1", "是", 0), new FormResults.OptionCount("o2", "-否", 3)),
                choice.options());
        FormResults.QuestionResult rating = results.questions().get(1);
        assertEquals(List.of(0L, 0L, 0L, 1L, 1L), rating.ratings().stream().map(RatingCount::count).toList());
        assertEquals(new BigDecimal("4.50"), rating.averageRating());
        assertEquals(2, rating.answered());
        assertEquals("=1+1", results.questions().get(2).texts().get(0).text(), "the results keep the text as given");
    }

    @Test
    void theCsvRepeatsTheResultsWithNoCellAFormula() {
        FormResults results = FormResults.tally(form(), NOW, new FormResults.Counts(1,
                Map.of("q1", 1L, "q2", 1L, "q3", 1L), Map.of("o2", 1L), Map.of("q2", Map.of(3, 1L)),
                Map.of("q3", List.of(new FormResults.TextAnswer("a-1", NOW, "=HYPERLINK(\"http://evil\",\"点我\")")))));

        String csv = ResultsCsv.write(results);
        assertTrue(csv.startsWith("\uFEFF" + ResultsCsv.HEADER + "\r\n"), "byte order mark, then the header");
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(1 + 2 + 5 + 1 + 1, lines.length, csv);
        assertEquals("\"q1\",\"'=满意吗\",\"SINGLE_CHOICE\",\"o2\",\"'-否\",\"1\",,,,", lines[2]);
        assertEquals("\"q2\",\"打分\",\"RATING\",,\"3\",\"1\",,,,", lines[5]);
        assertEquals("\"q2\",\"打分\",\"RATING\",,,\"1\",\"3.00\",,,", lines[8]);
        assertEquals("\"q3\",\"意见\",\"LONG_TEXT\",,,,,\"a-1\",\"2026-12-02T01:00:00Z\","
                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\"", lines[9]);
    }
}
