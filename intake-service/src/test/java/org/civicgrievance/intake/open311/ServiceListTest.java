package org.civicgrievance.intake.open311;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.open311.Open311Api.JSON;
import static org.civicgrievance.intake.open311.Open311Api.XML;
import static org.civicgrievance.intake.open311.Open311Api.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** Discovery, the service list and service definitions, in both formats and both languages. */
@QuarkusTest
class ServiceListTest {

    @Test
    void discoveryNamesTheEndpointItsFormatsAndHowToGetAKey() {
        get("discovery.json").statusCode(Status.OK.getStatusCode())
                .contentType(JSON)
                .body("changeset", startsWith("20"))
                .body("key_service", containsString("API key"))
                .body("endpoints", hasSize(1))
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].url", endsWith("/open311/v2"))
                .body("endpoints[0].type", equalTo("production"))
                .body("endpoints[0].formats", contains("text/xml", "application/json"));

        String xml = get("discovery.xml").statusCode(Status.OK.getStatusCode())
                .contentType(XML)
                .header("Content-Type", containsString("charset=utf-8"))
                .body("discovery.endpoints.endpoint.specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("discovery.endpoints.endpoint.formats.format", contains("text/xml", "application/json"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), xml);
    }

    @Test
    void servicesAreThePublishedCategoriesInChineseByDefault() {
        String json = get("services.json").statusCode(Status.OK.getStatusCode())
                .contentType(JSON)
                .header("Content-Language", "zh-CN")
                .body("service_code", hasItems("street-lighting", "road-damage", "noise", "other"))
                .body("find { it.service_code == 'road-damage' }.service_name", equalTo("道路损坏"))
                .body("find { it.service_code == 'road-damage' }.group", equalTo("市政设施"))
                .body("find { it.service_code == 'road-damage' }.metadata", equalTo(true))
                .body("find { it.service_code == 'other' }.metadata", equalTo(false))
                .body("type.unique()", contains("realtime"))
                .extract().asString();
        Open311Schemas.assertValid(Open311Schemas.SERVICES, json);

        get("services.xml").statusCode(Status.OK.getStatusCode())
                .contentType(XML)
                .body("services.service.find { it.service_code == 'road-damage' }.service_name", equalTo("道路损坏"))
                .body("services.service.find { it.service_code == 'road-damage' }.metadata", equalTo("true"))
                .body("services.service.find { it.service_code == 'road-damage' }.type", equalTo("realtime"))
                .body("services.service.find { it.service_code == 'road-damage' }.keywords", emptyString());
    }

    @Test
    void englishIsChosenByLocaleOrAcceptLanguage() {
        given().queryParam("locale", "en").when().get("/open311/v2/services.json")
                .then().statusCode(Status.OK.getStatusCode())
                .header("Content-Language", "en")
                .body("find { it.service_code == 'road-damage' }.service_name", equalTo("Road damage"));
        given().header("Accept-Language", "en-GB,en;q=0.8,zh;q=0.5").when().get("/open311/v2/services.xml")
                .then().statusCode(Status.OK.getStatusCode())
                .body("services.service.find { it.service_code == 'road-damage' }.group", equalTo("Public works"));
        given().header("Accept-Language", "fr-FR").when().get("/open311/v2/services.json")
                .then().header("Content-Language", "zh-CN");
    }

    @Test
    void aServiceDefinitionListsTheCategoryQuestionsAsAttributes() {
        String json = get("services/road-damage.json", Map.of("locale", "en")).statusCode(Status.OK.getStatusCode())
                .body("service_code", equalTo("road-damage"))
                .body("attributes.code", contains("hazard", "size_metres"))
                .body("attributes[0].variable", equalTo(true))
                .body("attributes[0].datatype", equalTo("singlevaluelist"))
                .body("attributes[0].required", equalTo(true))
                .body("attributes[0].order", equalTo(1))
                .body("attributes[0].description", equalTo("Kind of damage"))
                .body("attributes[0].values.key", contains("pothole", "subsidence", "manhole"))
                .body("attributes[0].values[0].name", equalTo("Pothole"))
                .body("attributes[1].datatype", equalTo("number"))
                .body("attributes[1].required", equalTo(false))
                .body("attributes[1].order", equalTo(2))
                .body("attributes[1].values", hasSize(0))
                .extract().asString();
        Open311Schemas.assertValid(Open311Schemas.SERVICE_DEFINITION, json);

        Open311Schemas.assertValid(Open311Schemas.SERVICE_DEFINITION,
                get("services/noise.json").statusCode(Status.OK.getStatusCode())
                        .body("attributes.datatype", contains("multivaluelist", "datetime"))
                        .extract().asString());
        Open311Schemas.assertValid(Open311Schemas.SERVICE_DEFINITION,
                get("services/other.json").statusCode(Status.OK.getStatusCode())
                        .body("attributes", hasSize(0))
                        .extract().asString());

        get("services/noise.xml").statusCode(Status.OK.getStatusCode())
                .contentType(XML)
                .body("service_definition.service_code", equalTo("noise"))
                .body("service_definition.attributes.attribute.code", contains("source", "last_heard"))
                .body("service_definition.attributes.attribute[0].datatype", equalTo("multivaluelist"))
                .body("service_definition.attributes.attribute[0].description", equalTo("噪声来源"))
                .body("service_definition.attributes.attribute[0].values.value.key",
                        contains("construction", "business", "neighbours", "traffic"))
                .body("service_definition.attributes.attribute[0].values.value[2].name", equalTo("社会生活"))
                .body("service_definition.attributes.attribute[1].datatype", equalTo("datetime"))
                .body("service_definition.attributes.attribute[1].order", equalTo("2"));
    }

    @Test
    void anUnknownServiceOrFormatIsNotFoundWithTheErrorArray() {
        get("services/no-such-service.json").statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(JSON)
                .body("code", contains(404))
                .body("description[0]", startsWith("service_code"));
        get("services/no-such-service.xml").statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(XML)
                .body("errors.error.code", equalTo("404"))
                .body("errors.error.description", startsWith("service_code"));
        get("services.html").statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(JSON)
                .body("description[0]", startsWith("format"));
    }

    @Test
    void anotherJurisdictionIsNotFoundAndOursOrNoneIsServed() {
        get("services.xml", Map.of("jurisdiction_id", "elsewhere.example")).statusCode(Status.NOT_FOUND.getStatusCode())
                .body("errors.error.description", startsWith("jurisdiction_id"));
        get("services.json", Map.of("jurisdiction_id", "civic-grievance.test")).statusCode(Status.OK.getStatusCode());
        get("services.json", Map.of("jurisdiction_id", "")).statusCode(Status.OK.getStatusCode());
    }
}
