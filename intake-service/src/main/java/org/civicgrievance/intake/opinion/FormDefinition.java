package org.civicgrievance.intake.opinion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.Problem.FieldViolation;
import org.civicgrievance.platform.problem.ProblemException;

/**
 * A form's content, consistent across its fields, with ids given to questions (q1, q2, ...) and
 * options (o1, o2, ... across the form).
 */
public record FormDefinition(String title, String description, String language, Set<Audience> audience,
        Instant opensAt, Instant closesAt, List<Question> questions, List<FormOption> options) {

    public static final String DEFAULT_LANGUAGE = "zh-CN";
    public static final int MAX_QUESTIONS = 50;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 20;
    static final int MAX_OPTION_CHARACTERS = 200;

    /**
     * Checks what Bean Validation cannot (it has already checked each field on its own) and names
     * every wrong field at once.
     *
     * @throws ProblemException 400 naming each field at fault
     */
    public static FormDefinition of(FormRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        if (!request.closesAt().isAfter(request.opensAt())) {
            errors.add(new FieldViolation("closesAt", "must be after opensAt"));
        }
        if (request.audience().stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldViolation("audience", "must list only RESIDENTS, SHOPS or UNITS"));
        }
        List<Question> questions = new ArrayList<>();
        List<FormOption> options = new ArrayList<>();
        for (int i = 0; i < request.questions().size(); i++) {
            FormRequest.QuestionRequest asked = request.questions().get(i);
            String field = "questions[" + i + "]";
            if (asked == null) {
                errors.add(new FieldViolation(field, "must not be null"));
                continue;
            }
            String key = "q" + (i + 1);
            questions.add(new Question(key, asked.type(), asked.text(), asked.required()));
            checkOptions(asked, key, field, options, errors);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors));
        }
        String language = request.language() == null ? DEFAULT_LANGUAGE : request.language();
        return new FormDefinition(request.title(), request.description(), language, Set.copyOf(request.audience()),
                request.opensAt(), request.closesAt(), List.copyOf(questions), List.copyOf(options));
    }

    private static void checkOptions(FormRequest.QuestionRequest asked, String questionKey, String field,
            List<FormOption> options, List<FieldViolation> errors) {
        List<String> labels = asked.options() == null ? List.of() : asked.options();
        if (!asked.type().isChoice()) {
            if (!labels.isEmpty()) {
                errors.add(new FieldViolation(field + ".options", "only SINGLE_CHOICE and MULTIPLE_CHOICE questions have options"));
            }
            return;
        }
        if (labels.size() < MIN_OPTIONS || labels.size() > MAX_OPTIONS) {
            errors.add(new FieldViolation(field + ".options", "a %s question needs %d to %d options"
                    .formatted(asked.type(), MIN_OPTIONS, MAX_OPTIONS)));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < labels.size(); j++) {
            String label = labels.get(j);
            String optionField = field + ".options[" + j + "]";
            if (label == null || label.isBlank()) {
                errors.add(new FieldViolation(optionField, "must not be blank"));
            } else if (label.codePointCount(0, label.length()) > MAX_OPTION_CHARACTERS) {
                errors.add(new FieldViolation(optionField, "must be at most " + MAX_OPTION_CHARACTERS + " characters long"));
            } else if (!seen.add(label.strip())) {
                errors.add(new FieldViolation(optionField, "repeats an earlier option of this question"));
            } else {
                options.add(new FormOption("o" + (options.size() + 1), questionKey, label));
            }
        }
    }
}
