package org.civicgrievance.routing.access;

import static io.restassured.RestAssured.given;

import java.time.Instant;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.civicgrievance.infra.test.StaffTokens;
import org.junit.jupiter.api.Test;

/** Who may read routing's rules and triage queue; departments are public. */
@QuarkusTest
class RoutingAccessTest {

    private static final String HANDLER = StaffTokens.handler("wang.li", "urban-management");
    private static final String SUPERVISOR = StaffTokens.supervisor("zhang.wei", "urban-management");
    private static final String OPERATOR = StaffTokens.operator("chen.jing");
    private static final String INSPECTOR = StaffTokens.inspector("li.qiang");
    private static final String ADMIN = StaffTokens.admin("zhou.ping");

    private static int status(String token, String path) {
        return (token == null ? given() : given().auth().oauth2(token)).when().get(path).statusCode();
    }

    @Test
    void departmentsArePublic() {
        org.junit.jupiter.api.Assertions.assertEquals(200, status(null, "/api/departments"));
    }

    @Test
    void rulesAreForAdministratorsOperatorsAndInspectors() {
        for (String token : new String[] { ADMIN, OPERATOR, INSPECTOR }) {
            given().auth().oauth2(token).when().get("/api/routing-rules").then().statusCode(Status.OK.getStatusCode());
        }
        for (String token : new String[] { HANDLER, SUPERVISOR }) {
            given().auth().oauth2(token).when().get("/api/routing-rules")
                    .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType("application/problem+json");
        }
    }

    @Test
    void triageIsForOperatorsAndInspectors() {
        for (String token : new String[] { OPERATOR, INSPECTOR }) {
            given().auth().oauth2(token).when().get("/api/triage").then().statusCode(Status.OK.getStatusCode());
        }
        for (String token : new String[] { HANDLER, SUPERVISOR, ADMIN }) {
            given().auth().oauth2(token).when().get("/api/triage").then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
    }

    @Test
    void missingExpiredAndForgedTokensAreUnauthorized() {
        for (String path : new String[] { "/api/routing-rules", "/api/triage" }) {
            given().when().get(path).then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                    .header("WWW-Authenticate", "Bearer");
            given().auth().oauth2(StaffTokens.staff("chen.jing", null, "operator").signedByAStranger().token())
                    .when().get(path).then().statusCode(Status.UNAUTHORIZED.getStatusCode());
            given().auth().oauth2(StaffTokens.staff("chen.jing", null, "operator")
                    .expiredAt(Instant.now().minusSeconds(3600)).token())
                    .when().get(path).then().statusCode(Status.UNAUTHORIZED.getStatusCode());
            given().auth().oauth2(StaffTokens.staff("chen.jing", null, "operator").forAudience("another-app").token())
                    .when().get(path).then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        }
    }
}
