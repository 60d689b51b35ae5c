package org.civicgrievance.routing;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** routing-service's own settings ({@code grievance.routing.*}). */
@ConfigMapping(prefix = "grievance.routing")
public interface RoutingConfig {

    /** Words in a title or description that make a case special handling 特事特办. */
    List<String> urgentKeywords();
}
