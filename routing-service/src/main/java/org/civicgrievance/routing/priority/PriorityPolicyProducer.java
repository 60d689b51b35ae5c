package org.civicgrievance.routing.priority;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import org.civicgrievance.routing.RoutingConfig;

/** The policy with the urgent keywords of the configuration. */
public class PriorityPolicyProducer {

    @Produces
    @Singleton
    PriorityPolicy policy(RoutingConfig config) {
        return new PriorityPolicy(config.urgentKeywords());
    }
}
