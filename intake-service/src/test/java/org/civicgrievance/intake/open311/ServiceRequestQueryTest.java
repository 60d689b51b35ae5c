package org.civicgrievance.intake.open311;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.open311.Open311Api.JSON;
import static org.civicgrievance.intake.open311.Open311Api.XML;
import static org.civicgrievance.intake.open311.Open311Api.get;
import static org.civicgrievance.intake.open311.Open311Api.streetLight;
import static org.civicgrievance.intake.open311.Open311Api.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET requests with its filters, one request, tokens: public, in both formats, and never a resident's contact. */
@QuarkusTest
class ServiceRequestQueryTest {

    private static final String ISO_WITH_CITY_OFFSET = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00";

    private String streetLight;
    private String streetLightToken;
    private String roadDamage;

    @BeforeEach
    void twoFreshRequests() {
        var light = submit("json", streetLight("幸福路路灯不亮 " + UUID.randomUUID()))
                .statusCode(Status.OK.getStatusCode()).extract();
        streetLight = light.path("[0].service_request_id");
        streetLightToken = light.path("[0].token");
        Map<String, Object> road = streetLight("五四路坑洼 " + UUID.randomUUID());
        road.put("service_code", "road-damage");
        road.put("attribute[hazard]", "pothole");
        road.put("address_string", "五四路88号");
        roadDamage = submit("json", road).statusCode(Status.OK.getStatusCode()).extract().path("[0].service_request_id");
    }

    @Test
    void requestsNamedByIdAreListedWithoutContactOrDescription() {
        String json = get("requests.json", Map.of("service_request_id", streetLight + "," + roadDamage + ",GR-1999-00000001"))
                .statusCode(Status.OK.getStatusCode())
                .contentType(JSON)
                .body("service_request_id", containsInAnyOrder(streetLight, roadDamage))
                .body("find { it.service_request_id == '" + roadDamage + "' }.service_code", equalTo("road-damage"))
                .body("find { it.service_request_id == '" + roadDamage + "' }.service_name", equalTo("道路损坏"))
                .body("find { it.service_request_id == '" + roadDamage + "' }.status", equalTo("open"))
                .body("find { it.service_request_id == '" + roadDamage + "' }.status_notes", startsWith("已受理"))
                .body("find { it.service_request_id == '" + roadDamage + "' }.address", equalTo("五四路88号"))
                .body("find { it.service_request_id == '" + roadDamage + "' }.lat", equalTo(26.08f))
                .body("find { it.service_request_id == '" + roadDamage + "' }.long", equalTo(119.3f))
                .body("find { it.service_request_id == '" + roadDamage + "' }.requested_datetime", matchesPattern(ISO_WITH_CITY_OFFSET))
                .body("find { it.service_request_id == '" + roadDamage + "' }.updated_datetime", matchesPattern(ISO_WITH_CITY_OFFSET))
                .body("description", contains(nullValue(), nullValue()))
                .body("agency_responsible", contains(nullValue(), nullValue()))
                .body("expected_datetime", contains(nullValue(), nullValue()))
                .extract().asString();
        Open311Schemas.assertValid(Open311Schemas.REQUESTS, json);
        assertFalse(json.contains("13812345678") || json.contains("zhang@example.org") || json.contains("张三")
                || json.contains("幸福路路灯不亮"), "no contact details and no description: " + json);

        String xml = get("requests.xml", Map.of("service_request_id", streetLight))
                .statusCode(Status.OK.getStatusCode())
                .contentType(XML)
                .body("service_requests.request.service_request_id", equalTo(streetLight))
                .body("service_requests.request.service_name", equalTo("路灯照明"))
                .body("service_requests.request.status", equalTo("open"))
                .body("service_requests.request.description", emptyString())
                .body("service_requests.request.lat", equalTo("26.08"))
                .body("service_requests.request.requested_datetime", matchesPattern(ISO_WITH_CITY_OFFSET))
                .extract().asString();
        assertFalse(xml.contains("13812345678") || xml.contains("zhang@example.org"), xml);
    }

