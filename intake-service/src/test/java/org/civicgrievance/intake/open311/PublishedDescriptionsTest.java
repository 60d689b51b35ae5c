package org.civicgrievance.intake.open311;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.open311.Open311Api.get;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

/**
 * A city that chooses to publish descriptions: they appear, cut to GeoReport v2's 4,000
 * characters, with markup escaped in XML and characters XML cannot carry replaced; contact details
 * still never appear.
 */
@QuarkusTest
@TestProfile(PublishedDescriptionsTest.Published.class)
class PublishedDescriptionsTest {

    public static class Published implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("grievance.open311.publish-descriptions", "true");
        }
    }

    @Test
    void hostileDescriptionsAreEscapedInXmlAndKeptAsTextInJson() {
        String hostile = "<script>alert('x')</script> ]]> & <![CDATA[ 灯 \u0001 " + UUID.randomUUID();
        String trackingNumber = submit(hostile);

        String xml = get("requests/" + trackingNumber + ".xml").statusCode(Status.OK.getStatusCode())
                .body("service_requests.request.description", equalTo(hostile.replace('\u0001', '\uFFFD')))
                .extract().asString();
        assertTrue(xml.contains("&lt;script&gt;alert('x')&lt;/script&gt; ]]&gt; &amp; &lt;![CDATA["), xml);
        assertFalse(xml.contains("<script>") || xml.contains("13812345678"), xml);

        String json = get("requests/" + trackingNumber + ".json").statusCode(Status.OK.getStatusCode())
                .body("[0].description", equalTo(hostile))
                .extract().asString();
        Open311Schemas.assertValid(Open311Schemas.REQUESTS, json);
        assertFalse(json.contains("13812345678") || json.contains("张三"), json);
    }

    @Test
    void aLongDescriptionIsCutToTheSpecsLimit() {
        String trackingNumber = submit("路".repeat(4990) + UUID.randomUUID().toString().substring(0, 8));
        String description = get("requests/" + trackingNumber + ".json").statusCode(Status.OK.getStatusCode())
                .body("[0].description", endsWith("…"))
                .extract().path("[0].description");
        assertEquals(4000, description.codePointCount(0, description.length()));
        Open311Schemas.assertValid(Open311Schemas.REQUESTS,
                get("requests/" + trackingNumber + ".json").extract().asString());
    }

    /** Through the residents' own API, which allows 5,000 characters and any text. */
    private static String submit(String description) {
        String body = """
                {"kind":"COMPLAINT","category":"street-lighting","description":%s,
                 "location":{"address":"幸福路12号","district":"gulou"},
                 "contact":{"name":"张三","phone":"13812345678"}}""".formatted(jsonString(description));
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/cases")
                .then().statusCode(Status.CREATED.getStatusCode()).extract().path("trackingNumber");
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> json.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }
}
