package org.civicgrievance.platform.security.web;

import java.util.OptionalLong;

/** What the identity provider answered to a password grant, as the sign-in page needs to know it. */
public sealed interface SignInOutcome {

    /** Signed in: the access token and how many seconds it stays valid. */
    record Granted(String accessToken, long expiresInSeconds) implements SignInOutcome {

        @Override
        public String toString() {
            return "Granted[expiresInSeconds=" + expiresInSeconds + "]"; // never the token
        }
    }

    /** Unknown user, wrong password or a disabled account: the provider does not say which, nor do we. */
    record WrongCredentials() implements SignInOutcome {
    }

    /** Too many failed attempts for this username; {@code retryAfterSeconds} when the provider said. */
    record Throttled(OptionalLong retryAfterSeconds) implements SignInOutcome {
    }

    /** The provider could not be reached or answered something unusable; {@code reason} is for the log only. */
    record Unavailable(String reason) implements SignInOutcome {
    }
}
