package org.civicgrievance.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the repository is, where runtime files go, and which HTTP port each service gets.
 *
 * @param repoRoot     the repository root; services run from {@code <module>/target/quarkus-app/quarkus-run.jar}
 * @param workDir      runtime files: {@code run/} (Kafka and MariaDB state) and {@code logs/}
 * @param ports        HTTP port per service; 0 picks a free port
 * @param readyTimeout how long each service may take to report ready
 * @param javaOptions  extra JVM options for every service, e.g. a flight recording; {@value #SERVICE_PLACEHOLDER}
 *                     in an option becomes the service's module name, so each writes its own file
 */
public record LauncherSettings(Path repoRoot, Path workDir, Map<GrievanceService, Integer> ports, Duration readyTimeout,
                               List<String> javaOptions) {

    /** Generous for two cores: three Quarkus services start at once next to Kafka and MariaDB. */
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);
    public static final String SERVICE_PLACEHOLDER = "{service}";
    static final String JAVA_OPTIONS_VARIABLE = "GRIEVANCE_JAVA_OPTIONS";

    public LauncherSettings {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        workDir = workDir.toAbsolutePath().normalize();
        ports = Map.copyOf(ports);
        javaOptions = List.copyOf(javaOptions);
        for (GrievanceService service : GrievanceService.values()) {
            Integer port = ports.get(service);
            if (port == null || port < 0 || port > 65535) {
                throw new IllegalArgumentException("No valid port for " + service.moduleName() + ": " + port);
            }
        }
    }

    /**
     * Defaults for running from {@code repoRoot}: runtime files under {@code deploy/local/target},
     * ports 8081-8084 unless {@code INTAKE_PORT}, {@code ROUTING_PORT}, {@code RESOLUTION_PORT} or
     * {@code IDENTITY_PORT} say otherwise; extra JVM options for the services from
     * {@code GRIEVANCE_JAVA_OPTIONS}, separated by spaces.
     */
    public static LauncherSettings fromEnvironment(Path repoRoot, Map<String, String> env) {
        Map<GrievanceService, Integer> ports = new EnumMap<>(GrievanceService.class);
        for (GrievanceService service : GrievanceService.values()) {
            ports.put(service, portFromEnvironment(service, env));
        }
        String options = env.getOrDefault(JAVA_OPTIONS_VARIABLE, "").trim();
        return new LauncherSettings(repoRoot, repoRoot.resolve("deploy/local/target"), ports, DEFAULT_READY_TIMEOUT,
                options.isEmpty() ? List.of() : List.of(options.split("\\s+")));
    }

    public LauncherSettings withWorkDir(Path dir) {
        return new LauncherSettings(repoRoot, dir, ports, readyTimeout, javaOptions);
    }

    /** Any free port for every service, e.g. for tests and benchmarks running next to a launcher on the defaults. */
    public LauncherSettings withFreePorts() {
        Map<GrievanceService, Integer> free = new EnumMap<>(GrievanceService.class);
        for (GrievanceService service : GrievanceService.values()) {
            free.put(service, 0);
        }
        return new LauncherSettings(repoRoot, workDir, free, readyTimeout, javaOptions);
    }

    public LauncherSettings withReadyTimeout(Duration timeout) {
        return new LauncherSettings(repoRoot, workDir, ports, timeout, javaOptions);
    }

    /** {@link #javaOptions()} as they apply to one service. */
    public List<String> javaOptionsFor(GrievanceService service) {
        return javaOptions.stream().map(option -> option.replace(SERVICE_PLACEHOLDER, service.moduleName())).toList();
    }

    public Path infrastructureDir() {
        return workDir.resolve("run");
    }

    /** Residents' photos, which intake keeps outside its database. */
    public Path photoDir() {
        return workDir.resolve("photos");
    }

    public Path logDir() {
        return workDir.resolve("logs");
    }

    public Path runnerJar(GrievanceService service) {
        return repoRoot.resolve(service.modulePath()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static int portFromEnvironment(GrievanceService service, Map<String, String> env) {
        String value = env.get(service.portVariable());
        if (value == null || value.isBlank()) {
            return service.defaultPort();
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(service.portVariable() + " must be a port number, not '" + value + "'");
        }
    }
}
