package org.civicgrievance.resolution.workbench;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.infra.test.StaffBrowser.as;
import static org.civicgrievance.infra.test.StaffBrowser.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.infra.test.StaffBrowser;
import org.junit.jupiter.api.Test;

/**
 * The workbench's lists as a handler works in them: the cases one holds come first, the queue comes
 * a page at a time with its place in the whole, the search keeps what was typed, and priorities are
 * named, not coded.
 */
@QuarkusTest
class WorkbenchQueuePagesTest {

    private static final String URBAN = "urban-management";
    private static final Pattern ROW = Pattern.compile("<tr id=\"case-");

    @Inject
    RoutedCases routedCases;

    @Test
    void theQueueComesAPageAtATimeAndTheSearchKeepsWhatWasTyped() {
        // a word no other test's case has, so the search holds exactly these
        String word = "井盖" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 25; i++) {
            routedCases.send(routedCases.routed(URBAN, word + " 第" + i + "处", "幸福路"), null);
        }
        String green = routedCases.queued(URBAN, data -> data.put("priority", "GREEN_CHANNEL")
                .put("title", word + " 老人门口")).subject();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given()
                .auth().oauth2(StaffTokens.inspector("inspector.test")).queryParam("q", word)
                .get("/api/departments/{d}/queue", URBAN).then().extract().<Integer>path("total") == 26);
        StaffBrowser.Session handler = signIn("handler.urban");

        String first = page(handler, "q", word);
        assertEquals(25, rows(first), "a page holds 25 cases");
        assertTrue(first.contains("第 1 / 2 页 · 共 26 件"), first);
        assertTrue(first.contains("value=\"" + word + "\""), "the search box keeps the words");
        String next = "href=\"/staff/?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8)
                + "&amp;page=2\"";
        assertTrue(first.contains(next), "the link to the next page keeps the search: " + first);
        // the green channel comes before the normal cases queued at the same time, named in the page's language
        String queue = first.substring(first.indexOf("id=\"queue-heading\""));
        assertTrue(queue.indexOf("<tr id=\"case-" + green + "\">") == queue.indexOf("<tr id=\"case-"), queue);
        assertTrue(row(first, green).contains("绿色通道"), row(first, green));
        assertTrue(first.indexOf("id=\"held-heading\"") < first.indexOf("id=\"queue-heading\""),
                "the cases one holds come first");

        String second = page(handler, "q", word, "page", "2");
        assertEquals(1, rows(second));
        assertTrue(second.contains("第 2 / 2 页 · 共 26 件") && second.contains("rel=\"prev\""), second);

        String english = page(handler, "q", word, "lang", "en");
        assertTrue(english.contains("Page 1 of 2 · 26 cases") && english.contains("Green channel"), english);
    }

    @Test
    void aSearchTheListsCannotTakeIsSaidOnThePageWithWhatWasTyped() {
        StaffBrowser.Session handler = signIn("handler.urban");

        String page = page(handler, "category", "路灯 <b>", "page", "zwei");
        assertTrue(page.contains("搜索条件无法识别"), page);
        assertTrue(page.contains("value=\"路灯 &lt;b&gt;\""), "what was typed, escaped: " + page);
    }

    private static String page(StaffBrowser.Session session, String... parameters) {
        var request = as(session);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.when().get("/staff/").then().statusCode(Status.OK.getStatusCode()).extract().asString();
    }

    /** The rows of the queue table: the handler holds none of these cases. */
    private static int rows(String page) {
        String queue = page.substring(page.indexOf("id=\"queue-heading\""));
        Matcher rows = ROW.matcher(queue);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        return count;
    }

    private static String row(String page, String caseId) {
        Matcher row = Pattern.compile("<tr id=\"case-" + Pattern.quote(caseId) + "\">.*?</tr>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(row.find(), "no row for " + caseId);
        return row.group();
    }
}
