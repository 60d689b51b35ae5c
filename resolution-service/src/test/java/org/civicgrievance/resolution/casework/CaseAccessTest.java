package org.civicgrievance.resolution.casework;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.resolution.StaffActions.claim;
import static org.civicgrievance.resolution.StaffActions.resolve;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.resolution.RoutedCases;
import org.junit.jupiter.api.Test;

/** Who may see and do what with a department's cases; every refusal says as little as it can. */
@QuarkusTest
class CaseAccessTest {

    private static final String URBAN = "urban-management";
    private static final String HANDLER = StaffTokens.handler("wang.li", URBAN);
    private static final String OTHER_DEPARTMENT = StaffTokens.handler("sun.wei", "water-affairs");
    private static final String INSPECTOR = StaffTokens.inspector("li.qiang");
    private static final String OPERATOR = StaffTokens.operator("chen.jing");
    private static final String ADMIN = StaffTokens.admin("zhou.ping");

    @Inject
    RoutedCases routedCases;

    @Test
    void withoutAValidTokenEverythingIsUnauthorized() {
        String caseId = routedCases.queued(URBAN).subject();
        String[] invalid = {
                StaffTokens.staff("wang.li", URBAN, "handler").signedByAStranger().token(),
                StaffTokens.staff("wang.li", URBAN, "handler").expiredAt(Instant.now().minus(1, ChronoUnit.HOURS)).token(),
                StaffTokens.staff("wang.li", URBAN, "handler").issuedBy("https://evil.example").token(),
                StaffTokens.staff("wang.li", URBAN, "handler").forAudience("another-app").token(),
                "not.a.token",
        };
        given().when().get("/api/departments/{code}/queue", URBAN)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().when().post("/api/cases/{id}/claim", caseId).then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        for (String token : invalid) {
            given().auth().oauth2(token).when().get("/api/cases/{id}", caseId)
                    .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
            claim(caseId, token).statusCode(Status.UNAUTHORIZED.getStatusCode());
        }
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}", caseId)
                .then().body("status", equalTo("QUEUED"));
    }

    @Test
    void aHandlerSeesOnlyTheirDepartment() {
        CloudEvent queued = routedCases.queued(URBAN);
        String caseId = queued.subject();

        given().auth().oauth2(HANDLER).queryParam("q", RoutedCases.trackingNumber(queued))
                .when().get("/api/departments/{code}/queue", URBAN)
                .then().statusCode(Status.OK.getStatusCode()).body("items.caseId", hasItem(caseId));
        given().auth().oauth2(OTHER_DEPARTMENT).when().get("/api/departments/{code}/queue", URBAN)
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType("application/problem+json");

        // another department's case does not exist, as far as this handler can tell
        given().auth().oauth2(OTHER_DEPARTMENT).when().get("/api/cases/{id}", caseId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        given().auth().oauth2(OTHER_DEPARTMENT).when().get("/api/cases/{id}/history", caseId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        claim(caseId, OTHER_DEPARTMENT).statusCode(Status.NOT_FOUND.getStatusCode());
        given().auth().oauth2(HANDLER).when().get("/api/cases/{id}", caseId)
                .then().body("status", equalTo("QUEUED"));
    }

    @Test
    void anInspectorReadsEveryDepartmentButChangesNothing() {
        CloudEvent queued = routedCases.queued("transport");
        String caseId = queued.subject();

        given().auth().oauth2(INSPECTOR).queryParam("q", RoutedCases.trackingNumber(queued))
                .when().get("/api/departments/{code}/queue", "transport")
                .then().statusCode(Status.OK.getStatusCode()).body("items.caseId", hasItem(caseId));
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}", caseId)
                .then().statusCode(Status.OK.getStatusCode()).body("contact.phone", equalTo("138****5678"));
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}/history", caseId)
                .then().statusCode(Status.OK.getStatusCode());
        claim(caseId, INSPECTOR).statusCode(Status.FORBIDDEN.getStatusCode());
        resolve(caseId, INSPECTOR, "closing it myself").statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}", caseId)
                .then().body("status", equalTo("QUEUED"));
    }

    @Test
    void operatorsAndAdministratorsHandleNoCase() {
        String caseId = routedCases.queued(URBAN).subject();
        for (String token : new String[] { OPERATOR, ADMIN }) {
            given().auth().oauth2(token).when().get("/api/departments/{code}/queue", URBAN)
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
            given().auth().oauth2(token).when().get("/api/cases/{id}", caseId)
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
            claim(caseId, token).statusCode(Status.FORBIDDEN.getStatusCode());
            resolve(caseId, token, "done").statusCode(Status.FORBIDDEN.getStatusCode());
        }
    }

    @Test
    void onlyTheHandlerHoldingTheCaseSeesTheContactUnmasked() {
        String caseId = routedCases.queued(URBAN).subject();
        String colleague = StaffTokens.handler("li.na", URBAN);

        given().auth().oauth2(HANDLER).when().get("/api/cases/{id}", caseId)
                .then().body("contact.phone", equalTo("138****5678")).body("contact.name", equalTo("张**"));
        claim(caseId, HANDLER).statusCode(Status.OK.getStatusCode())
                .body("contact.phone", equalTo("13812345678"));
        given().auth().oauth2(HANDLER).when().get("/api/cases/{id}", caseId)
                .then().body("contact.phone", equalTo("13812345678")).body("contact.name", equalTo("张三"));
        given().auth().oauth2(colleague).when().get("/api/cases/{id}", caseId)
                .then().body("contact.phone", equalTo("138****5678"));
        given().auth().oauth2(HANDLER).when().get("/api/departments/{code}/queue", URBAN)
                .then().statusCode(Status.OK.getStatusCode());
    }
}