    @Test
    void requestsAreFilteredByServiceDatesAndStatus() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> recentRoadDamage = Map.of("service_code", "road-damage",
                "start_date", now.minusMinutes(10).toString(), "end_date", now.plusMinutes(10).toString());
        get("requests.json", recentRoadDamage).statusCode(Status.OK.getStatusCode())
                .body("service_request_id", hasItem(roadDamage))
                .body("service_request_id", not(hasItem(streetLight)))
                .body("service_code.unique()", contains("road-damage"));
        get("requests.xml", Map.of("service_code", "road-damage,street-lighting", "status", "open",
                "start_date", now.minusMinutes(10).toString()))
                .statusCode(Status.OK.getStatusCode())
                .body("service_requests.request.service_request_id", hasItem(roadDamage))
                .body("service_requests.request.service_request_id", hasItem(streetLight));
        get("requests.json", Map.of("status", "closed", "start_date", now.minusMinutes(10).toString()))
                .statusCode(Status.OK.getStatusCode())
                .body("service_request_id", not(hasItem(roadDamage)));
        get("requests.json", Map.of("start_date", now.plusHours(1).toString()))
                .statusCode(Status.OK.getStatusCode())
                .body("service_request_id", not(hasItem(roadDamage)));
        get("requests.json", Map.of("end_date", now.minusHours(1).toString()))
                .statusCode(Status.OK.getStatusCode())
                .body("service_request_id", not(hasItem(roadDamage)));
        // with no dates, the last 90 days, newest first
        get("requests.json").statusCode(Status.OK.getStatusCode())
                .body("service_request_id", hasItem(roadDamage))
                .body("$.size()", org.hamcrest.Matchers.lessThanOrEqualTo(1000));
        // ids override every other filter, as the spec says
        get("requests.json", Map.of("service_request_id", streetLight, "service_code", "road-damage", "status", "closed"))
                .body("service_request_id", contains(streetLight));
    }

    @Test
    void anOffsetSentWithoutEncodingItsPlusStillCounts() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
        given().urlEncodingEnabled(false)
                .when().get("/open311/v2/requests.json?service_code=road-damage&start_date="
                        + now.minusMinutes(10).toLocalDateTime() + "+08:00")
                .then().statusCode(Status.OK.getStatusCode())
                .body("service_request_id", hasItem(roadDamage));
    }

    @Test
    void wrongFiltersAreNamed() {
        get("requests.json", Map.of("start_date", "yesterday")).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("code", contains(400))
                .body("[0].description", startsWith("start_date must be a date-time"));
        get("requests.xml", Map.of("start_date", "2026-01-01T00:00:00Z", "end_date", "2026-06-01T00:00:00Z"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.error.description", equalTo("end_date may be at most 90 days after start_date"));
        get("requests.json", Map.of("start_date", "2026-02-01T00:00:00Z", "end_date", "2026-01-01T00:00:00Z"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("[0].description", equalTo("end_date must not be before start_date"));
        get("requests.json", Map.of("status", "pending")).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("[0].description", startsWith("status must be open or closed"));
        String tooMany = IntStream.rangeClosed(1, 101).mapToObj("GR-2026-%08d"::formatted).collect(Collectors.joining(","));
        get("requests.json", Map.of("service_request_id", tooMany))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("[0].description", startsWith("service_request_id may name at most 100"));
        get("requests.json", Map.of("jurisdiction_id", "elsewhere.example")).statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void oneRequestIsFoundByItsIdAndAnUnknownOneIsNotFound() {
        String json = get("requests/" + roadDamage + ".json").statusCode(Status.OK.getStatusCode())
                .contentType(JSON)
                .body("$", hasSize(1))
                .body("[0].service_request_id", equalTo(roadDamage))
                .extract().asString();
        Open311Schemas.assertValid(Open311Schemas.REQUESTS, json);
        given().queryParam("locale", "en").when().get("/open311/v2/requests/" + roadDamage + ".xml")
                .then().statusCode(Status.OK.getStatusCode())
                .contentType(XML)
                .body("service_requests.request.service_name", equalTo("Road damage"))
                .body("service_requests.request.status_notes", startsWith("Received"))
                .body("service_requests.request.agency_responsible", emptyString());

        get("requests/GR-1999-00000001.json").statusCode(Status.NOT_FOUND.getStatusCode())
                .body("code", contains(404))
                .body("[0].description", startsWith("service_request_id"));
        get("requests/GR-1999-00000001.xml").statusCode(Status.NOT_FOUND.getStatusCode())
                .body("errors.error.code", equalTo("404"));
    }

    @Test
    void aTokenLeadsToItsRequest() {
        get("tokens/" + streetLightToken + ".json").statusCode(Status.OK.getStatusCode())
                .body("[0].service_request_id", equalTo(streetLight))
                .body("[0].token", equalTo(streetLightToken));
        get("tokens/" + streetLightToken + ".xml").statusCode(Status.OK.getStatusCode())
                .body("service_requests.request.service_request_id", equalTo(streetLight))
                .body("service_requests.request.token", equalTo(streetLightToken));
        get("tokens/" + UUID.randomUUID() + ".xml").statusCode(Status.NOT_FOUND.getStatusCode())
                .body("errors.error.description", startsWith("token"));
        get("tokens/not-a-token.json").statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void aCaseFromAnotherChannelIsListedWithItsDistrictOnly() {
        String fromTheWeb = given().contentType(ContentType.JSON).body("""
                {"kind":"COMPLAINT","category":"noise","description":"楼下商铺噪声 %s",
                 "location":{"address":"鼓楼区某小区3栋101","district":"gulou","latitude":26.07,"longitude":119.29}}"""
                .formatted(UUID.randomUUID()))
                .when().post("/api/cases")
                .then().statusCode(Status.CREATED.getStatusCode()).extract().path("trackingNumber");
        String json = get("requests/" + fromTheWeb + ".json").statusCode(Status.OK.getStatusCode())
                .body("[0].address", equalTo("gulou"))
                .body("[0].lat", nullValue())
                .extract().asString();
        Open311Schemas.assertValid(Open311Schemas.REQUESTS, json);
        assertFalse(json.contains("3栋101"), json);
    }

    @Test
    void anAnonymousCaseIsListedWithItsDistrictOnly() {
        String anonymous = given().contentType(ContentType.JSON).body("""
                {"kind":"COMPLAINT","category":"noise","description":"楼下商铺噪声 %s",
                 "location":{"address":"台江区某小区5栋302","district":"taijiang","latitude":26.05,"longitude":119.31},
                 "contact":{"name":"王五","phone":"13900001111"},"anonymous":true}""".formatted(UUID.randomUUID()))
                .when().post("/api/cases")
                .then().statusCode(Status.CREATED.getStatusCode()).extract().path("trackingNumber");
        String json = get("requests/" + anonymous + ".json").statusCode(Status.OK.getStatusCode())
                .body("[0].address", equalTo("taijiang"))
                .body("[0].lat", nullValue())
                .body("[0].long", nullValue())
                .extract().asString();
        Open311Schemas.assertValid(Open311Schemas.REQUESTS, json);
        assertFalse(json.contains("5栋302") || json.contains("13900001111") || json.contains("王五"), json);
    }
}
