package org.civicgrievance.resolution.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;

import org.civicgrievance.platform.paging.Page;
import org.civicgrievance.platform.paging.PageRequest;
import org.civicgrievance.platform.security.Roles;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.resolution.calendar.Calendars;
import org.civicgrievance.resolution.casework.CaseRepository;
import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.deadline.CaseClock;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.ClockRepository;

/**
 * 电子监察: the open cases past a deadline now, with a red card on a clock still running, longest
 * overdue first, in every department or one, a page at a time. A page costs three statements: the
 * count and the page's clocks, both read through the overdue index, and the page's cases; calendars
 * come from memory. Discipline officials only: handlers and supervisors see their cards on their
 * own queue.
 */
@ApplicationScoped
public class OverdueCases {

    private final ClockRepository clocks;
    private final CaseRepository cases;
    private final Calendars calendars;
    private final Clock clock;

    public OverdueCases(ClockRepository clocks, CaseRepository cases, Calendars calendars, Clock clock) {
        this.clocks = clocks;
        this.cases = cases;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * One overdue deadline of an open case.
     *
     * @param dueAt                 the deadline breached: the extended one when extensions were approved
     * @param originalDueAt         the deadline before any extension
     * @param extensions            how many extensions of this clock were approved (0: never extended); the red
     *                              card is that of the deadline after the last one
     * @param overdueMinutes        calendar minutes since the due time
     * @param overdueWorkingMinutes working minutes since the due time, on the clock's calendar
     */
    public record OverdueCase(String department, String caseId, String trackingNumber, String title, String status,
            String handler, String priority, ClockKind clock, Instant dueAt, Instant originalDueAt, int extensions,
            long overdueMinutes, long overdueWorkingMinutes) {
    }

    /** @param department one department's, or null for every department's */
    @Transactional
    public Page<OverdueCase> overdue(String department, StaffMember reader, PageRequest requested) {
        if (!reader.has(Roles.INSPECTOR)) {
            throw new ForbiddenException("overdue cases are read by discipline officials");
        }
        Instant now = clock.instant();
        long total = clocks.countOverdue(department, now);
        PageRequest page = requested.within(total);
        if (total == 0) {
            return Page.of(List.of(), page, 0);
        }
        List<CaseClock> red = clocks.overdue(department, now, page.offset(), page.size());
        Map<String, GrievanceCase> byId = cases.list("id in ?1", red.stream().map(CaseClock::getCaseId).distinct().toList())
                .stream().collect(Collectors.toMap(GrievanceCase::getId, Function.identity()));
        // a clock is written with its case and neither is ever deleted: every clock here has its case
        return Page.of(red.stream().map(c -> overdueCase(c, byId.get(c.getCaseId()), now)).toList(), page, total);
    }

    private OverdueCase overdueCase(CaseClock c, GrievanceCase aCase, Instant now) {
        return new OverdueCase(c.getDepartment(), c.getCaseId(), aCase.getTrackingNumber(), aCase.getTitle(),
                aCase.getStatus().name(), aCase.getHandler(), aCase.getPriority(), c.getKind(), c.getDueAt(),
                c.getOriginalDueAt(), c.getPeriod(), Duration.between(c.getDueAt(), now).toMinutes(),
                calendars.byCode(c.getCalendarCode()).workingTimeBetween(c.getDueAt(), now).toMinutes());
    }
}
