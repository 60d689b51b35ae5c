package org.civicgrievance.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running as its own JVM from {@code quarkus-run.jar}, in its prod profile, with its
 * output in a log file.
 */
final class ServiceProcess {

    private static final System.Logger LOG = System.getLogger(ServiceProcess.class.getName());
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    /**
     * Resolution takes about 15 s to stop on two cores (its five consumers leave the group one by one,
     * each leave a rebalance for the rest), and a JVM writing its class-data archive a few more.
     */
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(45);
    private static final int LOG_LINES_ON_FAILURE = 30;
    /** SIGKILL cannot be ignored; a process still there after this is stuck in the kernel. */
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);

    private final GrievanceService service;
    private final Path runnerJar;
    private final int port;
    private final Path logFile;
    private final Process process;
    private final long startNanos = System.nanoTime();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess(GrievanceService service, Path runnerJar, int port, Path logFile, Process process) {
        this.service = service;
        this.runnerJar = runnerJar;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * Starts the service with a fresh log file.
     *
     * @param environment the service's configuration: Quarkus reads {@code QUARKUS_*} and
     *                    {@code KAFKA_BOOTSTRAP_SERVERS} from the environment in its prod profile
     * @param javaOptions extra JVM options, after the launcher's own
     */
    static ServiceProcess start(GrievanceService service, Path runnerJar, List<String> javaOptions, int port,
                                Path logFile, Map<String, String> environment) {
        return launch(service, runnerJar, javaOptions, port, logFile, environment, Redirect.to(logFile.toFile()));
    }

    /**
     * Starts the same service again on the same port, after this process ended. Its output goes on
     * in the same log file, after a marker line, so one file tells the whole story of a crash test.
     *
     * @param javaOptions as for {@link #start}: a class-data archive written meanwhile is used now
     * @throws IllegalStateException if this process is still alive (the port would clash)
     */
    ServiceProcess startAgain(List<String> javaOptions, Map<String, String> environment) {
        if (process.isAlive()) {
            throw new IllegalStateException(service.moduleName() + " (pid " + process.pid() + ") is still running");
        }
        try {
            Files.writeString(logFile, System.lineSeparator() + "----- " + service.moduleName() + " starting again"
                    + " (previous pid " + process.pid() + " ended with status " + process.exitValue() + ") -----"
                    + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + logFile, e);
        }
        return launch(service, runnerJar, javaOptions, port, logFile, environment, Redirect.appendTo(logFile.toFile()));
    }

    private static ServiceProcess launch(GrievanceService service, Path runnerJar, List<String> javaOptions, int port,
                                         Path logFile, Map<String, String> environment, Redirect output) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                // Java 17 still takes the default charset from the locale, which is ASCII on a bare machine.
                "-Dfile.encoding=UTF-8"));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", runnerJar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                // The module directory, so a service finds its own config/ or .env as it would in development.
                .directory(runnerJar.getParent().getParent().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        try {
            Files.createDirectories(logFile.getParent());
            Process process = builder.start();
            LOG.log(Level.INFO, "Started {0} (pid {1}) on port {2}, log {3}",
                    service.moduleName(), String.valueOf(process.pid()), String.valueOf(port), logFile);
            return new ServiceProcess(service, runnerJar, port, logFile, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.moduleName(), e);
        }
    }

    GrievanceService service() {
        return service;
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    Path logFile() {
        return logFile;
    }

    /**
     * Waits until {@code /q/health/ready} answers 200.
     *
     * @return how long the service took from process start
     * @throws IllegalStateException if the process dies or the timeout passes, with the end of its log
     */
    Duration awaitReady(Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(baseUri().resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = startNanos + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw failure(service.moduleName() + " exited with status " + process.exitValue() + " before it was ready");
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startNanos);
                }
            } catch (ConnectException e) {
                // Not listening yet.
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "{0} not ready: {1}", service.moduleName(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.moduleName(), e);
            }
            if (System.nanoTime() > deadline) {
                throw failure(service.moduleName() + " was not ready within " + timeout.toSeconds() + " s");
            }
            sleep(POLL_INTERVAL);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Ends the process with SIGKILL, as a crash or an out-of-memory kill would: no shutdown hook
     * runs, so nothing is flushed, committed or said goodbye to. Returns once the process is gone.
     */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(KILL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException(service.moduleName() + " (pid " + process.pid()
                        + ") still runs " + KILL_TIMEOUT.toSeconds() + " s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing " + service.moduleName(), e);
        }
        LOG.log(Level.INFO, "Killed {0} (pid {1})", service.moduleName(), String.valueOf(process.pid()));
    }

    /** Asks the service to shut down (SIGTERM, which Quarkus handles gracefully) without waiting. */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the shutdown asked by {@link #requestStop()}, killing the process if it takes too long. */
    void awaitStop() {
        try {
            if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "{0} did not stop within {1} s; killing it",
                        service.moduleName(), GRACEFUL_STOP.toSeconds());
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(what + "; see " + logFile + ". Its last lines:\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
