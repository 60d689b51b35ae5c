package org.civicgrievance.intake.grievance;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civicgrievance.platform.validation.MaxCharacters;

/** A resident's submission as it arrives over the REST API. */
public record SubmitGrievanceRequest(
        @NotNull GrievanceKind kind,
        @NotBlank @Pattern(regexp = CATEGORY_PATTERN, message = CATEGORY_MESSAGE) String category,
        @MaxCharacters(200) String title,
        @NotBlank @MaxCharacters(5000) String description,
        @NotNull @Valid LocationInput location,
        @Valid ContactInput contact) {

    /** A service catalogue code; cases made from other requests (opinion answers) check theirs the same way. */
    public static final String CATEGORY_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    public static final String CATEGORY_MESSAGE = "must be a category code such as street-lighting";

    public record LocationInput(
            @NotBlank @MaxCharacters(500) String address,
            @MaxCharacters(64) String district,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
    }

    public record ContactInput(
            @MaxCharacters(100) String name,
            @Pattern(regexp = "\\+?[0-9][0-9 -]{4,19}", message = "must be a phone number of 5 to 20 digits") String phone,
            @Email @Size(max = 254) String email) {
    }

    Grievance.Submission toSubmission() {
        Location place = new Location(location.address(), location.district(), location.latitude(), location.longitude());
        Contact person = contact == null ? null : new Contact(contact.name(), contact.phone(), contact.email());
        return new Grievance.Submission(kind, category, title, description, place, person);
    }
}
