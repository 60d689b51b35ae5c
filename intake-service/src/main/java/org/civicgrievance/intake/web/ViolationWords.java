package org.civicgrievance.intake.web;

import java.lang.annotation.Annotation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrievance.platform.validation.MaxCharacters;

/**
 * Says in the resident's language what the API says in English: the same check, in words a
 * resident understands. Whatever is not recognised gets a general "check this answer", so a
 * Chinese page never shows an English message.
 */
final class ViolationWords {

    private static final Pattern LIMIT = Pattern.compile("must be at most (\\d+) characters");

    private ViolationWords() {
    }

    /** A Bean Validation failure of the request, by the constraint that failed. */
    static String of(ConstraintViolation<?> violation, String field, boolean choice, WebMessages words) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
            return choice ? words.errChoose() : words.errRequired();
        }
        if (constraint instanceof MaxCharacters max) {
            return words.errTooLong(max.value());
        }
        if (constraint instanceof Size size) {
            return words.errTooLong(size.max());
        }
        if (constraint instanceof Email) {
            return words.errEmail();
        }
        if (field.equals("contact.phone")) {
            return words.errPhone();
        }
        return words.errInvalid();
    }

    /** A failure the service reported as a field violation (the catalogue's checks of the answers). */
    static String of(String message, boolean choice, WebMessages words) {
        if (message.startsWith("is required")) {
            return choice ? words.errChoose() : words.errRequired();
        }
        Matcher limit = LIMIT.matcher(message);
        if (limit.lookingAt()) {
            return words.errTooLong(Integer.parseInt(limit.group(1)));
        }
        if (message.startsWith("must be a number")) {
            return words.errNumber();
        }
        if (message.startsWith("must be a date and time")) {
            return words.errDateTime();
        }
        if (message.startsWith("must be one of") || message.startsWith("must be some of")) {
            return words.errNotAnOption();
        }
        if (message.startsWith("is not in the service catalogue")) {
            return words.errCategoryUnavailable();
        }
        return words.errInvalid();
    }
}
