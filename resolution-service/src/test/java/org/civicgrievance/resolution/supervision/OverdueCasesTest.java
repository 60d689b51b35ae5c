package org.civicgrievance.resolution.supervision;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.StatementLog;
import org.civicgrievance.platform.paging.Page;
import org.civicgrievance.platform.paging.PageRequest;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.resolution.TestClock;
import org.civicgrievance.resolution.deadline.OnAWorkingMonday;
import org.civicgrievance.resolution.deadline.Shanghai;
import org.civicgrievance.resolution.deadline.warning.DeadlineScanner;
import org.civicgrievance.resolution.supervision.OverdueCases.OverdueCase;
import org.junit.jupiter.api.Test;

/**
 * The discipline officials' overdue list comes a page at a time, the longest overdue first, and a
 * page costs the same three statements however many cases are overdue. Cases are queued on Monday
 * 30 November 2026 from 09:30 in a department of their own (claim due two working hours later) and
 * read on Tuesday morning, when every one of them is past its claim deadline.
 */
@QuarkusTest
class OverdueCasesTest implements OnAWorkingMonday {

    private static final StaffMember INSPECTOR = new StaffMember("inspector.overdue", Set.of(Roles.INSPECTOR), null);

    @Inject
    RoutedCases routedCases;

    @Inject
    TestClock clock;

    @Inject
    DeadlineScanner scanner;

    @Inject
    OverdueCases overdue;

    @Test
    void theLongestOverdueComeFirstAPageAtATimeAndAClaimedCaseLeavesTheList() {
        String department = "overdue-" + UUID.randomUUID().toString().substring(0, 8);
        String first = routedCases.queued(department).subject();
        clock.setTo(Shanghai.at("2026-11-30T10:00"));
        String second = routedCases.queued(department).subject();
        clock.setTo(Shanghai.at("2026-11-30T10:15"));
        String third = routedCases.queued(department).subject();
        clock.setTo(Shanghai.at("2026-12-01T10:00"));
        scanner.scanAll();
        scanner.scanAll();

        Page<OverdueCase> page = overdue.overdue(department, INSPECTOR, new PageRequest(1, 2));
        assertEquals(List.of(first, second), page.items().stream().map(OverdueCase::caseId).toList());
        assertEquals(3, page.total());
        assertEquals(2, page.pages());
        assertEquals(List.of(third), overdue.overdue(department, INSPECTOR, new PageRequest(2, 2)).items().stream()
                .map(OverdueCase::caseId).toList());
        OverdueCase longest = page.items().get(0);
        assertEquals(department, longest.department());
        assertEquals("QUEUED", longest.status());
        assertTrue(longest.overdueMinutes() > longest.overdueWorkingMinutes(),
                "a night passed: more calendar time than working time, " + longest);
        // past the end: the last page
        assertEquals(2, overdue.overdue(department, INSPECTOR, new PageRequest(9, 2)).page());

        given().auth().oauth2(StaffTokens.handler("wang.overdue", department)).post("/api/cases/{id}/claim", first)
                .then().statusCode(Status.OK.getStatusCode());
        assertEquals(List.of(second, third), overdue.overdue(department, INSPECTOR, PageRequest.first()).items().stream()
                .map(OverdueCase::caseId).toList());
    }

    @Test
    void aPageCostsTheSameThreeStatementsHoweverManyAreOverdue() {
        String department = "overdue-" + UUID.randomUUID().toString().substring(0, 8);
        routedCases.queued(department);
        clock.setTo(Shanghai.at("2026-12-01T10:00"));
        scanner.scanAll();
        scanner.scanAll();
        overdue.overdue(department, INSPECTOR, PageRequest.first()); // calendars in memory before counting
        List<String> one = StatementLog.ofThisThread(() -> overdue.overdue(department, INSPECTOR, PageRequest.first()));

        for (int i = 0; i < 12; i++) {
            routedCases.queued(department);
        }
        clock.setTo(Shanghai.at("2026-12-02T10:00"));
        scanner.scanAll();
        scanner.scanAll();
        List<String> many = StatementLog.ofThisThread(() -> {
            assertEquals(13, overdue.overdue(department, INSPECTOR, PageRequest.first()).total());
        });
        List<String> everyDepartment = StatementLog.ofThisThread(() -> overdue.overdue(null, INSPECTOR, PageRequest.first()));

        // the count, the page's clocks, their cases
        assertEquals(3, one.size(), String.join("\n", one));
        assertEquals(3, many.size(), String.join("\n", many));
        assertEquals(3, everyDepartment.size(), String.join("\n", everyDepartment));
        assertTrue(many.get(1).contains("limit"), many.get(1));
    }

    @Test
    void onlyDisciplineOfficialsReadIt() {
        StaffMember supervisor = new StaffMember("zhao.overdue", Set.of(Roles.SUPERVISOR), "urban-management");
        assertThrows(ForbiddenException.class, () -> overdue.overdue("urban-management", supervisor, PageRequest.first()));
    }
}
