package org.civicgrievance.intake.opinion;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.ProblemException;

/**
 * The 409s of opinion forms: a request that is well formed but conflicts with the state of the
 * form or answer. Each names that state, so a client can tell the user what to do instead
 * (as {@code formStatus} or {@code state}: {@code status} is the RFC's HTTP status member).
 */
final class FormProblems {

    private FormProblems() {
    }

    static ProblemException frozen(FormStatus status) {
        return conflict("form-frozen", "A published form cannot be edited",
                "This form is %s: publishing froze its questions. Close it and publish a new form instead."
                        .formatted(status),
                Map.of("formStatus", status));
    }

    /** @param currentVersion the version now stored, when known */
    static ProblemException editedMeanwhile(Long currentVersion) {
        return conflict("edit-conflict", "Someone else changed this form",
                "The form changed since you read it. Read it again, reapply your changes and send them with the new version.",
                currentVersion == null ? Map.of() : Map.of("currentVersion", currentVersion));
    }

    static ProblemException notADraft(FormStatus status) {
        return conflict("form-not-draft", "Only a draft can be published",
                "This form is %s already.".formatted(status), Map.of("formStatus", status));
    }

    static ProblemException periodOver(Instant closesAt) {
        return conflict("form-period-over", "The form's closing time has passed",
                "A form closing at %s would never take an answer: move closesAt into the future first.".formatted(closesAt),
                Map.of("closesAt", closesAt));
    }

    static ProblemException cannotClose(FormState state) {
        return conflict("form-not-closable", "Only a published form that is not closed yet can be closed",
                "This form is %s.".formatted(state), Map.of("state", state));
    }

    static ProblemException notOpen(FormState state, Instant opensAt, Instant closesAt) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("state", state);
        String detail = switch (state) {
            case DRAFT -> "This form has not been published.";
            case UPCOMING -> "This form takes answers from " + opensAt + ".";
            default -> "This form no longer takes answers.";
        };
        if (state != FormState.DRAFT) {
            extensions.put("opensAt", opensAt);
            extensions.put("closesAt", closesAt);
        }
        return conflict("form-not-open", "This form is not taking answers", detail, extensions);
    }

    /** @param trackingNumber shown to the respondent who proved the answer is theirs; null for anyone else */
    static ProblemException answerHasCase(String trackingNumber) {
        return conflict("answer-has-case", "This answer has already become a case",
                "Each answer becomes at most one case.",
                trackingNumber == null ? Map.of() : Map.of("trackingNumber", trackingNumber));
    }

    private static ProblemException conflict(String type, String title, String detail, Map<String, Object> extensions) {
        return new ProblemException(new Problem(type, title, 409, detail, List.of(), extensions));
    }
}
