package org.civicgrievance.identity.token;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.identity.TokenRequests.LOCAL_PASSWORD;
import static org.civicgrievance.identity.TokenRequests.signIn;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seeded account signs in, and its token passes the checks the services make (RS256
 * signature against the key fetched from the served JWKS URL, issuer, audience, expiry), carrying
 * the roles and department the services act on. The checks run on jose4j, the library under the
 * services' smallrye-jwt.
 */
@QuarkusTest
class PasswordGrantTest {

    /** What the services expect by default (platform's mp.jwt.verify.issuer and audiences). */
    private static final String SERVICES_ISSUER = "http://127.0.0.1:8084";
    private static final String SERVICES_AUDIENCE = "civic-grievance";
    private static final int FIFTEEN_MINUTES = 900;

    @TestHTTPResource("/.well-known/jwks.json")
    URL jwksUrl;

    static Stream<Arguments> seededAccounts() {
        return Stream.of(
                arguments("operator.chen", "operator", null, "陈静"),
                arguments("handler.urban", "handler", "urban-management", "王立"),
                arguments("supervisor.urban", "supervisor", "urban-management", "刘洋"),
                arguments("handler.water", "handler", "water-affairs", "赵敏"),
                arguments("supervisor.water", "supervisor", "water-affairs", "孙强"),
                arguments("handler.transport", "handler", "transport", "吴磊"),
                arguments("supervisor.transport", "supervisor", "transport", "郑华"),
                arguments("inspector.li", "inspector", null, "李明"),
                arguments("admin.zhou", "admin", null, "周涛"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seededAccounts")
    void eachSeededAccountGetsATokenTheServicesAccept(String username, String role, String department, String name)
            throws InvalidJwtException, MalformedClaimException {
        String token = signIn(username, LOCAL_PASSWORD)
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(FIFTEEN_MINUTES))
                .body("access_token", not(emptyOrNullString()))
                .extract().path("access_token");

        JwtClaims claims = verifyAsTheServicesDo(token);

        assertEquals(SERVICES_ISSUER, claims.getIssuer());
        assertEquals(List.of(SERVICES_AUDIENCE), claims.getAudience());
        assertEquals(username, claims.getSubject());
        assertEquals(username, claims.getStringClaimValue("preferred_username"));
        assertEquals(name, claims.getStringClaimValue("name"));
        assertEquals(List.of(role), claims.getStringListClaimValue("groups"));
        assertEquals(department, claims.getStringClaimValue("department"));
        assertEquals(FIFTEEN_MINUTES, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertFalse(claims.getJwtId() == null || claims.getJwtId().isBlank(), "has a jti");
    }

    @Test
    void theTokenNamesTheServedKeyAndAlgorithm() {
        JsonPath header = JsonPath.from(new String(Base64.getUrlDecoder().decode(signInAs("inspector.li").split("\\.")[0]),
                StandardCharsets.UTF_8));
        String servedKeyId = given().when().get("/.well-known/jwks.json").then().extract().path("keys[0].kid");

        assertEquals("RS256", header.getString("alg"));
        assertEquals(servedKeyId, header.getString("kid"));
    }

    @Test
    void staffWithoutADepartmentGetNoDepartmentClaim() throws InvalidJwtException {
        assertFalse(verifyAsTheServicesDo(signInAs("admin.zhou")).hasClaim("department"));
    }

    @Test
    void eachTokenHasItsOwnId() throws InvalidJwtException, MalformedClaimException {
        String first = verifyAsTheServicesDo(signInAs("operator.chen")).getJwtId();
        String second = verifyAsTheServicesDo(signInAs("operator.chen")).getJwtId();

        assertNotEquals(first, second);
    }

    @Test
    void usernamesAreCaseInsensitiveAndTheTokenNamesTheAccountAsStored()
            throws InvalidJwtException, MalformedClaimException {
        String token = signIn("Handler.Urban", LOCAL_PASSWORD).then().statusCode(Status.OK.getStatusCode())
                .extract().path("access_token");

        assertEquals("handler.urban", verifyAsTheServicesDo(token).getSubject());
    }

    /** Guards the test itself: the verification above would catch a token whose roles were changed. */
    @Test
    void aTamperedTokenDoesNotVerify() {
        String[] parts = signInAs("handler.water").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"handler\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThrows(InvalidJwtException.class, () -> verifyAsTheServicesDo(tampered));
    }

    private static String signInAs(String username) {
        return signIn(username, LOCAL_PASSWORD).then().statusCode(Status.OK.getStatusCode()).extract().path("access_token");
    }

    /**
     * What a service configured with mp.jwt.verify.publickey.location = this JWKS URL checks: the
     * signature by a key from that URL, RS256 only, issuer, audience, expiry (30 s of skew).
     */
    private JwtClaims verifyAsTheServicesDo(String token) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(jwksUrl.toString())))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(SERVICES_ISSUER)
                .setExpectedAudience(SERVICES_AUDIENCE)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .setRequireJwtId()
                .setAllowedClockSkewInSeconds(30)
                .build()
                .processToClaims(token);
    }
}
