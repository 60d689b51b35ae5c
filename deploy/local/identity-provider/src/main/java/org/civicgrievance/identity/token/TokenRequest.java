package org.civicgrievance.identity.token;

/**
 * The form fields of {@code POST /token} as sent (any may be null). Its {@code toString} leaves
 * the password out, so logging a request can never write one.
 */
public record TokenRequest(String grantType, String username, String password) {

    @Override
    public String toString() {
        return "TokenRequest[grantType=" + grantType + ", username=" + username + ", password=(hidden)]";
    }
}
