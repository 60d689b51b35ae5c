package org.civicgrievance.intake.opinion;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A respondent's answers, keyed by question id. */
public record AnswerRequest(
        @Schema(description = "by question id: text for SHORT_TEXT and LONG_TEXT, one option id for SINGLE_CHOICE, "
                + "a list of option ids for MULTIPLE_CHOICE, a whole number from 1 to 5 for RATING; "
                + "a skipped question may be left out",
                example = "{\"q1\": \"o2\", \"q2\": [\"o4\", \"o6\"], \"q3\": 4, \"q4\": \"路灯太暗\"}")
        @NotNull Map<String, Object> answers) {
}
