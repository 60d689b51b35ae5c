package org.civicgrievance.resolution;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** What a staff member does to a case, through the API, with their bearer token. */
public final class StaffActions {

    private StaffActions() {
    }

    public static ValidatableResponse claim(String caseId, String token) {
        return given().auth().oauth2(token)
                .when().post("/api/cases/{id}/claim", caseId)
                .then().log().ifValidationFails();
    }

    public static ValidatableResponse resolve(String caseId, String token, String note) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("note", note))
                .when().post("/api/cases/{id}/resolve", caseId)
                .then().log().ifValidationFails();
    }
}
