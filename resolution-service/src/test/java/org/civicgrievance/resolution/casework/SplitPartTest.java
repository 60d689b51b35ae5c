package org.civicgrievance.resolution.casework;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.resolution.StaffActions.claim;
import static org.civicgrievance.infra.test.StaffBrowser.as;
import static org.civicgrievance.infra.test.StaffBrowser.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.resolution.RoutedCases;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A part of a case a dispatcher split between departments keeps the original's case id, shows it to
 * staff, and names it in every status change, so intake can show the part to the resident.
 */
@QuarkusTest
class SplitPartTest {

    private static final String STATUS_CHANGED = "case.status-changed";

    @Inject
    RoutedCases routedCases;

    @Inject
    EventCodec codec;

    @Test
    void splitFromTravelsWithEveryStatusChangeOfThePart() {
        String original = UUID.randomUUID().toString();
        CloudEvent whole = routedCases.routed("transport");
        String partId = UUID.randomUUID().toString();
        String partNumber = whole.data().path("trackingNumber").asText() + "-2";
        ObjectNode data = whole.data().deepCopy();
        data.put("caseId", partId);
        data.put("trackingNumber", partNumber);
        data.put("splitFrom", original);
        CloudEvent part = CloudEvent.of("/routing-service", RoutedCases.ROUTED, partId, whole.traceid(), whole.time(), data);
        routedCases.send(part, null);
        routedCases.awaitQueued("transport", partId);

        String handler = StaffTokens.handler("wang.li", "transport");
        given().auth().oauth2(handler).when().get("/api/cases/{id}", partId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("splitFrom", equalTo(original))
                .body("trackingNumber", equalTo(partNumber));
        as(signIn("inspector.li")).when().get("/staff/cases/{id}", partId)
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<dt>分办自（原案件）</dt><dd id=\"split-from\">" + original + "</dd>"));
        claim(partId, handler).statusCode(Status.OK.getStatusCode());

        try (TopicProbe probe = TopicProbe.reading(routedCases.bootstrapServers(), STATUS_CHANGED)) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(partId, 2, Duration.ofSeconds(30));
            assertEquals(List.of("QUEUED", "CLAIMED"), records.stream().map(r -> data(r).path("status").asText()).toList());
            for (ConsumerRecord<String, String> record : records) {
                assertEquals(original, data(record).path("splitFrom").asText());
                assertEquals(partNumber, data(record).path("trackingNumber").asText());
            }
        }
    }

    @Test
    void aCasePlacedWholeNamesNoOriginal() {
        String caseId = routedCases.queued("housing").subject();
        given().auth().oauth2(StaffTokens.handler("wang.li", "housing")).when().get("/api/cases/{id}", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("splitFrom", nullValue());
        try (TopicProbe probe = TopicProbe.reading(routedCases.bootstrapServers(), STATUS_CHANGED)) {
            JsonNode queued = data(probe.awaitKey(caseId, 1, Duration.ofSeconds(30)).get(0));
            assertFalse(queued.hasNonNull("splitFrom"), queued.toString());
        }
    }

    private JsonNode data(ConsumerRecord<String, String> record) {
        return codec.parse(record.value()).data();
    }
}
