package org.civicgrievance.infra.test;

import java.nio.file.Path;
import java.util.Map;

import org.civicgrievance.infra.LocalInfrastructure;

/**
 * The one {@link LocalInfrastructure} of this JVM, started on first use and stopped when the JVM ends.
 *
 * <p>Meant to be called through {@link InfrastructureTestResource}, which loads this class from the
 * system class loader: Quarkus runs tests in class loaders of its own, one set per test profile,
 * and a static field there would start a second broker and database for the next profile. For
 * the same reason the methods take and return only JDK types.
 */
public final class SharedInfrastructure {

    public static final String KAFKA_BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";

    private static LocalInfrastructure infrastructure;

    private SharedInfrastructure() {
    }

    /** Starts the infrastructure if this JVM has none yet, and creates {@code database} on it. */
    public static synchronized void start(String workDir, String database) {
        if (infrastructure == null) {
            LocalInfrastructure started = LocalInfrastructure.start(Path.of(workDir));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "local-infrastructure-stop"));
            infrastructure = started;
        }
        infrastructure.createDatabase(database);
    }

    /** Kafka and database credentials (keys are this class's constants); fails if nothing started yet. */
    public static synchronized Map<String, String> connectionDetails() {
        return Map.of(
                KAFKA_BOOTSTRAP_SERVERS, running().kafkaBootstrapServers(),
                USERNAME, running().username(),
                PASSWORD, running().password());
    }

    public static synchronized String jdbcUrl(String database) {
        return running().jdbcUrl(database);
    }

    private static LocalInfrastructure running() {
        if (infrastructure == null) {
            throw new IllegalStateException("No infrastructure in this JVM yet: register "
                    + InfrastructureTestResource.class.getName() + " as a Quarkus test resource");
        }
        return infrastructure;
    }
}
