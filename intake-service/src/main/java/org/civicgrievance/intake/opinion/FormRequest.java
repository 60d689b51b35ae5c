package org.civicgrievance.intake.opinion;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civicgrievance.platform.validation.MaxCharacters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A form as an administrator writes it, to create a draft or to replace a draft's content.
 * Field-by-field checks here; rules across fields (dates, options per question type) in
 * {@link FormDefinition#of}.
 */
public record FormRequest(
        @NotBlank @MaxCharacters(200) String title,
        @MaxCharacters(2000) String description,
        @Schema(description = "BCP 47 tag of the language the form is written in", defaultValue = FormDefinition.DEFAULT_LANGUAGE)
        @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,2}", message = "must be a language tag such as zh-CN or en")
        String language,
        @NotEmpty Set<Audience> audience,
        @Schema(description = "first moment answers are taken") @NotNull Instant opensAt,
        @Schema(description = "answers are taken until just before this moment") @NotNull Instant closesAt,
        @NotEmpty @Size(max = FormDefinition.MAX_QUESTIONS) @Valid List<QuestionRequest> questions,
        @Schema(description = "when replacing a draft: the version it was read at (optimistic locking)") Long version) {

    public record QuestionRequest(
            @NotNull FormQuestionType type,
            @NotBlank @MaxCharacters(500) String text,
            boolean required,
            @Schema(description = "labels of a choice question's options, in order; ids o1, o2, ... are assigned")
            List<String> options) {
    }
}
