package org.civicgrievance.intake.grievance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

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
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a category code such as street-lighting")
        String category,
        @MaxCharacters(200) String title,
        @NotBlank @MaxCharacters(5000) String description,
        @NotNull @Valid LocationInput location,
        @Size(max = 50) Map<String, Object> attributes,
        @Valid ContactInput contact,
        Boolean anonymous,
        Set<GreenChannelReason> greenChannel,
        @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String preferredLanguage) {

    static final String DEFAULT_LANGUAGE = "zh-CN";

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

    /**
     * The same case with {@code defaultTitle} when it has no title of its own: a case made from an
     * opinion-form answer is titled with the form's title, so handlers see where it came from.
     */
    public SubmitGrievanceRequest titledIfUntitled(String defaultTitle) {
        if (title != null && !title.isBlank()) {
            return this;
        }
        return new SubmitGrievanceRequest(kind, category, defaultTitle, description, location, attributes, contact,
                anonymous, greenChannel, preferredLanguage);
    }

    /** The answers to the category's questions as sent; {@code null} when none were. */
    public Map<String, Object> attributesOrEmpty() {
        return attributes == null ? Map.of() : attributes;
    }

    /** @param checkedAttributes the answers after the catalogue checked and normalised them */
    Grievance.Submission toSubmission(Map<String, Object> checkedAttributes) {
        Location place = new Location(location.address(), location.district(), location.latitude(), location.longitude());
        Contact person = contact == null ? null : new Contact(contact.name(), contact.phone(), contact.email());
        return new Grievance.Submission(kind, category, title, description, place, checkedAttributes, person,
                Boolean.TRUE.equals(anonymous), greenChannel == null ? Set.of() : greenChannel,
                preferredLanguage == null ? DEFAULT_LANGUAGE : preferredLanguage);
    }
}
