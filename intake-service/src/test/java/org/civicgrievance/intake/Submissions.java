package org.civicgrievance.intake;

import static io.restassured.RestAssured.given;

import jakarta.ws.rs.core.Response.Status;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Test data: a resident's submission, sent through the public API as a resident would. */
public final class Submissions {

    public static final String STREET_LIGHT = """
            {"kind":"COMPLAINT","category":"street-lighting","title":"路灯不亮",
             "description":"幸福路12号门口的路灯坏了一周 🚨 <script>alert('x')</script>",
             "location":{"address":"幸福路12号","district":"gulou","latitude":26.08,"longitude":119.3},
             "contact":{"name":"张三","phone":"13812345678","email":"zhang@example.org"}}""";

    private Submissions() {
    }

    /** Submits and expects 201; the receipt holds caseId, trackingNumber and accessCode. */
    public static ExtractableResponse<Response> submit(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/cases")
                .then().log().ifValidationFails()
                .statusCode(Status.CREATED.getStatusCode())
                .extract();
    }
}
