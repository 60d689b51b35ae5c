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
        return post(caseId, token, "claim", null);
    }

    /** Resolves with the outcome RESOLVED. */
    public static ValidatableResponse resolve(String caseId, String token, String note) {
        return resolve(caseId, token, Map.of("outcome", "RESOLVED", "note", note));
    }

    public static ValidatableResponse resolve(String caseId, String token, Map<String, ?> body) {
        return post(caseId, token, "resolve", body);
    }

    public static ValidatableResponse start(String caseId, String token) {
        return post(caseId, token, "start", null);
    }

    public static ValidatableResponse resume(String caseId, String token) {
        return post(caseId, token, "resume", null);
    }

    public static ValidatableResponse waitForResident(String caseId, String token, String question) {
        return post(caseId, token, "wait-for-resident", Map.of("question", question));
    }

    public static ValidatableResponse returnToRouting(String caseId, String token, String reason) {
        return post(caseId, token, "return", Map.of("reason", reason));
    }

    public static ValidatableResponse merge(String caseId, String token, String into) {
        return post(caseId, token, "merge", Map.of("into", into));
    }

    public static ValidatableResponse note(String caseId, String token, String text, boolean visibleToResident) {
        return post(caseId, token, "notes", Map.of("text", text, "visibleToResident", visibleToResident));
    }

    /** POST /api/cases/{id}/{action}, with a JSON body when there is one. */
    public static ValidatableResponse post(String caseId, String token, String action, Map<String, ?> body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post("/api/cases/{id}/" + action, caseId).then().log().ifValidationFails();
    }
}
