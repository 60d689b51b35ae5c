package org.civicgrievance.launcher;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole system as a resident and a handler meet it: the real services from their
 * quarkus-run.jar, real Kafka and a real database, all started by the launcher on free ports.
 */
class EndToEndIT {

    /** Routing and status updates travel over Kafka, so the later steps are polled. */
    private static final Duration ASYNC_TIMEOUT = Duration.ofSeconds(60);
    private static final String DEPARTMENT = "urban-management";
    private static final String HANDLER = "handler.urban";
    /** A read-only endpoint of each service's own API, which its metrics and OpenAPI document must name. */
    private static final Map<GrievanceService, Endpoint> OWN_ENDPOINT = Map.of(
            // A look-up without access code is refused, but still counted.
            GrievanceService.INTAKE, new Endpoint("/api/cases/{trackingNumber}", List.of("GR-2000-00000000"), 400),
            GrievanceService.ROUTING, new Endpoint("/api/departments", List.of(), 200),
            GrievanceService.RESOLUTION, new Endpoint("/api/departments/{department}/queue", List.of(DEPARTMENT), 401),
            GrievanceService.IDENTITY, new Endpoint("/.well-known/openid-configuration", List.of(), 200));

    private record Endpoint(String template, List<String> pathParams, int status) {
    }

    private static LocalLauncher launcher;

    @BeforeAll
    static void startSystem() {
        launcher = ServiceRequests.startSystem("e2e");
    }

    @AfterAll
    static void stopSystem() {
        if (launcher != null) {
            launcher.close();
        }
    }

    @Test
    void aComplaintIsRoutedResolvedAndTheResidentSeesIt() {
        // 1. A resident submits a complaint.
        JsonPath submitted = submitComplaint();
        String caseId = submitted.getString("caseId");
        String trackingNumber = submitted.getString("trackingNumber");
        String accessCode = submitted.getString("accessCode");

        // Staff sign in at the local identity provider, as they would at the city's.
        String handler = ServiceRequests.signIn(launcher, HANDLER);
        String inspector = ServiceRequests.signIn(launcher, "inspector.li");
        String otherDepartment = ServiceRequests.signIn(launcher, "handler.water");

        // 2. Routing places street lighting on urban management, and the case shows up in its queue.
        awaitQueued(handler, caseId, trackingNumber);

        // Another department's handler cannot see it; an inspector can, but cannot act on it.
        given(resolution(otherDepartment)).get("/api/cases/{caseId}", caseId).then().statusCode(404);
        given(resolution(inspector)).get("/api/cases/{caseId}", caseId).then().statusCode(200)
                .body("contact.phone", equalTo("138****5678"));
        given(resolution(inspector)).post("/api/cases/{caseId}/claim", caseId).then().statusCode(403);

        // 3. A handler claims and resolves it; holding it, they see the resident's phone number.
        given(resolution(handler))
                .post("/api/cases/{caseId}/claim", caseId)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLAIMED"))
                .body("handler", equalTo(HANDLER))
                .body("contact.phone", equalTo("13812345678"));
        given(resolution(handler))
                .body("{\"outcome\":\"RESOLVED\",\"note\":\"已更换灯泡\"}")
                .post("/api/cases/{caseId}/resolve", caseId)
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"));

        // 4. The resident looks the case up with the access code and eventually sees it resolved.
        await("case " + trackingNumber + " resolved in intake")
                .atMost(ASYNC_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given(intake())
                        .header("X-Access-Code", accessCode)
                        .get("/api/cases/{trackingNumber}", trackingNumber)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("RESOLVED"))
                        .body("awaitingRating", equalTo(true)));

