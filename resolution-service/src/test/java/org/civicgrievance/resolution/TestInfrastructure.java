package org.civicgrievance.resolution;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import org.civicgrievance.infra.test.InfrastructureTestResource;

/** Every test of this module runs against a real Kafka broker and a real MariaDB, started once. */
@QuarkusTestResource(value = InfrastructureTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "resolution"))
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
