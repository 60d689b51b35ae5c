package org.civicgrievance.resolution.deadline;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * For lists of cases: each case's nearest due time among its live clocks, and the card 黄牌/红牌 it
 * carries now: red when the scanner raised it on a live clock in the clock's current deadline period,
 * else yellow when that period's yellow is behind it (raised, or already past when an extension
 * opened the period). An approved extension opens a new period, so it clears the red until the
 * extended deadline passes too. One query for the whole list.
 */
@ApplicationScoped
public class DueSummaries {

    /** @param card YELLOW, RED or null */
    public record DueSummary(Instant nextDue, WarningLevel card) {
    }

    private final ClockRepository clocks;

    public DueSummaries(ClockRepository clocks) {
        this.clocks = clocks;
    }

    /** Only cases with a live clock appear in the map. */
    public Map<String, DueSummary> of(Collection<String> caseIds) {
        return clocks.liveOf(caseIds).stream().collect(Collectors.groupingBy(CaseClock::getCaseId))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> summary(e.getValue())));
    }

    static DueSummary summary(List<CaseClock> live) {
        Instant next = live.stream().map(CaseClock::getDueAt).min(Comparator.naturalOrder()).orElse(null);
        WarningLevel card = live.stream().anyMatch(CaseClock::isRedRaised) ? WarningLevel.RED
                : live.stream().anyMatch(CaseClock::isYellowRaised) ? WarningLevel.YELLOW : null;
        return new DueSummary(next, card);
    }
}
