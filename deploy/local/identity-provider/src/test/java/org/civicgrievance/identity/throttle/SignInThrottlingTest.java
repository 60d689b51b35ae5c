package org.civicgrievance.identity.throttle;

import static org.civicgrievance.identity.TokenRequests.signIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.civicgrievance.identity.TestAccounts;
import org.civicgrievance.identity.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Five failed sign-ins for a username within 15 minutes lock it until the window passes, right
 * password or not. Time moves on the test clock, never by sleeping.
 */
@QuarkusTest
class SignInThrottlingTest {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final String WRONG = "not-the-password";

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    @Inject
    FailedSignInRepository failures;

    @Inject
    SignInThrottle throttle;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedUntilTheWindowPasses() {
        String username = accounts.newOperator();
        failFiveTimes(username);

        signIn(username, TestAccounts.PASSWORD)
                .then().log().ifValidationFails()
                .statusCode(TOO_MANY_REQUESTS)
                .contentType(ContentType.JSON)
                .header("Retry-After", Long::parseLong, allOf(greaterThanOrEqualTo(1L), lessThanOrEqualTo(WINDOW.toSeconds())))
                .body("error", equalTo("too_many_attempts"))
                .body("error_description", equalTo("Too many failed sign-ins for this username; try again later."));

        clock.advance(WINDOW.minusMinutes(1));
        signIn(username, TestAccounts.PASSWORD)
                .then().log().ifValidationFails()
                .statusCode(TOO_MANY_REQUESTS)
                .header("Retry-After", Long::parseLong, allOf(greaterThanOrEqualTo(1L), lessThanOrEqualTo(60L)));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        signIn(username, TestAccounts.PASSWORD)
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode());
    }

    @Test
    void aLockedUsernameAnswersAWrongPasswordAsItAnswersTheRightOne() {
        String username = accounts.newOperator();
        failFiveTimes(username);

        String rightPassword = signIn(username, TestAccounts.PASSWORD).then().statusCode(TOO_MANY_REQUESTS)
                .extract().body().asString();
        String wrongPassword = signIn(username, WRONG).then().statusCode(TOO_MANY_REQUESTS)
                .extract().body().asString();

        assertEquals(rightPassword, wrongPassword);
    }

    @Test
    void unknownUsernamesAreThrottledAlike() {
        String nobody = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        failFiveTimes(nobody);

        signIn(nobody, WRONG)
                .then().log().ifValidationFails()
                .statusCode(TOO_MANY_REQUESTS)
                .body("error", equalTo("too_many_attempts"));
    }

    @Test
    void changingTheCaseOfTheUsernameEarnsNoMoreGuesses() {
        String username = accounts.newOperator();
        for (int attempt = 0; attempt < 5; attempt++) {
            String variant = attempt % 2 == 0 ? username.toUpperCase(Locale.ROOT) : username;
            signIn(variant, WRONG).then().statusCode(Status.BAD_REQUEST.getStatusCode());
        }

        signIn(username, TestAccounts.PASSWORD)
                .then().log().ifValidationFails()
                .statusCode(TOO_MANY_REQUESTS);
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        String username = accounts.newOperator();
        for (int attempt = 0; attempt < 4; attempt++) {
            signIn(username, WRONG).then().statusCode(Status.BAD_REQUEST.getStatusCode());
        }
        clock.advance(WINDOW.plusSeconds(1));

        signIn(username, WRONG).then().statusCode(Status.BAD_REQUEST.getStatusCode());
        signIn(username, TestAccounts.PASSWORD)
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode());
    }

    @Test
    void aSuccessfulSignInForgivesEarlierFailures() {
        String username = accounts.newOperator();
        for (int attempt = 0; attempt < 4; attempt++) {
            signIn(username, WRONG).then().statusCode(Status.BAD_REQUEST.getStatusCode());
        }
        signIn(username, TestAccounts.PASSWORD).then().statusCode(Status.OK.getStatusCode());

        for (int attempt = 0; attempt < 4; attempt++) {
            signIn(username, WRONG).then().statusCode(Status.BAD_REQUEST.getStatusCode());
        }
        signIn(username, TestAccounts.PASSWORD)
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode());
    }

    /** In the database, not in memory: a restart of the provider does not hand out fresh guesses. */
    @Test
    void failuresAreKeptInTheDatabaseAndPurgedOnceExpired() {
        String username = accounts.newOperator();
        failFiveTimes(username);
        assertEquals(5, failures.attemptTimesSince(username, Instant.EPOCH).size());

        clock.advance(WINDOW.plusSeconds(1));
        throttle.purgeExpired();

        assertEquals(0, failures.attemptTimesSince(username, Instant.EPOCH).size());
    }

    private static void failFiveTimes(String username) {
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(username, WRONG)
                    .then().log().ifValidationFails()
                    .statusCode(Status.BAD_REQUEST.getStatusCode())
                    .body("error", equalTo("invalid_grant"));
        }
    }
}
