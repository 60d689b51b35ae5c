package org.civicgrievance.identity.token;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import org.civicgrievance.identity.account.PasswordCheck;
import org.civicgrievance.identity.account.StaffAccount;
import org.civicgrievance.identity.throttle.SignInThrottle;

/**
 * The resource-owner password grant (RFC 6749 §4.3): checks the form, the throttle and the
 * password, then issues an access token.
 *
 * <p>Deliberately not one transaction: the throttle records the attempt in a transaction of its
 * own before the slow bcrypt check, which then runs holding no database connection or lock.
 * Passwords are never logged, and neither are the usernames of refused attempts (people type
 * their password into the username field often enough).
 */
@ApplicationScoped
public class PasswordGrantService {

    static final String PASSWORD_GRANT = "password";
    /** The length of the username column: a longer one cannot belong to any account. */
    static final int MAX_USERNAME_LENGTH = 64;

    private final SignInThrottle throttle;
    private final PasswordCheck passwords;
    private final AccessTokenIssuer tokens;

    public PasswordGrantService(SignInThrottle throttle, PasswordCheck passwords, AccessTokenIssuer tokens) {
        this.throttle = throttle;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    /**
     * @throws OAuthException {@code invalid_request} or {@code unsupported_grant_type} for a malformed
     *                        request, {@code invalid_grant} for wrong credentials, 429 when throttled
     */
    public TokenResponse grant(TokenRequest request) {
        requireWellFormed(request);

        Optional<Duration> locked = throttle.begin(request.username());
        if (locked.isPresent()) {
            Log.warn("Sign-in refused without checking the password: too many failed attempts for the username");
            throw OAuthException.tooManyAttempts(locked.get());
        }

        StaffAccount account = passwords.signIn(request.username(), request.password()).orElseThrow(() -> {
            Log.info("Sign-in refused: wrong username or password, or a deactivated account");
            return OAuthException.invalidGrant();
        });
        throttle.succeeded(request.username());

        AccessTokenIssuer.IssuedToken token = tokens.issue(account);
        Log.infof("Issued access token %s to %s %s", token.tokenId(), account.getRoles(), account.getUsername());
        return TokenResponse.bearer(token.compact(), tokens.lifetimeSeconds());
    }

    private static void requireWellFormed(TokenRequest request) {
        if (isMissing(request.grantType())) {
            throw OAuthException.invalidRequest("grant_type is missing; send grant_type=password.");
        }
        if (!PASSWORD_GRANT.equals(request.grantType())) {
            throw OAuthException.unsupportedGrantType(request.grantType());
        }
        List<String> missing = new ArrayList<>();
        if (isMissing(request.username())) {
            missing.add("username");
        }
        if (request.password() == null || request.password().isEmpty()) {
            missing.add("password");
        }
        if (!missing.isEmpty()) {
            throw OAuthException.invalidRequest(String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " missing.");
        }
        if (request.username().length() > MAX_USERNAME_LENGTH) {
            throw OAuthException.invalidRequest("username is longer than " + MAX_USERNAME_LENGTH + " characters.");
        }
    }

    private static boolean isMissing(String value) {
        return value == null || value.isBlank();
    }
}
