package org.civicgrievance.resolution.queue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.StatementLog;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.paging.PageRequest;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.resolution.TestClock;
import org.civicgrievance.resolution.deadline.OnAWorkingMonday;
import org.civicgrievance.resolution.deadline.Shanghai;
import org.civicgrievance.resolution.deadline.warning.DeadlineScanner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A department's queue comes one page at a time, most urgent first: red card, yellow card, special
 * handling, green channel, then the least time left; searched by tracking number or words, filtered
 * by category, district, priority and card; and a page costs the same few statements however long
 * the queue is. Each test fills a department of its own (cases queued from Monday 09:30, claim due
 * two working hours later).
 */
@QuarkusTest
class QueuePagingTest implements OnAWorkingMonday {

    @Inject
    RoutedCases routedCases;

    @Inject
    TestClock clock;

    @Inject
    DeadlineScanner scanner;

    @Inject
    Queues queues;

    private String department;
    private String handler;

    @BeforeEach
    void aDepartmentOfItsOwn() {
        department = "queue-" + UUID.randomUUID().toString().substring(0, 8);
        handler = StaffTokens.handler("handler.queue", department);
    }

    @Test
    void theMostUrgentComeFirstAndEveryPageSaysWhereItStands() {
        String red = queued("NORMAL", "路灯不亮");                 // queued 09:30: red at 11:35
        clock.setTo(Shanghai.at("2026-11-30T10:00"));
        String yellow = queued("NORMAL", "路灯闪烁");              // queued 10:00: yellow at 11:35
        clock.setTo(Shanghai.at("2026-11-30T11:35"));
        String normal = queued("NORMAL", "井盖缺失");
        String green = queued("GREEN_CHANNEL", "老人家门口积水");
        String special = queued("SPECIAL_HANDLING", "燃气味道很重");
        scanner.scanAll();

        List<String> order = List.of(red, yellow, special, green, normal);
        queue().queryParam("size", 2).get().then().statusCode(Status.OK.getStatusCode())
                .body("items.caseId", contains(order.get(0), order.get(1)))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(5));
        queue().queryParam("size", 2).queryParam("page", 2).get().then()
                .body("items.caseId", contains(order.get(2), order.get(3)));
        queue().queryParam("size", 2).queryParam("page", 3).get().then()
                .body("items.caseId", contains(order.get(4)));
        // past the end: the last page, saying which it is
        queue().queryParam("size", 2).queryParam("page", 40).get().then()
                .body("page", equalTo(3)).body("items.caseId", contains(order.get(4)));
        // the default page holds them all, in the same order
        queue().get().then().body("items.caseId", contains(order.toArray()))
                .body("size", equalTo(PageRequest.DEFAULT_SIZE));

        queue().queryParam("card", "red").get().then().body("items.caseId", contains(red));
        queue().queryParam("card", "YELLOW").get().then().body("items.caseId", contains(yellow));
        queue().queryParam("card", "NONE").get().then().body("items.caseId", contains(special, green, normal));
        queue().queryParam("priority", "green_channel").get().then().body("items.caseId", contains(green));
    }

    @Test
    void aHandlerFindsACaseByItsTrackingNumberOrItsWordsAndLikePatternsAreLiteral() {
        CloudEvent percent = routedCases.queued(department, data -> data.put("title", "积水 100% 漫过路面"));
        String puddle = queued("NORMAL", "路口积水");
        String other = routedCases.queued(department, data -> {
            data.put("category", "road-damage");
            data.putObject("location").put("address", "幸福路1号").put("district", "taijiang");
        }).subject();

        queue().queryParam("q", RoutedCases.trackingNumber(percent)).get().then()
                .body("items.caseId", contains(percent.subject())).body("total", equalTo(1));
        queue().queryParam("q", "积水").get().then().body("items.caseId", contains(percent.subject(), puddle));
        queue().queryParam("q", "%").get().then().body("items.caseId", contains(percent.subject()));
        queue().queryParam("q", "_").get().then().body("total", equalTo(0));
        queue().queryParam("q", "幸福路").get().then().body("total", equalTo(3)); // the description says 幸福路12号
        queue().queryParam("category", "road-damage").get().then().body("items.caseId", contains(other));
        queue().queryParam("district", "taijiang").get().then().body("items.caseId", contains(other));
        queue().queryParam("district", "gulou").queryParam("q", "积水").get().then()
                .body("items.caseId", contains(percent.subject(), puddle));
    }

    @Test
    void whatIsNoPageOrNoFilterIsRefusedNamingTheParameter() {
        for (String[] wrong : new String[][] { { "size", "0" }, { "size", "101" }, { "page", "0" }, { "page", "two" },
                { "card", "purple" }, { "priority", "URGENT" }, { "category", "Road Damage" },
                { "q", "字".repeat(QueueFilter.MAX_TEXT + 1) } }) {
            queue().queryParam(wrong[0], wrong[1]).get().then()
                    .statusCode(Status.BAD_REQUEST.getStatusCode()).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(wrong[0]));
        }
        given().auth().oauth2(StaffTokens.handler("handler.other", "transport"))
                .get("/api/departments/{d}/queue", department).then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void aPageCostsTheSameFewStatementsHoweverLongTheQueue() {
        StaffMember reader = new StaffMember("inspector.queue", Set.of(Roles.INSPECTOR), null);
        queued("NORMAL", "路灯不亮");
        List<String> short_ = StatementLog.ofThisThread(
                () -> queues.waiting(department, reader, QueueFilter.NONE, PageRequest.first()));
        for (int i = 0; i < 30; i++) {
            routedCases.send(routedCases.routed(department), null);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                queues.waiting(department, reader, QueueFilter.NONE, PageRequest.first()).total() == 31);
        List<String> longer = StatementLog.ofThisThread(
                () -> queues.waiting(department, reader, QueueFilter.NONE, PageRequest.first()));

        // the count, the page's ids, the cases, their clocks
        assertEquals(4, short_.size(), String.join("\n", short_));
        assertEquals(4, longer.size(), String.join("\n", longer));
        assertTrue(longer.get(1).contains("limit"), longer.get(1));
    }

    private String queued(String priority, String title) {
        return routedCases.queued(department, data -> data.put("priority", priority).put("title", title)).subject();
    }

    private RequestSpecification queue() {
        return given().auth().oauth2(handler).basePath("/api/departments/" + department + "/queue");
    }
}
