package org.civicgrievance.identity;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import org.civicgrievance.infra.test.InfrastructureTestResource;

/** Every test of this module runs against a real MariaDB (and Kafka, unused here), started once. */
@QuarkusTestResource(value = InfrastructureTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "identity"))
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
