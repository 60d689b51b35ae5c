package org.civicgrievance.intake.opinion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.civicgrievance.intake.grievance.GrievanceKind;
import org.civicgrievance.intake.grievance.SubmitGrievanceRequest;
import org.civicgrievance.intake.grievance.SubmitGrievanceRequest.ContactInput;
import org.civicgrievance.intake.grievance.SubmitGrievanceRequest.LocationInput;
import org.civicgrievance.platform.validation.MaxCharacters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The case an answer raises, as its respondent or an operator describes it. The case's title is
 * the form's title, so handlers see where it came from.
 */
public record AnswerCaseRequest(
        @Schema(description = "defaults to COMPLAINT: a concrete problem that needs fixing") GrievanceKind kind,
        @NotBlank @Pattern(regexp = SubmitGrievanceRequest.CATEGORY_PATTERN, message = SubmitGrievanceRequest.CATEGORY_MESSAGE)
        String category,
        @NotBlank @MaxCharacters(5000) String description,
        @NotNull @Valid LocationInput location,
        @Valid ContactInput contact) {

    SubmitGrievanceRequest toSubmission(String formTitle) {
        return new SubmitGrievanceRequest(kind == null ? GrievanceKind.COMPLAINT : kind, category, formTitle, description,
                location, contact);
    }
}
