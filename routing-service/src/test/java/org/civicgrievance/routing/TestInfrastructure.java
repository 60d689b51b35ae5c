package org.civicgrievance.routing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import org.civicgrievance.infra.test.InfrastructureTestResource;
import org.civicgrievance.infra.test.StaffIdentityTestResource;

/**
 * Every test of this module runs against a real Kafka broker and a real MariaDB, started once, and
 * trusts staff tokens signed by {@link org.civicgrievance.infra.test.StaffTokens}.
 */
@QuarkusTestResource(value = StaffIdentityTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = InfrastructureTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "routing"))
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
