package org.civicgrievance.infra;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Kafka and a MySQL-compatible database for local runs and tests, started for real on this
 * machine (no Docker here): Kafka inside this JVM, MariaDB as a child process.
 *
 * <p>Environment variables point either part at an existing server instead, and then nothing is
 * started for it: {@code GRIEVANCE_KAFKA_BOOTSTRAP_SERVERS}; {@code GRIEVANCE_MYSQL_URL} (server URL
 * without database, e.g. {@code jdbc:mysql://db.example:3306}) with {@code GRIEVANCE_MYSQL_USER}
 * and {@code GRIEVANCE_MYSQL_PASSWORD}. {@code GRIEVANCE_MARIADB_BASE_DIR} moves the shared
 * MariaDB binaries away from {@code ~/.cache/civic-grievance}.
 */
public final class LocalInfrastructure implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalInfrastructure.class.getName());

    private final EmbeddedKafka embeddedKafka;
    private final EmbeddedMariaDb embeddedMariaDb;
    private final String kafkaBootstrapServers;
    private final DatabaseServer databaseServer;

    private LocalInfrastructure(EmbeddedKafka embeddedKafka, EmbeddedMariaDb embeddedMariaDb,
                                String kafkaBootstrapServers, DatabaseServer databaseServer) {
        this.embeddedKafka = embeddedKafka;
        this.embeddedMariaDb = embeddedMariaDb;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.databaseServer = databaseServer;
    }

    /**
     * Starts whatever the environment does not provide, with state under {@code workDir}
     * ({@code kafka/}, {@code mariadb/}), which is wiped: every start is a fresh, empty system.
     */
    public static LocalInfrastructure start(Path workDir) {
        return start(workDir, System.getenv());
    }

    static LocalInfrastructure start(Path workDir, Map<String, String> env) {
        InfrastructureSettings settings = InfrastructureSettings.from(env);
        Path dir = workDir.toAbsolutePath();
        Stopwatch stopwatch = Stopwatch.start();
        ServerLogging.quietDown();

        // MariaDB is a separate process that mostly waits on its disk; start it while Kafka boots here.
        CompletableFuture<EmbeddedMariaDb> mariaDb = settings.mysqlUrl().isPresent()
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> EmbeddedMariaDb.start(
                        settings.mariaDbBaseDir().orElse(null), dir.resolve("mariadb"), settings.mariaDbBufferPoolMiB()));
        EmbeddedKafka kafka;
        try {
            kafka = settings.kafkaBootstrapServers().isPresent() ? null : EmbeddedKafka.start(dir.resolve("kafka"));
        } catch (RuntimeException e) {
            mariaDb.thenAccept(LocalInfrastructure::closeQuietly);
            throw e;
        }
        EmbeddedMariaDb db;
        try {
            db = mariaDb.join();
        } catch (CompletionException e) {
            closeQuietly(kafka);
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }

        String bootstrapServers = kafka != null ? kafka.bootstrapServers() : settings.kafkaBootstrapServers().get();
        DatabaseServer databaseServer = db != null
                ? new DatabaseServer("jdbc:mysql://127.0.0.1:" + db.port(),
                        InfrastructureSettings.EMBEDDED_USER, InfrastructureSettings.EMBEDDED_PASSWORD)
                : new DatabaseServer(settings.mysqlUrl().get(), settings.mysqlUser(), settings.mysqlPassword());
        LOG.log(Level.INFO, "Local infrastructure ready in {0}: Kafka {1} ({2}), database {3} ({4})",
                stopwatch.formatted(),
                bootstrapServers, kafka != null ? "embedded" : "external",
                databaseServer, db != null ? "embedded" : "external");
        return new LocalInfrastructure(kafka, db, bootstrapServers, databaseServer);
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Connector/J URL for one database on the server, with the parameters the services need. */
    public String jdbcUrl(String database) {
        return databaseServer.jdbcUrl(database);
    }

    public String username() {
        return databaseServer.username();
    }

    public String password() {
        return databaseServer.password();
    }

    /**
     * Creates the database with utf8mb4 if it does not exist yet.
     *
     * @param name lower-case letters and underscores only
     * @throws IllegalArgumentException for any other name
     */
    public void createDatabase(String name) {
        databaseServer.createDatabase(name);
    }

    /** Whether Kafka is the broker this instance started, the only one it can {@linkplain #stopKafka() stop}. */
    public boolean hasEmbeddedKafka() {
        return embeddedKafka != null;
    }

    /**
     * Takes the embedded broker away as a crash would: clients are not told and keep retrying.
     * Topics, records and consumer offsets stay on disk for {@link #startKafkaAgain()}, which
     * recovers the logs as after a crash (see {@link EmbeddedKafka#stop()}).
     *
     * @throws IllegalStateException if Kafka is external or already stopped
     */
    public void stopKafka() {
        requireEmbeddedKafka().stop();
    }

    /**
     * Starts the {@linkplain #stopKafka() stopped} broker again on the same ports and log directory,
     * and returns once it is ready.
     *
     * @throws IllegalStateException if Kafka is external or running
     */
    public void startKafkaAgain() {
        requireEmbeddedKafka().startAgain();
    }

    /** Whether Kafka can be reached, as far as this instance knows: an external broker always counts as running. */
    public boolean kafkaRunning() {
        return embeddedKafka == null || embeddedKafka.isRunning();
    }

    private EmbeddedKafka requireEmbeddedKafka() {
        if (embeddedKafka == null) {
            throw new IllegalStateException("Kafka at " + kafkaBootstrapServers + " is external ("
                    + InfrastructureSettings.KAFKA_BOOTSTRAP_SERVERS + "): only the embedded broker can be stopped"
                    + " and started again. Unset " + InfrastructureSettings.KAFKA_BOOTSTRAP_SERVERS + " to use it.");
        }
        return embeddedKafka;
    }

    /** Stops what this instance started; external servers are left alone. */
    @Override
    public void close() {
        closeQuietly(embeddedKafka);
        closeQuietly(embeddedMariaDb);
    }

    private static void closeQuietly(AutoCloseable server) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Failed to stop " + server.getClass().getSimpleName(), e);
        }
    }
}
