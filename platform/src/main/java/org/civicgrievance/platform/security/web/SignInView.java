package org.civicgrievance.platform.security.web;

/**
 * The sign-in form as shown: the username kept from the last attempt (never the password), and
 * at most one message per field or for the form. {@code *DescribedBy} name the element whose text
 * explains what is wrong with the field (its {@code aria-describedby}), or are null when nothing is.
 */
public record SignInView(String username, String usernameError, String passwordError, String formError,
        boolean credentialsRefused, String csrfToken) {

    public static SignInView empty(String csrfToken) {
        return new SignInView("", null, null, null, false, csrfToken);
    }

    public static SignInView missing(String username, String usernameError, String passwordError, String csrfToken) {
        return new SignInView(username, usernameError, passwordError, null, false, csrfToken);
    }

    /** The one message for every refused username/password pair; it concerns both fields. */
    public static SignInView refused(String username, String message, String csrfToken) {
        return new SignInView(username, null, null, message, true, csrfToken);
    }

    /** A message about the attempt, not the fields (throttled, unavailable, expired form). */
    public static SignInView failed(String username, String message, String csrfToken) {
        return new SignInView(username, null, null, message, false, csrfToken);
    }

    public String usernameDescribedBy() {
        return usernameError != null ? "username-error" : credentialsRefused ? "form-error" : null;
    }

    public String passwordDescribedBy() {
        return passwordError != null ? "password-error" : credentialsRefused ? "form-error" : null;
    }
}
