package org.civicgrievance.intake.open311;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.open311.Open311Api.FORM_UTF8;
import static org.civicgrievance.intake.open311.Open311Api.JSON;
import static org.civicgrievance.intake.open311.Open311Api.XML;
import static org.civicgrievance.intake.open311.Open311Api.streetLight;
import static org.civicgrievance.intake.open311.Open311Api.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.intake.Topics;
import org.civicgrievance.intake.grievance.Channel;
import org.civicgrievance.intake.grievance.Grievance;
import org.civicgrievance.intake.grievance.GrievanceRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** POST requests: form fields become a case on the OPEN311 channel; every refusal is an Open311 error array. */
@QuarkusTest
class ServiceRequestSubmissionTest {

    private static final String RECEIPT_JSON = "[0].service_request_id";

    @Inject
    GrievanceRepository grievances;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private long countCases() {
        return QuarkusTransaction.requiringNew().call(grievances::count);
    }

    @Test
    void aSubmissionWithAttributesBecomesACaseOnTheOpen311Channel() {
        Map<String, Object> fields = new java.util.LinkedHashMap<>(Map.of(
                "api_key", Open311Api.LOCAL_KEY,
                "jurisdiction_id", "civic-grievance.test",
                "service_code", "road-damage",
                "lat", "26.0812345",
                "long", "119.3",
                "address_string", "鼓楼区五四路与东街口交叉口",
                "description", "路面塌陷约一米 " + UUID.randomUUID(),
                "attribute[hazard]", "subsidence",
                "attribute[size_metres]", "1.5",
                "device_id", "tt222111"));
        fields.put("media_url", "http://example.org/photo.jpg");
        var receipt = submit("json", fields).statusCode(Status.OK.getStatusCode())
                .contentType(JSON)
                .body("$", hasSize(1))
                .body(RECEIPT_JSON, matchesPattern("GR-\\d{4}-\\d{8}"))
                .body("[0].token", matchesPattern("[0-9a-f-]{36}"))
                .body("[0].account_id", nullValue())
                .body("[0].service_notice", matchesPattern("已受理，受理编号 GR-\\d{4}-\\d{8}，查询码 [2-9A-HJKMNP-Z]{10}.*"))
                .extract();
        String trackingNumber = receipt.path(RECEIPT_JSON);
        String caseId = receipt.path("[0].token");

        Grievance stored = QuarkusTransaction.requiringNew().call(() -> grievances.findByTrackingNumber(trackingNumber).orElseThrow());
        assertEquals(Channel.OPEN311, stored.getChannel());
        assertEquals(caseId, stored.getId());
        assertEquals("road-damage", stored.getCategory());
        assertEquals(Map.of("hazard", "subsidence", "size_metres", "1.5"), stored.getAttributes());
        assertEquals(new BigDecimal("26.081235"), stored.getLocation().latitude());
        assertEquals("zh-CN", stored.getPreferredLanguage());
        assertEquals(null, stored.getContact(), "no contact fields, no contact");

        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, Topics.GRIEVANCE_SUBMITTED)) {
            String event = probe.awaitKey(caseId, 1, Duration.ofSeconds(30)).get(0).value();
            assertTrue(event.contains("\"channel\":\"OPEN311\""), event);
            assertTrue(event.contains("\"trackingNumber\":\"" + trackingNumber + "\""), event);
            assertFalse(event.contains("tt222111") || event.contains("photo.jpg"), "device id and media URL are not kept");
        }
    }

    @Test
    void aMultiValueListTakesEachValueAndTheAnswerIsInXml() {
        Map<String, Object> fields = new java.util.LinkedHashMap<>(Map.of(
                "api_key", Open311Api.LOCAL_KEY,
                "service_code", "noise",
                "address_string", "台江区万达广场北门",
                "description", "夜间施工和商铺音响 " + UUID.randomUUID(),
                "attribute[source][]", List.of("construction", "business"),
                "attribute[last_heard]", "2026-11-26T23:30:00+08:00",
                "locale", "en",
                "first_name", "Wei",
                "last_name", "Li",
                "email", "li.wei@example.org"));
        String trackingNumber = submit("xml", fields).statusCode(Status.OK.getStatusCode())
                .contentType(XML)
                .body("service_requests.request.service_request_id", matchesPattern("GR-\\d{4}-\\d{8}"))
                .body("service_requests.request.service_notice", containsString("Access code"))
                .body("service_requests.request.account_id", emptyString())
                .extract().path("service_requests.request.service_request_id");

        Grievance stored = QuarkusTransaction.requiringNew().call(() -> grievances.findByTrackingNumber(trackingNumber).orElseThrow());
        assertEquals(List.of("construction", "business"), stored.getAttributes().get("source"));
        assertEquals("2026-11-26T23:30+08:00", stored.getAttributes().get("last_heard"));
        assertEquals("Wei Li", stored.getContact().name());
        assertEquals("en", stored.getPreferredLanguage());
        assertEquals(Channel.OPEN311, stored.getChannel());
    }

    @Test
    void coordinatesAloneAreEnoughAndBecomeTheAddressText() {
        Map<String, Object> fields = streetLight("路灯不亮 " + UUID.randomUUID());
        fields.remove("address_string");
        fields.put("attribute[fault]", "out");
        String trackingNumber = submit("json", fields).statusCode(Status.OK.getStatusCode())
                .extract().path(RECEIPT_JSON);
        Grievance stored = QuarkusTransaction.requiringNew().call(() -> grievances.findByTrackingNumber(trackingNumber).orElseThrow());
        assertEquals("26.080000,119.300000", stored.getLocation().address());
        assertEquals("张三", stored.getContact().name(), "a Chinese name is family name first");
        assertEquals("13812345678", stored.getContact().phone());
    }

    @Test
    void withoutAValidApiKeyNothingIsSubmitted() {
        long before = countCases();
        Map<String, Object> fields = streetLight("没有密钥 " + UUID.randomUUID());
        fields.remove("api_key");
        submit("json", fields).statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(JSON)
                .body("code", contains(403))
                .body("[0].description", containsString("api_key is missing"));
        fields.put("api_key", "guessed-key");
        submit("xml", fields).statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(XML)
                .body("errors.error.code", equalTo("403"))
                .body("errors.error.description", containsString("api_key is not valid"));
        assertEquals(before, countCases());
    }

    @Test
    void anApiKeyInTheQueryStringIsAcceptedAsTheSwaggerDescriptionHasIt() {
        Map<String, Object> fields = streetLight("密钥在查询串 " + UUID.randomUUID());
        fields.remove("api_key");
        given().contentType(FORM_UTF8).formParams(fields).queryParam("api_key", Open311Api.LOCAL_KEY)
                .when().post("/open311/v2/requests.json")
                .then().statusCode(Status.OK.getStatusCode())
                .body(RECEIPT_JSON, matchesPattern("GR-\\d{4}-\\d{8}"));
    }

    @Test
    void wrongFieldsAreEachNamedAsTheClientSentThem() {
        submit("json", Map.of("api_key", Open311Api.LOCAL_KEY, "service_code", "road-damage",
                "attribute[hazard]", "volcano", "attribute[colour]", "red", "phone", "call me",
                "email", "not-an-address"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(JSON)
                .body("code.unique()", contains(400))
                .body("description", containsInAnyOrder(
                        "address_string is required unless lat and long are sent",
                        "description must not be blank",
                        "email must be a well-formed email address",
                        "phone must be a phone number of 5 to 20 digits"));

        // the category's answers are checked once the common fields are right
        submit("xml", Map.of("api_key", Open311Api.LOCAL_KEY, "service_code", "road-damage",
                "address_string", "五四路", "description", "坑 " + UUID.randomUUID(),
                "attribute[hazard]", "volcano", "attribute[colour]", "red"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(XML)
                .body("errors.error.description", containsInAnyOrder(
                        containsString("attribute[colour] is not a question of category road-damage"),
                        containsString("attribute[hazard] must be one of")));

        submit("json", Map.of("api_key", Open311Api.LOCAL_KEY, "service_code", "road-damage",
                "lat", "north", "long", "119.3", "description", "坑"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("description", hasItem(containsString("lat must be a WGS84 coordinate")));
        submit("json", Map.of("api_key", Open311Api.LOCAL_KEY, "service_code", "road-damage",
                "lat", "26.08", "description", "坑", "attribute[hazard]", "pothole"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("description", contains("long must be sent together with lat"));
        submit("json", Map.of("api_key", Open311Api.LOCAL_KEY, "service_code", "road-damage",
                "lat", "126.08", "long", "119.3", "description", "坑", "attribute[hazard]", "pothole"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("description", contains("lat must be less than or equal to 90"));
        submit("json", Map.of("api_key", Open311Api.LOCAL_KEY, "address_string", "五四路", "description", "坑"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("description", contains("service_code is required"));
    }

    @Test
    void anUnknownServiceCodeIsNotFound() {
        Map<String, Object> fields = streetLight("未知服务 " + UUID.randomUUID());
        fields.put("service_code", "dragons");
        submit("json", fields).statusCode(Status.NOT_FOUND.getStatusCode())
                .body("code", contains(404))
                .body("[0].description", containsString("service_code is not a service"));
    }

    @Test
    void oversizedAndHostileFieldsAreRefusedOrStoredAsText() {
        Map<String, Object> fields = streetLight("灯".repeat(Open311Submissions.DESCRIPTION_LIMIT + 1));
        fields.put("first_name", "名".repeat(60));
        fields.put("last_name", "姓".repeat(60));
        submit("json", fields).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("description", containsInAnyOrder(
                        "description must be at most 4000 characters long",
                        "first_name and last_name must be at most 100 characters long"));

        Map<String, Object> hostile = streetLight("<script>alert('x')</script> ]]> & " + UUID.randomUUID());
        hostile.put("address_string", "<b>幸福路</b> & \"12号\" ]]><![CDATA[");
        hostile.put("attribute[pole_number]", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;");
        String trackingNumber = submit("xml", hostile).statusCode(Status.OK.getStatusCode())
                .extract().path("service_requests.request.service_request_id");
        Grievance stored = QuarkusTransaction.requiringNew().call(() -> grievances.findByTrackingNumber(trackingNumber).orElseThrow());
        assertEquals("<b>幸福路</b> & \"12号\" ]]><![CDATA[", stored.getLocation().address(), "kept as the text it is");

        Open311Api.get("requests/" + trackingNumber + ".xml").statusCode(Status.OK.getStatusCode())
                .body("service_requests.request.address", equalTo("<b>幸福路</b> & \"12号\" ]]><![CDATA["));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameAnswerAndNoSecondCase() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> fields = streetLight("重试 " + UUID.randomUUID());
        long before = countCases();
        String first = given().contentType(FORM_UTF8).header("Idempotency-Key", key).formParams(fields)
                .when().post("/open311/v2/requests.xml")
                .then().statusCode(Status.OK.getStatusCode()).contentType(XML).extract().asString();
        String again = given().contentType(FORM_UTF8).header("Idempotency-Key", key).formParams(fields)
                .when().post("/open311/v2/requests.xml")
                .then().statusCode(Status.OK.getStatusCode()).contentType(XML)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, again);
        assertEquals(before + 1, countCases());

        fields.put("description", "另一件事 " + UUID.randomUUID());
        given().contentType(FORM_UTF8).header("Idempotency-Key", key).formParams(fields)
                .when().post("/open311/v2/requests.xml")
                .then().statusCode(422).contentType(XML)
                .body("errors.error.description", containsString("Idempotency-Key was used for a different request"));
    }
}
