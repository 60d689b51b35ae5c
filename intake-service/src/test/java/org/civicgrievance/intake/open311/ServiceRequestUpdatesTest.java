package org.civicgrievance.intake.open311;

import static org.civicgrievance.intake.open311.Open311Api.JSON;
import static org.civicgrievance.intake.open311.Open311Api.XML;
import static org.civicgrievance.intake.open311.Open311Api.get;
import static org.civicgrievance.intake.open311.Open311Api.streetLight;
import static org.civicgrievance.intake.open311.Open311Api.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.awaitility.Awaitility;
import org.civicgrievance.intake.ResolutionReports;
import org.civicgrievance.platform.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Resolution's status changes reach Open311: the request's status, notes and agency, and
 * FixMyStreet's servicerequestupdates with one update per applied change, never a duplicate.
 */
@QuarkusTest
class ServiceRequestUpdatesTest {

    @Inject
    EventCodec codec;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theExpectedDatetimeIsTheResolutionsDueTimeInTheCitysOffsetUntilTheCaseIsResolved() {
        var receipt = submit("json", streetLight("路灯不亮 " + UUID.randomUUID())).statusCode(Status.OK.getStatusCode()).extract();
        String trackingNumber = receipt.path("[0].service_request_id");
        String caseId = receipt.path("[0].token");
        ResolutionReports resolution = new ResolutionReports(codec, bootstrapServers);

        resolution.publish(caseId, resolution.statusEvent(caseId, 1, "QUEUED",
                Map.of("resolutionDueAt", "2026-12-09T09:30:00.123456Z")));
        awaitUpdates(trackingNumber, 1);
        String json = get("requests.json", Map.of("service_request_id", trackingNumber))
                .statusCode(Status.OK.getStatusCode())
                .body("[0].expected_datetime", equalTo("2026-12-09T17:30:00+08:00"))
                .extract().asString();
        Open311Schemas.assertValid(Open311Schemas.REQUESTS, json);
        get("requests/" + trackingNumber + ".xml").statusCode(Status.OK.getStatusCode())
                .body("service_requests.request.expected_datetime", equalTo("2026-12-09T17:30:00+08:00"));

        resolution.publish(caseId, resolution.statusEvent(caseId, 2, "RESOLVED", Map.of("outcome", "RESOLVED")));
        awaitUpdates(trackingNumber, 2);
        get("requests.json", Map.of("service_request_id", trackingNumber)).statusCode(Status.OK.getStatusCode())
                .body("[0].expected_datetime", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void statusChangesBecomeUpdatesOnceEachAndTheRequestFollowsThem() {
        var receipt = submit("json", streetLight("路灯闪烁 " + UUID.randomUUID())).statusCode(Status.OK.getStatusCode()).extract();
        String trackingNumber = receipt.path("[0].service_request_id");
        String caseId = receipt.path("[0].token");
        ResolutionReports resolution = new ResolutionReports(codec, bootstrapServers);

        var queued = resolution.statusEvent(caseId, 1, "QUEUED", "已分派至责任部门", "Assigned to the department");
        resolution.publish(caseId, queued);
        resolution.publish(caseId, resolution.statusEvent(caseId, 2, "CLAIMED", "已认领，正在办理", "Claimed; in progress"));
        // a redelivery and a late, older change are not applied, so they add no update
        resolution.publish(caseId, queued);
        resolution.publish(caseId, resolution.statusEvent(caseId, 1, "QUEUED", "旧的", "stale"));
        resolution.publish(caseId, resolution.statusEvent(caseId, 3, "RESOLVED", "已办结", "Resolved"));
        awaitUpdates(trackingNumber, 3);

        get("servicerequestupdates.json", Map.of("service_request_id", trackingNumber))
                .statusCode(Status.OK.getStatusCode())
                .contentType(JSON)
                .body("service_request_id", everyItem(equalTo(trackingNumber)))
                .body("status", contains("open", "open", "closed"))
                .body("external_status_code", contains("QUEUED", "CLAIMED", "RESOLVED"))
                .body("description", contains("已分派至责任部门", "已认领，正在办理", "已办结"))
                .body("updated_datetime", everyItem(matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00")))
                .body("update_id.unique().size()", equalTo(3));

        get("servicerequestupdates.xml", Map.of("service_request_id", trackingNumber, "locale", "en"))
                .statusCode(Status.OK.getStatusCode())
                .contentType(XML)
                .body("service_request_updates.request_update.service_request_id", everyItem(equalTo(trackingNumber)))
                .body("service_request_updates.request_update.status", contains("open", "open", "closed"))
                .body("service_request_updates.request_update.description",
                        contains("Assigned to the department", "Claimed; in progress", "Resolved"))
                .body("service_request_updates.request_update.findAll { it.media_url.text() == '' }.size()", equalTo(3));

        // the date range of FixMyStreet's extension finds them too
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        get("servicerequestupdates.json", Map.of("start_date", now.minusMinutes(10).toString(),
                "end_date", now.plusMinutes(10).toString()))
                .statusCode(Status.OK.getStatusCode())
                .body("findAll { it.service_request_id == '" + trackingNumber + "' }.external_status_code",
                        contains("QUEUED", "CLAIMED", "RESOLVED"));
        get("servicerequestupdates.json", Map.of("start_date", now.plusHours(1).toString()))
                .statusCode(Status.OK.getStatusCode())
                .body("service_request_id", not(hasItem(trackingNumber)));

        // the request itself: closed, with the department and the status in words
        String json = get("requests/" + trackingNumber + ".json").statusCode(Status.OK.getStatusCode())
                .body("[0].status", equalTo("closed"))
                .body("[0].status_notes", equalTo("已办结"))
                .body("[0].agency_responsible", equalTo("urban-management"))
                .extract().asString();
        Open311Schemas.assertValid(Open311Schemas.REQUESTS, json);
        get("requests.json", Map.of("status", "closed", "service_code", "street-lighting",
                "start_date", now.minusMinutes(10).toString()))
                .body("service_request_id", hasItem(trackingNumber));
        get("requests.xml", Map.of("status", "open", "service_code", "street-lighting",
                "start_date", now.minusMinutes(10).toString()))
                .body("service_requests.request.service_request_id", not(hasItem(trackingNumber)));

        // a dissatisfied resident reopens it: open again
        resolution.publish(caseId, resolution.statusEvent(caseId, 4, "REOPENED", "已重新办理", "Reopened"));
        awaitUpdates(trackingNumber, 4);
        get("requests/" + trackingNumber + ".xml").statusCode(Status.OK.getStatusCode())
                .body("service_requests.request.status", equalTo("open"));
    }

    @Test
    void updatesNeedValidDates() {
        get("servicerequestupdates.xml", Map.of("start_date", "2026-13-01"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.error.description", matchesPattern("start_date must be .*"));
        get("servicerequestupdates.json", Map.of("jurisdiction_id", "elsewhere.example"))
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .body("code", contains(404));
    }

    private static void awaitUpdates(String trackingNumber, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("servicerequestupdates.json", Map.of("service_request_id", trackingNumber))
                        .extract().<List<Object>> path("$").size() >= count);
        assertEquals(count, get("servicerequestupdates.json", Map.of("service_request_id", trackingNumber))
                .extract().<List<Object>> path("$").size(), "no duplicate or stale update was recorded");
    }
}
