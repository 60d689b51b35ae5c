package org.civicgrievance.identity.token;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.identity.TokenRequests.signIn;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.civicgrievance.identity.TestAccounts;
import org.junit.jupiter.api.Test;

/** Malformed token requests get 400 with an RFC 6749 error naming what is wrong, and cost no guess. */
@QuarkusTest
class BadTokenRequestTest {

    @Inject
    TestAccounts accounts;

    @Test
    void aMissingGrantTypeIsAnInvalidRequest() {
        given().contentType(ContentType.URLENC)
                .formParam("username", "operator.chen")
                .formParam("password", "civic-local-2026")
                .when().post("/token")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("grant_type is missing; send grant_type=password."));
    }

    @Test
    void anotherGrantTypeIsUnsupported() {
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("username", "operator.chen")
                .formParam("password", "civic-local-2026")
                .when().post("/token")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("error", equalTo("unsupported_grant_type"))
                .body("error_description", equalTo("Only grant_type=password is supported here, not client_credentials."));
    }

    @Test
    void aMissingPasswordIsNamed() {
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("username", "operator.chen")
                .when().post("/token")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("password is missing."));
    }

    @Test
    void aBlankUsernameAndAnEmptyPasswordAreBothNamed() {
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("username", "  ")
                .formParam("password", "")
                .when().post("/token")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("username and password are missing."));
    }

    @Test
    void anEmptyFormIsAnInvalidRequest() {
        given().contentType(ContentType.URLENC)
                .when().post("/token")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void aUsernameLongerThanAnyAccountsIsAnInvalidRequest() {
        signIn("x".repeat(65), "whatever")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("username is longer than 64 characters."));
    }

    /** OAuth token requests are forms (RFC 6749 §4.3.2); JSON is refused before any field is read. */
    @Test
    void aJsonBodyIsAnUnsupportedMediaType() {
        given().contentType(ContentType.JSON)
                .body("{\"grant_type\":\"password\",\"username\":\"operator.chen\",\"password\":\"civic-local-2026\"}")
                .when().post("/token")
                .then().log().ifValidationFails()
                .statusCode(Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode());
    }

    @Test
    void malformedRequestsDoNotCountAsFailedSignIns() {
        String username = accounts.newOperator();
        for (int attempt = 0; attempt < 6; attempt++) {
            given().contentType(ContentType.URLENC)
                    .formParam("grant_type", "password")
                    .formParam("username", username)
                    .when().post("/token")
                    .then().statusCode(Status.BAD_REQUEST.getStatusCode());
        }

        signIn(username, TestAccounts.PASSWORD)
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode());
    }
}
