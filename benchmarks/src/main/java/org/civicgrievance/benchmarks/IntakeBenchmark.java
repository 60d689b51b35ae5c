package org.civicgrievance.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicgrievance.launcher.GrievanceService;
import org.civicgrievance.launcher.LauncherSettings;
import org.civicgrievance.launcher.LocalLauncher;

/**
 * Starts the whole system on free ports and measures what residents feel:
 * <ol>
 * <li>submissions under concurrent load (201 with a tracking number: one database transaction
 * holding the case and its outbox event);</li>
 * <li>status look-ups under concurrent load;</li>
 * <li>the pipeline, one case at a time: from the 201 until the resident's look-up shows the case
 * queued in its department (intake → Kafka → routing → Kafka → resolution → Kafka → intake).</li>
 * </ol>
 * Submissions are varied as a city's are ({@link CityLoad}); each level of connections is set beside
 * the same database's JDBC floor ({@link JdbcFloor}). Sizes come from the environment: BENCH_CASES
 * (2000 per level), BENCH_CONNECTIONS (8,32,128), BENCH_WARMUP_SECONDS (60), BENCH_PIPELINE_SAMPLES (50).
 */
public final class IntakeBenchmark {

    private static final Pattern FIELD = Pattern.compile("\"(trackingNumber|accessCode|status)\":\"([^\"]*)\"");
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration BACKLOG_TIMEOUT = Duration.ofMinutes(10);
    private static final int MAX_FLOOR_CONNECTIONS = 64;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI intake;
    private final CityLoad load = new CityLoad((int) (System.currentTimeMillis() / 1000 % 100_000));
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger repeats = new AtomicInteger();
    private final AtomicInteger linked = new AtomicInteger();
    private volatile double lastRate;

    private IntakeBenchmark(URI intake) {
        this.intake = intake;
    }

    record Receipt(String trackingNumber, String accessCode) {
    }

    public static void main(String[] args) throws Exception {
        int cases = intEnv("BENCH_CASES", 2000);
        List<Integer> levels = intsEnv("BENCH_CONNECTIONS", List.of(8, 32, 128));
        int warmUpSeconds = intEnv("BENCH_WARMUP_SECONDS", 60);
        int pipelineSamples = intEnv("BENCH_PIPELINE_SAMPLES", 50);
        Path repoRoot = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath();

        LauncherSettings settings = LauncherSettings.fromEnvironment(repoRoot, System.getenv())
                .withWorkDir(repoRoot.resolve("benchmarks/target/run"))
                .withFreePorts();
        try (LocalLauncher launcher = new LocalLauncher(settings)) {
            launcher.start();
            IntakeBenchmark benchmark = new IntakeBenchmark(launcher.baseUri(GrievanceService.INTAKE));

            System.out.println();
            System.out.println("Machine: " + Machine.describe());
            System.out.println(startUp("start-up, all at once on a new database", launcher.readyAfter(), settings));
            System.out.printf("Load: varied city submissions (1 in 10 a repeat), %d submissions and %d look-ups per"
                    + " level at %s connections, after a %d s time-based warm-up at %d; %d idle pipeline samples%n%n",
                    cases, cases, levels, warmUpSeconds, levels.get(levels.size() - 1), pipelineSamples);

            // the floors first, on the idle system: what the database does for the same rows with nothing else running
            benchmark.submit();
            String url = launcher.infrastructure().jdbcUrl(GrievanceService.INTAKE.database());
            Map<Integer, Double> floors = new java.util.LinkedHashMap<>();
            try (JdbcFloor floor = new JdbcFloor(url, launcher.infrastructure().username(),
                    launcher.infrastructure().password())) {
                for (int connections : levels) {
                    // the services' pools hold ~70 of the server's 151 connections
                    int floorConnections = Math.min(connections, MAX_FLOOR_CONNECTIONS);
                    floors.put(connections, floor.measure(5 * cases, floorConnections));
                    System.out.printf(Locale.ROOT, "%-34s %8.1f tx/s at %d connections, idle system%n",
                            "JDBC floor (case + outbox, commit)", floors.get(connections), floorConnections);
                }
            }

            ServerStatements statements = new ServerStatements(url, launcher.infrastructure().username(),
                    launcher.infrastructure().password());
            Map<String, Long> statementsBefore = statements.sample();
            Map<String, Double> pipelineCpuBefore = ProcessCpu.sample();
            long submittedFrom = System.nanoTime();
            int submitted = 1 + benchmark.warmUp(Duration.ofSeconds(warmUpSeconds), levels.get(levels.size() - 1));
            System.out.printf(Locale.ROOT, "warm-up: %d submissions in %d s%n", submitted, warmUpSeconds);
            List<Receipt> receipts = List.of();
            for (int connections : levels) {
                benchmark.repeats.set(0);
                benchmark.linked.set(0);
                Map<String, Double> cpuBefore = ProcessCpu.sample();
                receipts = benchmark.measureSubmissions(cases, connections);
                System.out.println("  " + ProcessCpu.perCase(cpuBefore, ProcessCpu.sample(), cases)
                        + " (intake answering; routing and resolution working through the backlog beside it)");
                System.out.printf(Locale.ROOT, "  %.1f%% of the JDBC floor; repeats linked %d of %d%n",
                        100 * benchmark.lastRate / floors.get(connections), benchmark.linked.get(), benchmark.repeats.get());
                submitted += cases;
                benchmark.measureLookUps(receipts, connections);
            }
            benchmark.measureBacklog(receipts.get(receipts.size() - 1), submitted, submittedFrom);
            System.out.println("  whole pipeline, from the first submission until the last is queued and seen by its resident:");
            System.out.println("  " + ProcessCpu.perCase(pipelineCpuBefore, ProcessCpu.sample(), submitted));
            System.out.println("  " + ServerStatements.perCase(statementsBefore, statements.sample(), submitted));
            statements.close();
            benchmark.measurePipeline(pipelineSamples);
            System.out.println(ProcessCpu.residentMemory());
            System.out.println(startUp("restart, one service at a time", restartEach(launcher), settings));
        }
    }

