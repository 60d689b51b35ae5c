package org.civicgrievance.routing;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** routing-service's own settings ({@code grievance.routing.*}). */
@ConfigMapping(prefix = "grievance.routing")
public interface RoutingConfig {

    /** Words in a title or description that make a case special handling 特事特办. */
    List<String> urgentKeywords();

    /**
     * How often each replica reloads rules and departments even without a change of its own: another
     * replica's change reaches this one within this time (its own changes reload at once).
     */
    @WithDefault("30s")
    Duration ruleReloadInterval();

    /**
     * How long a case may wait in triage before a dispatcher places it (calendar time, fixed on each
     * stay when the case is parked); the queue shows who is overdue.
     */
    @WithDefault("PT2H")
    Duration triageDeadline();

    /** The city's time zone: the days of a report period ({@code from}, {@code to}) are the city's days. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}