        // 5. The resident rates the outcome; resolution closes the case and the look-up says so.
        given(intake())
                .header("X-Access-Code", accessCode)
                .header("Idempotency-Key", caseId + "-rating")
                .body("{\"rating\":\"SATISFIED\",\"comment\":\"修好了，谢谢\"}")
                .post("/api/cases/{trackingNumber}/evaluations", trackingNumber)
                .then()
                .statusCode(201);
        await("case " + trackingNumber + " closed after the rating")
                .atMost(ASYNC_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given(intake())
                        .header("X-Access-Code", accessCode)
                        .get("/api/cases/{trackingNumber}", trackingNumber)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("CLOSED"))
                        .body("awaitingRating", equalTo(false)));

        // The inspector's audit trail tells the whole story, from all three services.
        List<String> traceIds = awaitAuditTrail(inspector, caseId, "CASE_SUBMITTED", "CASE_ROUTED", "CASE_QUEUED",
                "CASE_CLAIMED", "CONTACT_VIEWED", "CASE_RESOLVED", "CONTACT_VIEWED", "CASE_RATED", "CASE_CLOSED")
                .getList("traceId");
        assertThat(traceIds, everyItem(matchesPattern("[0-9a-f]{32}")));
        assertEquals(1, Set.copyOf(traceIds).size(), "one trace id follows the case through all services");

        // Without the right access code the case does not exist, as far as the caller can tell.
        given(intake())
                .header("X-Access-Code", accessCode + "-wrong")
                .get("/api/cases/{trackingNumber}", trackingNumber)
                .then()
                .statusCode(404);
    }

    /**
     * A handler works in the browser instead: signs in on resolution's staff page through the real
     * identity provider (session cookie), sees the case in the queue and claims it with the form,
     * whose CSRF token the page supplies, and is back on the case with what happened; without the
     * token the same post is refused.
     */
    @Test
    void aHandlerSignsInOnTheStaffPageAndClaimsThroughTheForm() {
        JsonPath submitted = submitComplaint();
        String caseId = submitted.getString("caseId");
        String trackingNumber = submitted.getString("trackingNumber");
        String bearer = ServiceRequests.signIn(launcher, HANDLER);
        awaitQueued(bearer, caseId, trackingNumber);

        String session = ServiceRequests.signInOnStaffPage(launcher, GrievanceService.RESOLUTION, HANDLER);
        String page = given(staffPages(session))
                .get("/staff/")
                .then()
                .statusCode(200)
                .body(containsString(trackingNumber), containsString("/staff/cases/" + caseId + "/claim"))
                .extract().asString();

        given(staffPages(session))
                .contentType(ContentType.URLENC)
                .formParam("lang", "zh")
                .post("/staff/cases/{caseId}/claim", caseId)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given(staffPages(session))
                .contentType(ContentType.URLENC)
                .formParam("csrf_token", ServiceRequests.csrfTokenOf(page))
                .post("/staff/cases/{caseId}/claim", caseId)
                .then()
                .statusCode(303)
                .header("Location", "/staff/cases/" + caseId + "?outcome=claimed&case=" + trackingNumber);

        given(resolution(bearer))
                .get("/api/cases/{caseId}", caseId)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLAIMED"))
                .body("handler", equalTo(HANDLER));
    }

    /**
     * Issue 5 through all three services: no rule places the case, so it waits in triage; a dispatcher
     * places it on urban management, which sends it back with a reason; routing places it again by a
     * rule, never on the department that returned it, and the resident's look-up follows it.
     */
    @Test
    void aCaseNoRulePlacesIsPlacedByHandReturnedAndPlacedElsewhere() {
        JsonPath submitted = given(intake())
                .body("""
                        {"kind":"COMPLAINT","category":"other","title":"井盖丢失",
                         "description":"解放路与和平街路口的井盖不见了，夜里很危险",
                         "location":{"address":"解放路与和平街路口","district":"gulou"},
                         "contact":{"name":"李四","phone":"13987654321"}}
                        """)
                .post("/api/cases")
                .then()
                .statusCode(201)
                .extract().jsonPath();
        String caseId = submitted.getString("caseId");
        String trackingNumber = submitted.getString("trackingNumber");
        String dispatcher = ServiceRequests.signIn(launcher, "operator.chen");
        String admin = ServiceRequests.signIn(launcher, "admin.zhou");
        String urbanHandler = ServiceRequests.signIn(launcher, HANDLER);
        String transportHandler = ServiceRequests.signIn(launcher, "handler.transport");
        String inspector = ServiceRequests.signIn(launcher, "inspector.li");

        // 1. No rule places "other": the case waits for a dispatcher.
        await("case " + trackingNumber + " in triage")
                .atMost(ASYNC_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given(routing(dispatcher))
                        .queryParam("size", 100)
                        .get("/api/triage")
                        .then()
                        .statusCode(200)
                        .body("items.caseId", hasItem(caseId)));

        // 2. Meanwhile an administrator teaches routing that missing manhole covers belong to transport.
        given(routing(admin))
                .body("""
                        {"priority":9100,"category":"other","keywords":["井盖"],"department":"transport",
                         "description":"Manhole covers reported as 'other' belong to transport"}
                        """)
                .post("/api/routing-rules")
                .then()
                .statusCode(201);

        // 3. The dispatcher, before looking at the rules, places the case on urban management by hand.
        given(routing(dispatcher))
                .body("{\"department\":\"" + DEPARTMENT + "\",\"reason\":\"道路设施问题，先由城管处理\"}")
                .post("/api/triage/{caseId}/placement", caseId)
                .then()
                .statusCode(201);
        awaitQueued(urbanHandler, caseId, trackingNumber, "other");

        // 4. Urban management sends it back with its reason.
        given(resolution(urbanHandler))
                .body("{\"reason\":\"井盖属于交通部门管养，非本部门职责\"}")
                .post("/api/cases/{caseId}/return", caseId)
                .then()
                .statusCode(200)
                .body("status", equalTo("RETURNED"));

        // 5. Routing places it again by the rule: on transport, never back on urban management.
        await("case " + trackingNumber + " queued at transport")
                .atMost(ASYNC_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given(resolution(transportHandler))
                        .get("/api/cases/{caseId}", caseId)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("QUEUED"))
                        .body("department", equalTo("transport")));
        given(resolution(urbanHandler)).get("/api/cases/{caseId}", caseId).then().statusCode(404);
        given(routing(inspector))
                .get("/api/cases/{caseId}/placements", caseId)
                .then()
                .statusCode(200)
                .body("department", contains(DEPARTMENT, "transport"))
                .body("[0].returned.reason", equalTo("井盖属于交通部门管养，非本部门职责"));

        // 6. The resident's look-up follows the case to its new owner.
        await("case " + trackingNumber + " shown at transport to the resident")
                .atMost(ASYNC_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given(intake())
                        .header("X-Access-Code", submitted.getString("accessCode"))
                        .get("/api/cases/{trackingNumber}", trackingNumber)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("QUEUED"))
                        .body("department", equalTo("transport")));

        // The inspector's trail tells it in order, from all three services.
        awaitAuditTrail(inspector, caseId, "CASE_SUBMITTED", "CASE_PARKED_FOR_TRIAGE", "CASE_ROUTED", "CASE_QUEUED",
                "CASE_RETURNED", "CASE_ROUTED", "CASE_QUEUED");
    }

    /**
     * What operators rely on, from every service: readiness for the load balancer, Prometheus
     * metrics and the OpenAPI document. One API call first, because Quarkus only records HTTP
     * metrics for application endpoints, and a service may not have had one yet.
     */
    @ParameterizedTest
    @EnumSource(GrievanceService.class)
    void eachServiceIsReadyMeasuredAndDescribed(GrievanceService service) {
        Endpoint endpoint = OWN_ENDPOINT.get(service);
        given(ServiceRequests.json(launcher, service))
                .get(endpoint.template(), endpoint.pathParams().toArray())
                .then()
                .statusCode(endpoint.status());

        given(ServiceRequests.json(launcher, service))
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        given(ServiceRequests.plain(launcher, service))
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"),
                        containsString("uri=\"" + endpoint.template() + "\""));
        given(ServiceRequests.json(launcher, service))
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", startsWith("3."))
                .body("paths", hasKey(endpoint.template()));
    }

    private static JsonPath submitComplaint() {
        return given(intake())
                .body("""
                        {"kind":"COMPLAINT","category":"street-lighting","title":"路灯不亮",
                         "description":"幸福路12号门口的路灯坏了一周 🚨",
                         "location":{"address":"幸福路12号","district":"gulou"},
                         "contact":{"name":"张三","phone":"13812345678"}}
                        """)
                .post("/api/cases")
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("trackingNumber", matchesPattern("GR-\\d{4}-\\d{8}"))
                .body("accessCode", not(emptyOrNullString()))
                .extract().jsonPath();
    }

    /** Routing places street lighting on urban management, over Kafka: polled until the queue shows the case. */
    private static void awaitQueued(String handlerToken, String caseId, String trackingNumber) {
        awaitQueued(handlerToken, caseId, trackingNumber, "street-lighting");
    }

    private static void awaitQueued(String handlerToken, String caseId, String trackingNumber, String category) {
        await("case " + caseId + " in the " + DEPARTMENT + " queue")
                .atMost(ASYNC_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    List<Map<String, Object>> queued = given(resolution(handlerToken))
                            .queryParam("q", trackingNumber)
                            .get("/api/departments/{department}/queue", DEPARTMENT)
                            .then()
                            .statusCode(200)
                            .extract().jsonPath().getList("items.findAll { it.caseId == '" + caseId + "' }");
                    assertEquals(1, queued.size(), "queue entries for the case");
                    assertEquals(trackingNumber, queued.get(0).get("trackingNumber"));
                    assertEquals("QUEUED", queued.get(0).get("status"));
                    assertEquals(category, queued.get(0).get("category"));
                });
    }

    /** The inspector's trail of the case, once it holds exactly these actions in order (other services report late). */
    private static JsonPath awaitAuditTrail(String inspectorToken, String caseId, String... actions) {
        await("the audit trail of case " + caseId)
                .atMost(ASYNC_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given(resolution(inspectorToken))
                        .queryParam("caseId", caseId)
                        .get("/api/audit")
                        .then()
                        .statusCode(200)
                        .body("action", contains(actions)));
        return given(resolution(inspectorToken)).queryParam("caseId", caseId).get("/api/audit").then().extract()
                .jsonPath();
    }

    private static RequestSpecification staffPages(String sessionCookie) {
        return ServiceRequests.staffPages(launcher, GrievanceService.RESOLUTION, sessionCookie);
    }

    private static RequestSpecification intake() {
        return ServiceRequests.json(launcher, GrievanceService.INTAKE);
    }

    private static RequestSpecification routing(String token) {
        return ServiceRequests.asStaff(launcher, GrievanceService.ROUTING, token);
    }

    private static RequestSpecification resolution(String token) {
        return ServiceRequests.asStaff(launcher, GrievanceService.RESOLUTION, token);
    }
}
