package org.civicgrievance.infra;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the environment says about infrastructure: external servers to use instead of the embedded
 * ones, and where to keep the shared MariaDB binaries.
 *
 * @param kafkaBootstrapServers external Kafka, or empty to start one in this JVM
 * @param mysqlUrl              external MySQL server URL without a database, or empty to start MariaDB
 * @param mysqlUser             user for the external server
 * @param mysqlPassword         password for the external server
 * @param mariaDbBaseDir        where MariaDB's binaries are unpacked, or empty for the default
 * @param mariaDbBufferPoolMiB  InnoDB buffer pool of the embedded server in MiB, or empty for MariaDB's
 *                              128 MiB (enough for tests; a server holding a city's cases wants its
 *                              recent cases' pages in memory)
 */
record InfrastructureSettings(
        Optional<String> kafkaBootstrapServers,
        Optional<String> mysqlUrl,
        String mysqlUser,
        String mysqlPassword,
        Optional<Path> mariaDbBaseDir,
        OptionalInt mariaDbBufferPoolMiB) {

    static final String KAFKA_BOOTSTRAP_SERVERS = "GRIEVANCE_KAFKA_BOOTSTRAP_SERVERS";
    static final String MYSQL_URL = "GRIEVANCE_MYSQL_URL";
    static final String MYSQL_USER = "GRIEVANCE_MYSQL_USER";
    static final String MYSQL_PASSWORD = "GRIEVANCE_MYSQL_PASSWORD";
    static final String MARIADB_BASE_DIR = "GRIEVANCE_MARIADB_BASE_DIR";
    static final String MARIADB_BUFFER_POOL_MB = "GRIEVANCE_MARIADB_BUFFER_POOL_MB";
    /** MariaDB's own floor for the buffer pool. */
    private static final int MIN_BUFFER_POOL_MIB = 8;

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
                nonBlank(env, MARIADB_BASE_DIR).map(Path::of),
                bufferPoolMiB(env));
    }

    private static OptionalInt bufferPoolMiB(Map<String, String> env) {
        Optional<String> value = nonBlank(env, MARIADB_BUFFER_POOL_MB);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int mib = Integer.parseInt(value.get());
            if (mib >= MIN_BUFFER_POOL_MIB) {
                return OptionalInt.of(mib);
            }
        } catch (NumberFormatException e) {
            // reported below, with the variable's name
        }
        throw new IllegalArgumentException(MARIADB_BUFFER_POOL_MB + " must be a whole number of MiB, at least "
                + MIN_BUFFER_POOL_MIB + ", not '" + value.get() + "'");
    }

    private static Optional<String> nonBlank(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