    /** Each service stopped gracefully (it writes its class-data archive if it had none) and started again alone. */
    private static Map<GrievanceService, Duration> restartEach(LocalLauncher launcher) {
        Map<GrievanceService, Duration> ready = new java.util.EnumMap<>(GrievanceService.class);
        for (GrievanceService service : List.of(GrievanceService.INTAKE, GrievanceService.ROUTING, GrievanceService.RESOLUTION)) {
            launcher.stop(service);
            ready.put(service, launcher.startAgain(service));
        }
        return ready;
    }

    private static String startUp(String what, Map<GrievanceService, Duration> readyAfter, LauncherSettings settings) {
        StringBuilder line = new StringBuilder(what + ", ready after:");
        readyAfter.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> line.append(
                String.format(Locale.ROOT, " %s %.1f s,", entry.getKey().moduleName(), entry.getValue().toMillis() / 1000.0)));
        line.setLength(line.length() - 1);
        return line + (settings.classData() ? " (class-data archives in " + settings.classDataDir() + ")"
                : " (no class-data archives: GRIEVANCE_CLASS_DATA=off)");
    }

    /** Submits for {@code duration} so the JIT has compiled the hot paths before anything is measured. */
    private int warmUp(Duration duration, int connections) throws Exception {
        long until = System.nanoTime() + duration.toNanos();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < until) {
                        submit();
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return done.get();
    }

    private List<Receipt> measureSubmissions(int count, int concurrency) throws Exception {
        Latencies latencies = new Latencies("POST /api/cases (201)");
        long start = System.nanoTime();
        List<Receipt> receipts = submitConcurrently(latencies, count, concurrency);
        double seconds = (System.nanoTime() - start) / 1e9;
        lastRate = count / seconds;
        System.out.println(latencies.summary(seconds) + "   at " + concurrency + " connections");
        return receipts;
    }

    private void measureLookUps(List<Receipt> receipts, int concurrency) throws Exception {
        Latencies latencies = new Latencies("GET /api/cases/{tracking} (200)");
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Receipt receipt : receipts) {
                done.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    lookUp(receipt);
                    latencies.record(System.nanoTime() - t0);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println(latencies.summary((System.nanoTime() - start) / 1e9) + "   at " + concurrency + " connections");
    }

    /**
     * Routing and resolution work through the submissions after intake has answered them: how long
     * until the last one is queued, and the rate the pipeline sustained. Events of a case stay in
     * order, so the last submission queued means the backlog is drained.
     */
    private void measureBacklog(Receipt last, int submitted, long submittedFrom) throws Exception {
        long deadline = System.nanoTime() + BACKLOG_TIMEOUT.toNanos();
        while (!"QUEUED".equals(lookUp(last))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("backlog not drained within " + BACKLOG_TIMEOUT);
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - submittedFrom) / 1e9;
        System.out.printf(Locale.ROOT, "%-34s n=%-5d %8.1f/s   (all queued %.1f s after the first submission)%n",
                "pipeline throughput under load", submitted, submitted / seconds, seconds);
    }

    /** One case at a time, so each figure is the pipeline's own latency rather than queueing behind load. */
    private void measurePipeline(int samples) throws Exception {
        Latencies latencies = new Latencies("submitted → queued, seen by resident");
        long start = System.nanoTime();
        for (int i = 0; i < samples; i++) {
            Receipt receipt = submit();
            long t0 = System.nanoTime();
            long deadline = t0 + PIPELINE_TIMEOUT.toNanos();
            while (!"QUEUED".equals(lookUp(receipt))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(receipt.trackingNumber() + " not queued within " + PIPELINE_TIMEOUT);
                }
                Thread.sleep(5);
            }
            latencies.record(System.nanoTime() - t0);
        }
        System.out.println(latencies.summary((System.nanoTime() - start) / 1e9));
    }

    private List<Receipt> submitConcurrently(Latencies latencies, int count, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Receipt>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    Receipt receipt = submit();
                    latencies.record(System.nanoTime() - t0);
                    return receipt;
                }));
            }
            List<Receipt> receipts = new ArrayList<>(count);
            for (Future<Receipt> future : futures) {
                receipts.add(future.get());
            }
            return receipts;
        } finally {
            pool.shutdownNow();
        }
    }

    private Receipt submit() throws IOException, InterruptedException {
        int index = next.getAndIncrement();
        HttpRequest request = HttpRequest.newBuilder(intake.resolve("/api/cases"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(load.submission(index)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("submission answered " + response.statusCode() + ": " + response.body());
        }
        if (load.isRepeat(index)) {
            repeats.incrementAndGet();
            if (response.body().contains("LINKED_TO_SIMILAR_CASE")) {
                linked.incrementAndGet();
            }
        }
        return new Receipt(field(response.body(), "trackingNumber"), field(response.body(), "accessCode"));
    }

    /** @return the case's status as the resident sees it */
    private String lookUp(Receipt receipt) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(intake.resolve("/api/cases/" + receipt.trackingNumber()))
                .header("X-Access-Code", receipt.accessCode())
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("look-up answered " + response.statusCode() + ": " + response.body());
        }
        return field(response.body(), "status");
    }

    private static String field(String json, String name) {
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    private static List<Integer> intsEnv(String name, List<Integer> fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback
                : java.util.Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    private static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
