package org.civicgrievance.identity;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** {@code POST /token} as an OAuth client sends it: a form with the password grant. */
public final class TokenRequests {

    public static final String LOCAL_PASSWORD = "civic-local-2026";

    private TokenRequests() {
    }

    public static Response signIn(String username, String password) {
        // UTF-8, as browsers and curl send it; REST Assured would otherwise encode forms in ISO-8859-1
        return given().contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParam("grant_type", "password")
                .formParam("username", username)
                .formParam("password", password)
                .when().post("/token");
    }
}
