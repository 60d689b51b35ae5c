package org.civicgrievance.identity.discovery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

/** What a service or an OAuth client reads to find the token endpoint and the verification key. */
@QuarkusTest
class DiscoveryTest {

    private static final String ISSUER = "http://127.0.0.1:8084";

    @Test
    void theDiscoveryDocumentNamesTheEndpointsAndTheAlgorithm() {
        given().when().get("/.well-known/openid-configuration")
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .contentType(ContentType.JSON)
                .body("issuer", equalTo(ISSUER))
                .body("token_endpoint", equalTo(ISSUER + "/token"))
                .body("jwks_uri", equalTo(ISSUER + "/.well-known/jwks.json"))
                .body("grant_types_supported", contains("password"))
                .body("id_token_signing_alg_values_supported", contains("RS256"))
                .body("claims_supported", hasItem("groups"))
                .body("claims_supported", hasItem("department"));
    }

    @Test
    void theKeySetHoldsOnlyThePublicSigningKey() {
        given().when().get("/.well-known/jwks.json")
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .contentType(ContentType.JSON)
                .body("keys", hasSize(1))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0]", hasKey("kid"))
                .body("keys[0]", hasKey("n"))
                .body("keys[0]", hasKey("e"))
                .body("keys[0]", not(hasKey("d")))
                .body("keys[0]", not(hasKey("p")))
                .body("keys[0]", not(hasKey("q")))
                .body("keys[0]", not(hasKey("dp")))
                .body("keys[0]", not(hasKey("dq")))
                .body("keys[0]", not(hasKey("qi")));
    }

    @Test
    void theKeyIdStaysTheSame() {
        String first = given().when().get("/.well-known/jwks.json").then().extract().path("keys[0].kid");
        String second = given().when().get("/.well-known/jwks.json").then().extract().path("keys[0].kid");

        assertEquals(first, second);
    }
}
