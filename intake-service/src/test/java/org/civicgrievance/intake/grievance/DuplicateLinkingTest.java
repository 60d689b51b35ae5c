package org.civicgrievance.intake.grievance;

import static org.civicgrievance.intake.Submissions.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.intake.Topics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Likely duplicates are linked to the first case, never dropped, and the resident is told. */
@QuarkusTest
class DuplicateLinkingTest {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theSamePersonRaisingTheSameProblemAgainIsLinked() throws Exception {
        String phone = uniquePhone();
        ExtractableResponse<Response> firstReceipt = submit(
                complaint("幸福路%s号门口的路灯坏了一周，晚上很黑".formatted(phone), "福州市某小区", phone, null));
        String first = firstReceipt.path("caseId");
        ExtractableResponse<Response> second = submit(
                complaint("幸福路%s号门口路灯坏了一周了，晚上很黑".formatted(phone), "另一个地址", phone, null));

        assertEquals(List.of("LINKED_TO_SIMILAR_CASE"), second.path("notices.code"));
        assertTrue(second.<String>path("notices[0].zh").contains("关联"));
        assertEquals(first, likelyDuplicateOf(second.path("caseId")));
        String firstTrackingNumber = firstReceipt.path("trackingNumber");
        assertFalse(second.asString().contains(first) || second.asString().contains(firstTrackingNumber),
                "the receipt does not name the other case: " + second.asString());
    }

    @Test
    void anotherPersonAtTheSameSpotIsLinkedAndChainsPointToTheFirstCase() throws Exception {
        String spot = "幸福路 " + UUID.randomUUID();
        String first = submit(located("东门外的井盖丢了，很危险，请尽快处理", spot, "26.080000", "119.300000")).path("caseId");
        // 30 m away, other words for the same thing
        String second = submit(located("东门外井盖丢了，非常危险，请尽快处理", "东门", "26.080270", "119.300000")).path("caseId");
        String third = submit(located("东门外的井盖丢了，很危险，请尽快处理！", spot, "26.090000", "119.310000")).path("caseId");

        assertEquals(first, likelyDuplicateOf(second));
        assertEquals(first, likelyDuplicateOf(third));
    }

    @Test
    void anAddressWrittenWithOtherSpacesPunctuationOrWidthsIsTheSamePlace() throws Exception {
        String house = UUID.randomUUID().toString().substring(0, 8);
        String first = submit(complaint("小区门口的路灯坏了一周，晚上很黑", "幸福路 ７８号 " + house, uniquePhone(), null))
                .path("caseId");
        ExtractableResponse<Response> second = submit(
                complaint("小区门口路灯坏了一周了，晚上很黑", "幸福路78号，" + house.toUpperCase(), uniquePhone(), null));

        assertEquals(List.of("LINKED_TO_SIMILAR_CASE"), second.path("notices.code"));
        assertEquals(first, likelyDuplicateOf(second.path("caseId")));
    }

    @Test
    void aPointJustAcrossAGridLineIsStillFound() throws Exception {
        // 26.079999 and 26.080001 lie in neighbouring cells of the index's 0.001° grid, 0.2 m apart
        String first = submit(located("西门外的井盖丢了，很危险，请尽快处理", "西门 " + UUID.randomUUID(), "26.079999", "118.999999"))
                .path("caseId");
        String second = submit(located("西门外井盖丢了，非常危险，请尽快处理", "西门", "26.080001", "119.000001"))
                .path("caseId");

        assertEquals(first, likelyDuplicateOf(second));
    }

    @Test
    void atABusySpotTheRecentCaseARepeatRefersToIsAmongTheCandidates() throws Exception {
        // more first cases at one spot than the search takes per key, each about something else
        Random random = new Random();
        String latitude = String.format(Locale.ROOT, "%.6f", 27 + random.nextDouble());
        String longitude = String.format(Locale.ROOT, "%.6f", 117 + random.nextDouble());
        String latest = null;
        String latestText = null;
        for (int i = 0; i <= DuplicateFinder.MAX_CANDIDATES; i++) {
            latestText = "路面问题 " + UUID.randomUUID().toString().replace("-", "");
            latest = submit(located(latestText, "繁忙路口 " + UUID.randomUUID(), latitude, longitude)).path("caseId");
        }

        String repeat = submit(located(latestText + " 还没修", "繁忙路口", latitude, longitude)).path("caseId");

        assertEquals(latest, likelyDuplicateOf(repeat));
    }

