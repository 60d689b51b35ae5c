package org.civicgrievance.intake.open311;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The Open311 community's JSON Schemas of GeoReport v2 responses (test resources
 * {@code open311-schemas/}, see the README there), as assertions on our JSON.
 */
final class Open311Schemas {

    static final String SERVICES = "services.json";
    static final String SERVICE_DEFINITION = "service-definition.json";
    static final String REQUESTS = "requests.json";

    /** The schemas declare no dialect; draft 4 is what the community's validator was written for. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    private Open311Schemas() {
    }

    /** Fails with every violation listed when {@code json} does not satisfy the schema. */
    static void assertValid(String schema, String json) {
        Schema loaded = REGISTRY.getSchema(SchemaLocation.of("classpath:open311-schemas/" + schema));
        List<Error> errors = loaded.validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> schema + " rejects the response: " + errors + "\n" + json);
    }
}
