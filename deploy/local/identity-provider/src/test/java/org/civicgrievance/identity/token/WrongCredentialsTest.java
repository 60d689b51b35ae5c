package org.civicgrievance.identity.token;

import static org.civicgrievance.identity.TokenRequests.LOCAL_PASSWORD;
import static org.civicgrievance.identity.TokenRequests.signIn;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.civicgrievance.identity.TestAccounts;
import org.junit.jupiter.api.Test;

/** A refusal says nothing about which part was wrong, or whether the account exists at all. */
@QuarkusTest
class WrongCredentialsTest {

    @Inject
    TestAccounts accounts;

    @Test
    void aWrongPasswordIsAnInvalidGrant() {
        signIn(accounts.newOperator(), "not-the-password")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("The username or password is wrong."));
    }

    @Test
    void wrongPasswordUnknownUserAndDeactivatedAccountAreAnsweredAlike() {
        Response wrongPassword = signIn(accounts.newOperator(), "not-the-password");
        Response unknownUser = signIn("nobody." + UUID.randomUUID().toString().substring(0, 8), TestAccounts.PASSWORD);
        Response deactivated = signIn(accounts.newDeactivatedOperator(), TestAccounts.PASSWORD);

        assertEquals(wrongPassword.statusCode(), unknownUser.statusCode());
        assertEquals(wrongPassword.body().asString(), unknownUser.body().asString());
        assertEquals(wrongPassword.statusCode(), deactivated.statusCode());
        assertEquals(wrongPassword.body().asString(), deactivated.body().asString());
    }

    @Test
    void theLocalPasswordOfOneAccountIsNotAnother() {
        signIn(accounts.newOperator(), LOCAL_PASSWORD)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("error", equalTo("invalid_grant"));
    }
}
