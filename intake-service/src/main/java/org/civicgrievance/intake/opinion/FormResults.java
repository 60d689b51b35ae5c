package org.civicgrievance.intake.opinion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a form's respondents said: per question how many answered it, counts per option (every
 * option listed, chosen or not), the distribution and average of ratings, and the free text.
 *
 * <p>{@code averageRating} is the mean of the ratings given (skipped questions do not count),
 * rounded half up to two decimals; null while nobody has rated.
 */
public record FormResults(String formId, String title, FormState state, long answers, List<QuestionResult> questions) {

    static final int AVERAGE_DECIMALS = 2;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(String id, FormQuestionType type, String text, long answered, List<OptionCount> options,
            List<RatingCount> ratings, BigDecimal averageRating, List<TextAnswer> texts) {
    }

    public record OptionCount(String id, String label, long count) {
    }

    public record RatingCount(int rating, long count) {
    }

    public record TextAnswer(String answerId, Instant submittedAt, String text) {
    }

    /** What the database counted for one form; absent keys mean zero. */
    public record Counts(long answers, Map<String, Long> answeredPerQuestion, Map<String, Long> perOption,
            Map<String, Map<Integer, Long>> perRating, Map<String, List<TextAnswer>> texts) {
    }

    static FormResults tally(OpinionForm form, Instant now, Counts counts) {
        List<QuestionResult> questions = form.getQuestions().stream().map(question -> {
            long answered = counts.answeredPerQuestion().getOrDefault(question.key(), 0L);
            FormQuestionType type = question.type();
            if (type.isChoice()) {
                List<OptionCount> options = form.optionsOf(question.key()).stream()
                        .map(option -> new OptionCount(option.key(), option.label(),
                                counts.perOption().getOrDefault(option.key(), 0L)))
                        .toList();
                return new QuestionResult(question.key(), type, question.text(), answered, options, null, null, null);
            }
            if (type == FormQuestionType.RATING) {
                Map<Integer, Long> given = counts.perRating().getOrDefault(question.key(), Map.of());
                List<RatingCount> ratings = IntStream.rangeClosed(FormQuestionType.LOWEST_RATING, FormQuestionType.HIGHEST_RATING)
                        .mapToObj(rating -> new RatingCount(rating, given.getOrDefault(rating, 0L)))
                        .toList();
                return new QuestionResult(question.key(), type, question.text(), answered, null, ratings,
                        average(ratings), null);
            }
            return new QuestionResult(question.key(), type, question.text(), answered, null, null, null,
                    counts.texts().getOrDefault(question.key(), List.of()));
        }).toList();
        return new FormResults(form.getId(), form.getTitle(), form.state(now), counts.answers(), questions);
    }

    /** Exact: the sum and count are whole numbers, divided once, rounded half up. */
    static BigDecimal average(List<RatingCount> ratings) {
        long count = ratings.stream().mapToLong(RatingCount::count).sum();
        if (count == 0) {
            return null;
        }
        long sum = ratings.stream().mapToLong(rating -> rating.rating() * rating.count()).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), AVERAGE_DECIMALS, RoundingMode.HALF_UP);
    }
}
