package org.civicgrievance.launcher;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.civicgrievance.infra.LocalInfrastructure;

/**
 * Runs the whole system on this machine: Kafka and MariaDB (via {@link LocalInfrastructure}), one
 * database per service, and each service as its own JVM.
 *
 * <p>Used by {@code deploy/local/run} through {@link #main(String[])} and by the end-to-end tests
 * through {@link #start()} and {@link #close()}. Crash tests {@linkplain #kill(GrievanceService) kill}
 * a service and {@linkplain #startAgain(GrievanceService, Map) start it again}; the broker is
 * stopped and started through {@link #infrastructure()}.
 */
public final class LocalLauncher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalLauncher.class.getName());

    /**
     * A killed service's consumer keeps its partitions until the broker stops hearing from it: 45 s
     * by Kafka's default, twice that when a service dies again while rejoining. Locally, where
     * services are restarted by hand and by the crash tests, a restarted service gets them back
     * after 10 s instead. Quarkus hands every {@code KAFKA_*} variable to all Kafka channels.
     */
    private static final String CONSUMER_SESSION_TIMEOUT_VARIABLE = "KAFKA_SESSION_TIMEOUT_MS";
    private static final Duration CONSUMER_SESSION_TIMEOUT = Duration.ofSeconds(10);

    /** The Open311 API key every local system accepts, named in the README. */
    public static final String LOCAL_OPEN311_KEY = "local-open311-key";
    private static final String OPEN311_SEED_KEYS_VARIABLE = "GRIEVANCE_OPEN311_SEED_KEYS";

    private final LauncherSettings settings;
    private final Map<GrievanceService, ServiceProcess> services = new EnumMap<>(GrievanceService.class);
    private final Map<GrievanceService, Duration> readyAfter = new EnumMap<>(GrievanceService.class);
    private final Map<GrievanceService, Integer> ports = new EnumMap<>(GrievanceService.class);
    private LocalInfrastructure infrastructure;
    private Duration infrastructureStartTime;
    private boolean closed;

    public LocalLauncher(LauncherSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts everything and returns once every service reports ready. On failure it stops what it
     * started and throws, with the failing service's log file and last lines in the message.
     */
    public synchronized void start() {
        if (infrastructure != null || closed) {
            throw new IllegalStateException("A launcher starts once");
        }
        try {
            requireBuilt();
            ports.putAll(choosePorts());
            long startNanos = System.nanoTime();
            infrastructure = LocalInfrastructure.start(settings.infrastructureDir());
            infrastructureStartTime = Duration.ofNanos(System.nanoTime() - startNanos);
            for (GrievanceService service : GrievanceService.values()) {
                infrastructure.createDatabase(service.database());
            }
            // All services start at once; each one's readiness is then awaited in turn.
            for (GrievanceService service : GrievanceService.values()) {
                services.put(service, ServiceProcess.start(service, settings.runnerJar(service),
                        settings.javaOptionsFor(service), ports.get(service),
                        settings.logDir().resolve(service.moduleName() + ".log"), environmentFor(service)));
            }
            for (ServiceProcess process : services.values()) {
                readyAfter.put(process.service(), process.awaitReady(settings.readyTimeout()));
                LOG.log(Level.INFO, "{0} ready after {1}", process.service().moduleName(),
                        seconds(readyAfter.get(process.service())));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Kills a service with SIGKILL, as a crash would (no graceful shutdown: no offsets committed,
     * no consumer group left, nothing flushed), and returns once the process has ended.
     */
    public synchronized void kill(GrievanceService service) {
        requireStarted();
        services.get(service).kill();
    }

    /**
     * Stops a service gracefully (SIGTERM: Quarkus shuts down in order, and the JVM writes the
     * service's class-data archive if it started without one) and returns once the process has ended.
     */
    public synchronized void stop(GrievanceService service) {
        requireStarted();
        ServiceProcess process = services.get(service);
        process.requestStop();
        process.awaitStop();
    }

    /** Starts a {@linkplain #kill killed} or {@linkplain #stop stopped} service again as before, and awaits ready. */
    public synchronized Duration startAgain(GrievanceService service) {
        return startAgain(service, Map.of());
    }

    /**
     * Starts a killed or stopped service again on the same port with the same configuration plus
     * {@code extraEnvironment} (e.g. {@code GRIEVANCE_OUTBOX_RELAY_ENABLED=false}), and returns once
     * it reports ready. Its log continues in the same file.
     *
     * @return how long it took to become ready
     * @throws IllegalStateException if the service is still running, or does not become ready
     */
    public synchronized Duration startAgain(GrievanceService service, Map<String, String> extraEnvironment) {
        requireStarted();
        Map<String, String> env = environmentFor(service);
        env.putAll(extraEnvironment);
        ServiceProcess process = services.get(service).startAgain(settings.javaOptionsFor(service), env);
        services.put(service, process);
        Duration ready = process.awaitReady(settings.readyTimeout());
        readyAfter.put(service, ready);
        LOG.log(Level.INFO, "{0} ready again after {1}", service.moduleName(), seconds(ready));
        return ready;
    }

    /** Whether the service's process is alive (ready or not). */
    public synchronized boolean isRunning(GrievanceService service) {
        ServiceProcess process = services.get(service);
        return process != null && process.isAlive();
    }

    /** Base URI of a running service, e.g. {@code http://127.0.0.1:8081}. */
    public synchronized URI baseUri(GrievanceService service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new IllegalStateException(service.moduleName() + " is not running");
        }
        return process.baseUri();
    }

    /** The infrastructure the services use, e.g. for a test that wants to read a topic itself. */
    public synchronized LocalInfrastructure infrastructure() {
        if (infrastructure == null) {
            throw new IllegalStateException("Not started");
        }
        return infrastructure;
    }

    /** How long each service took to report ready at its last start. */
    public synchronized Map<GrievanceService, Duration> readyAfter() {
        return Map.copyOf(readyAfter);
    }

    /** Where to look, what to open, and how long each part took. */
    public synchronized String summary() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Civic Grievance is running (infrastructure ready after %s):%n",
                seconds(infrastructureStartTime)));
        for (ServiceProcess process : services.values()) {
            URI uri = process.baseUri();
            text.append(String.format(Locale.ROOT, "  %-19s %s   Swagger UI %s/q/swagger-ui   ready after %s%n",
                    process.service().moduleName(), uri, uri, seconds(readyAfter.get(process.service()))));
            text.append(String.format(Locale.ROOT, "  %-19s log %s%n", "", process.logFile()));
        }
        text.append(String.format(Locale.ROOT, "  %-19s %s/staff/ (sign in as handler.urban, password in the README)%n",
                "Staff workbench", baseUri(GrievanceService.RESOLUTION)));
        text.append(String.format(Locale.ROOT, "  %-19s %s%n", "Kafka", infrastructure.kafkaBootstrapServers()));
        text.append(String.format(Locale.ROOT, "  %-19s %s (user %s)%n", "Database",
                infrastructure.jdbcUrl(GrievanceService.INTAKE.database()), infrastructure.username()));
        return text.toString();
    }

    /** Stops the services (all asked at once, then awaited), then the infrastructure. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ServiceProcess> running = new ArrayList<>(services.values());
        Collections.reverse(running);
        running.forEach(ServiceProcess::requestStop);
        running.forEach(ServiceProcess::awaitStop);
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    private void requireStarted() {
        if (closed || services.size() != GrievanceService.values().length) {
            throw new IllegalStateException(closed ? "The launcher is closed" : "Not started");
        }
    }

    /** Checked before anything starts, so a missing build costs no waiting for Kafka and MariaDB. */
    private void requireBuilt() {
        for (GrievanceService service : GrievanceService.values()) {
            Path jar = settings.runnerJar(service);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " does not exist: build the services first"
                        + " (deploy/local/run --build, or ./mvnw -DskipTests install)");
            }
        }
    }

    private Map<GrievanceService, Integer> choosePorts() {
        Map<GrievanceService, Integer> ports = new EnumMap<>(GrievanceService.class);
        for (GrievanceService service : GrievanceService.values()) {
            int port = settings.ports().get(service);
            if (port == 0) {
                port = Ports.free();
            } else {
                Ports.requireFree(port, service);
            }
            ports.put(service, port);
        }
        return ports;
    }

    /**
     * The variables the services' prod profile reads, plus one local tuning of their Kafka consumers
     * and intake's local Open311 key.
     * Every service trusts the local identity provider's tokens, exactly as production trusts the
     * city's provider: only the issuer and its key set differ. Staff pages sign in at its token
     * endpoint; their session cookie is not marked Secure, because everything here is plain HTTP
     * (production's prod profile marks it Secure).
     */
    private Map<String, String> environmentFor(GrievanceService service) {
        String issuer = "http://127.0.0.1:" + ports.get(GrievanceService.IDENTITY);
        Map<String, String> env = new HashMap<>();
        env.put("GRIEVANCE_IDENTITY_ISSUER", issuer);
        env.put("GRIEVANCE_JWT_ISSUER", issuer);
        env.put("GRIEVANCE_JWT_KEYS_URL", issuer + "/.well-known/jwks.json");
        env.put("GRIEVANCE_STAFF_WEB_TOKEN_URL", issuer + "/token");
        env.put("GRIEVANCE_STAFF_WEB_SECURE_COOKIE", "false");
        // every staff page links the workbench and the desk, on this run's ports (the sign-in page's host)
        env.put("GRIEVANCE_STAFF_WEB_WORKBENCH_URL", "http://127.0.0.1:" + ports.get(GrievanceService.RESOLUTION) + "/staff/");
        env.put("GRIEVANCE_STAFF_WEB_DESK_URL", "http://127.0.0.1:" + ports.get(GrievanceService.ROUTING) + "/staff/");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", infrastructure.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", infrastructure.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", infrastructure.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        env.put(CONSUMER_SESSION_TIMEOUT_VARIABLE, String.valueOf(CONSUMER_SESSION_TIMEOUT.toMillis()));
        if (service == GrievanceService.INTAKE) {
            env.put("GRIEVANCE_PHOTOS_DIRECTORY", settings.photoDir().toString());
            // the README's Open311 example submits with this key; production seeds none
            env.put(OPEN311_SEED_KEYS_VARIABLE, LOCAL_OPEN311_KEY);
        }
        return env;
    }

    private static String seconds(Duration duration) {
        return duration == null ? "?" : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /**
     * Starts everything, prints where it runs, and keeps running until Ctrl-C.
     *
     * @param args optionally the repository root; by default the current directory
     */
    public static void main(String[] args) throws InterruptedException {
        Path repoRoot = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath();
        LocalLauncher launcher;
        try {
            launcher = new LocalLauncher(LauncherSettings.fromEnvironment(repoRoot, System.getenv()));
        } catch (IllegalArgumentException e) {
            System.err.println("Cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping services and infrastructure...");
            launcher.close();
            System.out.println("Stopped.");
        }, "local-launcher-stop"));
        try {
            launcher.start();
        } catch (RuntimeException e) {
            System.err.println("Cannot start: " + e.getMessage());
            System.exit(1);
        }
        System.out.println();
        System.out.print(launcher.summary());
        System.out.println("Press Ctrl-C to stop.");
        new CountDownLatch(1).await();
    }
}
