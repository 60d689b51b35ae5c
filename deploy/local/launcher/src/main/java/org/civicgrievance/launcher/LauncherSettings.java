package org.civicgrievance.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * @param classData    whether services start from (and write) a {@link ClassDataArchive} in {@link #classDataDir()}
 */
public record LauncherSettings(Path repoRoot, Path workDir, Map<GrievanceService, Integer> ports, Duration readyTimeout,
                               List<String> javaOptions, boolean classData) {

    /** Generous for two cores: three Quarkus services start at once next to Kafka and MariaDB. */
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);
    public static final String SERVICE_PLACEHOLDER = "{service}";
    static final String JAVA_OPTIONS_VARIABLE = "GRIEVANCE_JAVA_OPTIONS";
    static final String CLASS_DATA_VARIABLE = "GRIEVANCE_CLASS_DATA";

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
     * {@code GRIEVANCE_JAVA_OPTIONS}, separated by spaces; class-data archives unless
     * {@code GRIEVANCE_CLASS_DATA} is {@code off}.
     */
    public static LauncherSettings fromEnvironment(Path repoRoot, Map<String, String> env) {
        Map<GrievanceService, Integer> ports = new EnumMap<>(GrievanceService.class);
        for (GrievanceService service : GrievanceService.values()) {
            ports.put(service, portFromEnvironment(service, env));
        }
        String options = env.getOrDefault(JAVA_OPTIONS_VARIABLE, "").trim();
        return new LauncherSettings(repoRoot, repoRoot.resolve("deploy/local/target"), ports, DEFAULT_READY_TIMEOUT,
                options.isEmpty() ? List.of() : List.of(options.split("\\s+")),
                !"off".equalsIgnoreCase(env.getOrDefault(CLASS_DATA_VARIABLE, "on").trim()));
    }

    public LauncherSettings withWorkDir(Path dir) {
        return new LauncherSettings(repoRoot, dir, ports, readyTimeout, javaOptions, classData);
    }

    /** Any free port for every service, e.g. for tests and benchmarks running next to a launcher on the defaults. */
    public LauncherSettings withFreePorts() {
        Map<GrievanceService, Integer> free = new EnumMap<>(GrievanceService.class);
        for (GrievanceService service : GrievanceService.values()) {
            free.put(service, 0);
        }
        return new LauncherSettings(repoRoot, workDir, free, readyTimeout, javaOptions, classData);
    }

    public LauncherSettings withReadyTimeout(Duration timeout) {
        return new LauncherSettings(repoRoot, workDir, ports, timeout, javaOptions, classData);
    }

    /** The JVM options a service starts with: its class-data archive's, then {@link #javaOptions()}. */
    public List<String> javaOptionsFor(GrievanceService service) {
        List<String> options = new ArrayList<>();
        if (classData) {
            options.addAll(ClassDataArchive.of(classDataDir(), service, runnerJar(service)).javaOptions());
        }
        javaOptions.stream().map(option -> option.replace(SERVICE_PLACEHOLDER, service.moduleName())).forEach(options::add);
        return options;
    }

    /** Class-data archives, kept across runs (not under {@link #infrastructureDir()}). */
    public Path classDataDir() {
        return workDir.resolve("class-data");
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
