package org.civicgrievance.infra;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the environment says about infrastructure: external servers to use instead of the embedded
 * ones, and where to keep the shared MariaDB binaries.
 *
 * @param kafkaBootstrapServers external Kafka, or empty to start one in this JVM
 * @param mysqlUrl              external MySQL server URL without a database, or empty to start MariaDB
 * @param mysqlUser             user for the external server
 * @param mysqlPassword         password for the external server
 * @param mariaDbBaseDir        where MariaDB's binaries are unpacked, or empty for the default
 */
record InfrastructureSettings(
        Optional<String> kafkaBootstrapServers,
        Optional<String> mysqlUrl,
        String mysqlUser,
        String mysqlPassword,
        Optional<Path> mariaDbBaseDir) {

    static final String KAFKA_BOOTSTRAP_SERVERS = "GRIEVANCE_KAFKA_BOOTSTRAP_SERVERS";
    static final String MYSQL_URL = "GRIEVANCE_MYSQL_URL";
    static final String MYSQL_USER = "GRIEVANCE_MYSQL_USER";
    static final String MYSQL_PASSWORD = "GRIEVANCE_MYSQL_PASSWORD";
    static final String MARIADB_BASE_DIR = "GRIEVANCE_MARIADB_BASE_DIR";

    /** The embedded server skips grant tables and accepts any credentials; "root" is what its tools expect. */
    static final String EMBEDDED_USER = "root";
    static final String EMBEDDED_PASSWORD = "";

    static InfrastructureSettings from(Map<String, String> env) {
        Optional<String> mysqlUrl = nonBlank(env, MYSQL_URL);
        return new InfrastructureSettings(
                nonBlank(env, KAFKA_BOOTSTRAP_SERVERS),
                mysqlUrl,
                nonBlank(env, MYSQL_USER).orElse(EMBEDDED_USER),
                env.getOrDefault(MYSQL_PASSWORD, EMBEDDED_PASSWORD),
                nonBlank(env, MARIADB_BASE_DIR).map(Path::of));
    }

    private static Optional<String> nonBlank(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
