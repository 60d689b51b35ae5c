package org.civicgrievance.intake.open311.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import org.civicgrievance.intake.open311.Open311Config;

/** Inserts the keys of {@code grievance.open311.seed-keys} at start-up (after Flyway has run). */
@ApplicationScoped
public class ApiKeySeeder {

    private final ApiKeyService keys;
    private final Open311Config config;

    public ApiKeySeeder(ApiKeyService keys, Open311Config config) {
        this.keys = keys;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        config.seedKeys().ifPresent(keys::seed);
    }
}
