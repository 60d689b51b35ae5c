package org.civicgrievance.intake.open311.apikey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Administrators issue, list and revoke Open311 keys; nobody else may; a revoked key submits nothing. */
@QuarkusTest
class ApiKeyAdminTest {

    private static final String KEYS = "/api/admin/open311-keys";
    private static final String PROBLEM_JSON = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anAdministratorIssuesAKeyThatSubmitsUntilItIsRevoked() {
        String admin = StaffTokens.admin("zhou.ping");
        var created = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"name\":\"FixMyStreet 福州 (ops@example.org)\"}")
                .when().post(KEYS)
                .then().log().ifValidationFails()
                .statusCode(Status.CREATED.getStatusCode())
                .header("Cache-Control", "no-store")
                .header("Location", containsString(KEYS + "/"))
                .body("key", matchesPattern("o311_[A-Za-z0-9_-]{43}"))
                .body("keyHint", matchesPattern("…[A-Za-z0-9_-]{4}"))
                .extract();
        String id = created.path("id");
        String key = created.path("key");

        String list = given().auth().oauth2(admin).when().get(KEYS)
                .then().statusCode(Status.OK.getStatusCode())
                .body("find { it.id == '" + id + "' }.name", equalTo("FixMyStreet 福州 (ops@example.org)"))
                .body("find { it.id == '" + id + "' }.createdBy", equalTo("zhou.ping"))
                .body("find { it.id == '" + id + "' }.revokedAt", nullValue())
                .body("find { it.id == '" + id + "' }", not(hasKey("key")))
                .body("find { it.createdBy == 'system' }.keyHint", equalTo("…-key"))
                .extract().asString();
        assertFalse(list.contains(key), "a key is shown once, at creation");

        submitWith(key).statusCode(Status.OK.getStatusCode());

        given().auth().oauth2(admin).when().post(KEYS + "/{id}/revoke", id)
                .then().statusCode(Status.OK.getStatusCode())
                .body("revokedAt", notNullValue())
                .body("revokedBy", equalTo("zhou.ping"));
        submitWith(key).statusCode(Status.FORBIDDEN.getStatusCode())
                .body("[0].code", equalTo(403));
        // revoking again changes nothing
        given().auth().oauth2(admin).when().post(KEYS + "/{id}/revoke", id)
                .then().statusCode(Status.OK.getStatusCode()).body("revokedBy", equalTo("zhou.ping"));

        try (TopicProbe audit = TopicProbe.reading(bootstrapServers, "audit.recorded")) {
            List<ConsumerRecord<String, String>> records = audit.awaitKey("open311-key:" + id, 2, Duration.ofSeconds(30));
            assertEquals(2, records.size(), "created and revoked once each");
            assertTrue(records.get(0).value().contains("\"action\":\"OPEN311_KEY_CREATED\"")
                    && records.get(0).value().contains("\"actor\":\"zhou.ping\""), records.get(0).value());
            assertTrue(records.get(1).value().contains("\"action\":\"OPEN311_KEY_REVOKED\""), records.get(1).value());
            assertFalse(records.get(0).value().contains(key), "the key never leaves intake");
        }
    }

    @Test
    void onlyAdministratorsManageKeys() {
        given().contentType(ContentType.JSON).body("{\"name\":\"x\"}").when().post(KEYS)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode()).contentType(PROBLEM_JSON);
        given().when().get(KEYS).then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        for (String token : new String[] { StaffTokens.operator("chen.jing"), StaffTokens.inspector("li.qiang"),
                StaffTokens.handler("wang.li", "urban-management"), StaffTokens.supervisor("zhang.wei", "urban-management") }) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\":\"x\"}").when().post(KEYS)
                    .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(PROBLEM_JSON);
            given().auth().oauth2(token).when().get(KEYS)
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
            given().auth().oauth2(token).when().post(KEYS + "/{id}/revoke", UUID.randomUUID())
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
    }

    @Test
    void aKeyNeedsANameAndAnUnknownKeyCannotBeRevoked() {
        String admin = StaffTokens.admin("zhou.ping");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"name\":\" \"}").when().post(KEYS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("name"));
        given().auth().oauth2(admin).when().post(KEYS + "/{id}/revoke", UUID.randomUUID())
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(PROBLEM_JSON);
    }

    private static ValidatableResponse submitWith(String key) {
        return given().contentType("application/x-www-form-urlencoded; charset=utf-8")
                .formParams(Map.of("api_key", key, "service_code", "other", "address_string", "东街口",
                        "description", "新密钥提交 " + UUID.randomUUID()))
                .when().post("/open311/v2/requests.json")
                .then().log().ifValidationFails();
    }
}