    @Test
    void aRepeatOfALinkedCaseJoinsItsChainEvenWhenTheFirstCaseIsNoLongerAmongTheLatestAtItsSpot() throws Exception {
        Random random = new Random();
        String latitude = String.format(Locale.ROOT, "%.6f", 25 + random.nextDouble());
        String longitude = String.format(Locale.ROOT, "%.6f", 115 + random.nextDouble());
        String first = submit(located("桥下的井盖丢了，很危险，请尽快处理", "桥下 " + UUID.randomUUID(), latitude, longitude))
                .path("caseId");
        String phone = uniquePhone();
        String linked = submit(locatedBy(phone, "桥下井盖丢了，非常危险，请尽快处理", "桥下", latitude, longitude)).path("caseId");
        assertEquals(first, likelyDuplicateOf(linked));
        for (int i = 0; i < DuplicateFinder.MAX_CANDIDATES; i++) {
            submit(located("路面问题 " + UUID.randomUUID().toString().replace("-", ""), "桥下 " + UUID.randomUUID(),
                    latitude, longitude));
        }

        String again = submit(locatedBy(phone, "桥下井盖丢了，非常危险，请尽快处理，还没修", "桥下", latitude, longitude))
                .path("caseId");

        assertEquals(first, likelyDuplicateOf(again), "the same person's linked case leads to the first of its chain");
    }

    @Test
    void differentProblemsOrDifferentPlacesAreNotLinked() throws Exception {
        String phone = uniquePhone();
        submit(complaint("幸福路的路灯坏了一周，晚上很黑", "幸福路" + phone, phone, null));
        ExtractableResponse<Response> otherProblem = submit(
                complaint("楼下餐馆油烟很大，窗户都不能开", "幸福路" + phone, phone, null));
        ExtractableResponse<Response> elsewhere = submit(
                located("东门外的井盖丢了，很危险，请尽快处理", "解放路 " + UUID.randomUUID(), "26.500000", "119.700000"));

        assertEquals(List.of(), otherProblem.path("notices"));
        assertEquals("", likelyDuplicateOf(otherProblem.path("caseId")));
        assertEquals(List.of(), elsewhere.path("notices"));
    }

    private static String complaint(String text, String address, String phone, String email) {
        return """
                {"kind":"COMPLAINT","category":"street-lighting","description":"%s",
                 "location":{"address":"%s"},"contact":{"phone":"%s"}}""".formatted(text, address, phone);
    }

    private static String located(String text, String address, String latitude, String longitude) {
        return """
                {"kind":"COMPLAINT","category":"road-damage","attributes":{"hazard":"manhole"},"description":"%s",
                 "location":{"address":"%s","latitude":%s,"longitude":%s}}""".formatted(text, address, latitude, longitude);
    }

    private static String locatedBy(String phone, String text, String address, String latitude, String longitude) {
        return """
                {"kind":"COMPLAINT","category":"road-damage","attributes":{"hazard":"manhole"},"description":"%s",
                 "location":{"address":"%s","latitude":%s,"longitude":%s},"contact":{"phone":"%s"}}"""
                .formatted(text, address, latitude, longitude, phone);
    }

    private static String uniquePhone() {
        return "139" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L));
    }

    private String likelyDuplicateOf(String caseId) throws Exception {
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, Topics.GRIEVANCE_SUBMITTED)) {
            return mapper.readTree(probe.awaitKey(caseId, 1, Duration.ofSeconds(30)).get(0).value())
                    .path("data").path("likelyDuplicateOf").asText("");
        }
    }
}
