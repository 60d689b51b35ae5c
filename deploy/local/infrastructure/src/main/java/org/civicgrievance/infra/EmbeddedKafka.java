package org.civicgrievance.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Apache Kafka (KRaft, broker and controller in one) running inside this JVM.
 *
 * <p>It uses Kafka's own server classes rather than a container because these machines have no
 * Docker. The log directory is wiped at start: a fresh broker per run keeps topics and consumer
 * offsets consistent with the fresh database started next to it.
 *
 * <p>The broker can be {@linkplain #stop() stopped} and {@linkplain #startAgain() started again}
 * on the same ports with the same log directory, as after an outage: topics, records and consumer
 * offsets survive, and clients reconnect to the address they already know.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmbeddedKafka.class.getName());
    private static final int NODE_ID = 1;
    private static final int START_ATTEMPTS = 3;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** Kafka writes it on a clean shutdown; without it, the next start recovers every log as after a crash. */
    private static final String CLEAN_SHUTDOWN_MARKER = ".kafka_cleanshutdown";

    /** Fixed for the broker's life (ports, log directory), so a restart is the same broker to its clients. */
    private final Properties properties;
    private final Path logDir;
    private final String bootstrapServers;
    /** Null while stopped. */
    private KafkaRaftServer server;
    private boolean closed;

    private EmbeddedKafka(Properties properties, Path logDir, String bootstrapServers) {
        this.properties = properties;
        this.logDir = logDir;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats {@code logDir} and starts the broker on free loopback ports; returns once an admin
     * client can describe the cluster.
     */
    public static EmbeddedKafka start(Path logDir) {
        Stopwatch stopwatch = Stopwatch.start();
        preventKafkaFromEndingTheJvm();
        EmbeddedKafka kafka = withOwnClassLoader(() -> startWithRetries(logDir));
        LOG.log(Level.INFO, "Kafka broker ready at {0} in {1}", kafka.bootstrapServers, stopwatch.formatted());
        return kafka;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * Takes the broker away as a crash would, as far as this JVM can: clients are not told, their
     * connections drop and they keep retrying the same address. The server itself shuts down (it
     * shares this JVM), but its log directory is left as after a crash, without the clean-shutdown
     * marker, so {@link #startAgain()} recovers every log the way a broker does after kill -9.
     */
    public synchronized void stop() {
        if (closed || server == null) {
            throw new IllegalStateException("The Kafka broker at " + bootstrapServers + " is not running");
        }
        Stopwatch stopwatch = Stopwatch.start();
        shutDown(server);
        server = null;
        forgetCleanShutdown();
        LOG.log(Level.INFO, "Kafka broker at {0} stopped in {1}", bootstrapServers, stopwatch.formatted());
    }

    private void forgetCleanShutdown() {
        try {
            if (!Files.deleteIfExists(logDir.resolve(CLEAN_SHUTDOWN_MARKER))) {
                // A later Kafka may name or place it differently: the restart then skips recovery, nothing worse.
                LOG.log(Level.WARNING, "No {0} in {1}: the next start will not recover the logs as after a crash",
                        CLEAN_SHUTDOWN_MARKER, logDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the clean-shutdown marker in " + logDir, e);
        }
    }

    /**
     * Starts a {@linkplain #stop() stopped} broker again on the same ports from the same log
     * directory, without formatting it, and returns once it is ready.
     *
     * @throws IllegalStateException if it is running or closed, or cannot bind its ports again
     */
    public synchronized void startAgain() {
        if (closed || server != null) {
            throw new IllegalStateException("Only a stopped broker starts again; " + bootstrapServers
                    + (closed ? " is closed" : " is running"));
        }
        Stopwatch stopwatch = Stopwatch.start();
        preventKafkaFromEndingTheJvm();
        server = withOwnClassLoader(this::relaunchWithRetries);
        LOG.log(Level.INFO, "Kafka broker at {0} started again in {1}", bootstrapServers, stopwatch.formatted());
    }

    /**
     * The ports are the broker's identity, so they cannot be swapped for free ones. While the broker
     * was down, a client retrying it may hold its port for an instant (a loopback connection to a
     * closed port in the ephemeral range can end up connected to itself); a few attempts ride that out.
     */
    private KafkaRaftServer relaunchWithRetries() {
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return launch(properties, bootstrapServers);
            } catch (RuntimeException e) {
                lastFailure = e;
                LOG.log(Level.WARNING, "Kafka restart attempt " + attempt + " at " + bootstrapServers + " failed", e);
            }
        }
        throw new IllegalStateException("Kafka did not start again at " + bootstrapServers + " after " + START_ATTEMPTS
                + " attempts; another process may have taken one of its ports (" + properties.getProperty("listeners")
                + ")", lastFailure);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (server != null) {
            Stopwatch stopwatch = Stopwatch.start();
            shutDown(server);
            server = null;
            LOG.log(Level.INFO, "Kafka broker stopped in {0}", stopwatch.formatted());
        }
    }

    /**
     * Kafka instantiates plug-in classes by name through the context class loader, and its threads
     * inherit the loader of the thread that creates them. Under a Quarkus test that loader is
     * Quarkus' own, which holds a second copy of the Kafka classes: the broker then fails with
     * NoSuchMethodException. Start it with the loader that holds these classes.
     */
    private static <T> T withOwnClassLoader(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader callersLoader = thread.getContextClassLoader();
        thread.setContextClassLoader(EmbeddedKafka.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(callersLoader);
        }
    }

    private static EmbeddedKafka startWithRetries(Path logDir) {
        RuntimeException lastFailure = null;
        // The ports are probed before Kafka binds them; another process may grab one in between.
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce(logDir);
            } catch (RuntimeException e) {
                lastFailure = e;
                LOG.log(Level.WARNING, "Kafka start attempt " + attempt + " failed", e);
            }
        }
        throw new IllegalStateException("Kafka did not start after " + START_ATTEMPTS + " attempts", lastFailure);
    }

    private static EmbeddedKafka startOnce(Path logDir) {
        Directories.recreate(logDir);
        int brokerPort = FreePorts.next();
        int controllerPort = FreePorts.next();
        Properties properties = brokerProperties(logDir, brokerPort, controllerPort);
        format(logDir, properties);

        EmbeddedKafka kafka = new EmbeddedKafka(properties, logDir, "127.0.0.1:" + brokerPort);
        kafka.server = launch(properties, kafka.bootstrapServers);
        return kafka;
    }

    /** Starts a server on an already formatted log directory and waits until it is ready. */
    private static KafkaRaftServer launch(Properties properties, String bootstrapServers) {
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
        try {
            server.startup();
            awaitReady(bootstrapServers);
            return server;
        } catch (RuntimeException e) {
            shutDown(server);
            throw e;
        }
    }

    private static void shutDown(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());

        // One node: every internal topic must make do with a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");

        // Few partitions for internal topics: creating the default 50 costs seconds on first use.
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.num.partitions", "3");

        // Services rely on topics appearing on first use, with enough partitions to show ordering by key.
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");
        // Consumers join immediately instead of waiting for more members that never come.
        p.put("group.initial.rebalance.delay.ms", "0");

        // Small footprint: the log cleaner otherwise reserves 128 MB of heap, and two cores need few threads.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("background.threads", "2");
        return p;
    }

    /** Writes meta.properties the way {@code kafka-storage.sh format} would. */
    private static void format(Path logDir, Properties properties) {
        Path configFile = logDir.resolveSibling(logDir.getFileName() + ".properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            properties.store(out, "Embedded Kafka broker, written for the storage formatter");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + configFile, e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {
            "format",
            "--config", configFile.toString(),
            "--cluster-id", Uuid.randomUuid().toString(),
            "--ignore-formatted",
        };
        // execute() rather than main(): main() ends the JVM with System.exit.
        int exitCode;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(args, out);
        } catch (Exception e) {
            throw new IllegalStateException("Formatting the Kafka log directory failed: " + output.toString(StandardCharsets.UTF_8), e);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting the Kafka log directory failed (" + exitCode + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
        LOG.log(Level.DEBUG, () -> "Kafka storage formatted: " + output.toString(StandardCharsets.UTF_8).trim());
    }

    /** The broker counts as ready once it has registered with the controller and appears in the metadata. */
    private static void awaitReady(String bootstrapServers) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    LOG.log(Level.DEBUG, "Kafka not ready yet: {0}", e.toString());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka at " + bootstrapServers + " not ready within " + READY_TIMEOUT);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    /**
     * On a fatal fault Kafka halts the JVM, which here is a test run or the launcher that also
     * owns the services: fail loudly instead, so the cause is reported rather than the process vanishing.
     */
    private static void preventKafkaFromEndingTheJvm() {
        Exit.Procedure refuse = (statusCode, message) -> {
            LOG.log(Level.ERROR, "Embedded Kafka asked to end the JVM with status {0}: {1}", statusCode, message);
            throw new IllegalStateException("Embedded Kafka failed (status " + statusCode + "): " + message);
        };
        Exit.setExitProcedure(refuse);
        Exit.setHaltProcedure(refuse);
    }
}
