package org.civicgrievance.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicgrievance.infra.LocalInfrastructure;
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
 * queued in its department (intake → Kafka → routing → Kafka → resolution → Kafka → intake), and the
 * same at a fixed rate of submissions;</li>
 * <li>a handler's queue pages ({@link QueuePages}).</li>
 * </ol>
 * Submissions are varied as a city's are ({@link CityLoad}); each level of connections is set beside
 * the same database's JDBC floor ({@link JdbcFloor}), and the pipeline's Kafka records beside the same
 * broker's ({@link KafkaFloor}). The whole sequence runs once per number of cases
 * already stored ({@link StoredCases} fills the databases up to it between runs), and the figures at
 * each size are set side by side at the end, with their growth. Sizes come from the environment:
 * BENCH_CASES (2000 per level), BENCH_CONNECTIONS (8,32,128), BENCH_WARMUP_SECONDS (60),
 * BENCH_PIPELINE_SAMPLES (50), BENCH_PACED_RATES (100,200 submissions per second), BENCH_PACED_SECONDS
 * (30 at each rate), BENCH_STORED (10000,1000000 cases in all), BENCH_STORED_RECENT_PERCENT
 * (20: the share of them submitted in the last 48 hours), BENCH_STORED_DAYS (365: the days before those
 * 48 hours over which the older ones were submitted). BENCH_FILL_ONLY=1 starts the system, fills to
 * each size in turn and prints what the fills took, without measuring.
 */
public final class IntakeBenchmark {

    private static final Pattern FIELD = Pattern.compile("\"(trackingNumber|accessCode|status)\":\"([^\"]*)\"");
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration BACKLOG_TIMEOUT = Duration.ofMinutes(10);
    private static final int MAX_FLOOR_CONNECTIONS = 64;
    /** The outbox relay's batch (grievance.outbox.batch-size). */
    private static final int OUTBOX_BATCH = 100;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI intake;
    private final CityLoad load = new CityLoad((int) (System.currentTimeMillis() / 1000 % 100_000));
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger repeats = new AtomicInteger();
    private final AtomicInteger linked = new AtomicInteger();
    private final AtomicReference<Receipt> lastSubmitted = new AtomicReference<>();
    private volatile double lastRate;

    /**
     * Paced submissions: senders enough that none waits for a free one; one in twenty followed, looked
     * up again after a quarter of the time it has taken so far (at least 10 ms): each figure within 25%,
     * and the look-ups a small load beside the submissions however far the pipeline falls behind
     * (about 12 per case up to 250 ms, a few more for every doubling after).
     */
    private static final int PACED_SENDERS = 256;
    private static final int PACED_POLLERS = 4;
    private static final int PACED_FOLLOWED = 20;
    private static final Duration PACED_FIRST_POLL = Duration.ofMillis(10);

    /** Requests per handler's page, one at a time. */
    private static final int QUEUE_PAGE_SAMPLES = 20;
    private final QueuePages queuePages;

    private IntakeBenchmark(URI intake, URI identity, URI resolution) {
        this.intake = intake;
        this.queuePages = new QueuePages(http, identity, resolution);
    }

    record Receipt(String trackingNumber, String accessCode) {
    }

    /** What stays the same for every size: how much load, and the floors it is set beside. */
    private record Sequence(int cases, List<Integer> levels, int pipelineSamples, Map<Integer, Double> floors,
            double kafkaFloor, List<Integer> pacedRates, Duration pacedFor) {
    }

    public static void main(String[] args) throws Exception {
        int cases = intEnv("BENCH_CASES", 2000);
        List<Integer> levels = intsEnv("BENCH_CONNECTIONS", List.of(8, 32, 128));
        int warmUpSeconds = intEnv("BENCH_WARMUP_SECONDS", 60);
        int pipelineSamples = intEnv("BENCH_PIPELINE_SAMPLES", 50);
        List<Integer> pacedRates = intsEnv("BENCH_PACED_RATES", List.of(100, 200));
        int pacedSeconds = intEnv("BENCH_PACED_SECONDS", 30);
        List<Integer> sizes = intsEnv("BENCH_STORED", List.of(10_000, 1_000_000));
        int recentPercent = intEnv("BENCH_STORED_RECENT_PERCENT", 20);
        int historyDays = intEnv("BENCH_STORED_DAYS", 365);
        int fillBufferPoolMiB = intEnv("BENCH_FILL_BUFFER_POOL_MB", 4096);
        boolean fillOnly = "1".equals(System.getenv("BENCH_FILL_ONLY"));
        Path repoRoot = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath();

        LauncherSettings settings = LauncherSettings.fromEnvironment(repoRoot, System.getenv())
                .withWorkDir(repoRoot.resolve("benchmarks/target/run"))
                .withFreePorts();
        try (LocalLauncher launcher = new LocalLauncher(settings)) {
            launcher.start();
            IntakeBenchmark benchmark = new IntakeBenchmark(launcher.baseUri(GrievanceService.INTAKE),
                    launcher.baseUri(GrievanceService.IDENTITY), launcher.baseUri(GrievanceService.RESOLUTION));
            LocalInfrastructure infrastructure = launcher.infrastructure();
            String url = infrastructure.jdbcUrl(GrievanceService.INTAKE.database());

            System.out.println();
            System.out.println("Machine: " + Machine.describe());
            System.out.println(startUp("start-up, all at once on a new database", launcher.readyAfter(), settings));
            System.out.printf(Locale.ROOT, "Stored: %s cases in all, %d%% of them submitted in the last 48 hours, the rest"
                    + " over the %d days before%n", sizes, recentPercent, historyDays);
            if (!fillOnly) {
                System.out.printf("Load: varied city submissions (1 in 10 a repeat), %d submissions and %d look-ups per"
                        + " level at %s connections, after a %d s time-based warm-up at %d; %d idle pipeline samples;"
                        + " paced submissions at %s per s for %d s each%n%n", cases, cases, levels, warmUpSeconds,
                        levels.get(levels.size() - 1), pipelineSamples, pacedRates, pacedSeconds);
            }
            try (StoredCases stored = new StoredCases(url, infrastructure.username(), infrastructure.password(),
                    GrievanceService.INTAKE.database(), GrievanceService.ROUTING.database(),
                    GrievanceService.RESOLUTION.database(), historyDays, fillBufferPoolMiB * 1024L * 1024)) {
                System.out.printf(Locale.ROOT, "Database server: InnoDB buffer pool %,d MiB while measuring%n",
                        stored.bufferPoolBytes() / (1024 * 1024));
                if (fillOnly) {
                    for (int size : sizes) {
                        fill(stored, size, recentPercent);
                    }
                    return;
                }

                // the floors first, on the idle system: what the database does for the same rows with nothing else running
                benchmark.submit();
                Map<Integer, Double> floors = new LinkedHashMap<>();
                try (JdbcFloor floor = new JdbcFloor(url, infrastructure.username(), infrastructure.password())) {
                    for (int connections : levels) {
                        // the services' pools hold ~70 of the server's 151 connections
                        int floorConnections = Math.min(connections, MAX_FLOOR_CONNECTIONS);
                        floors.put(connections, floor.measure(5 * cases, floorConnections));
                        System.out.printf(Locale.ROOT, "%-34s %8.1f tx/s at %d connections, idle system%n",
                                "JDBC floor (case + outbox, commit)", floors.get(connections), floorConnections);
                    }
                }
                double kafkaFloorRate;
                try (KafkaFloor kafkaFloor = new KafkaFloor(infrastructure.kafkaBootstrapServers(), url,
                        infrastructure.username(), infrastructure.password())) {
                    kafkaFloorRate = kafkaFloor.measure(5 * cases, OUTBOX_BATCH);
                    System.out.printf(Locale.ROOT, "%-34s %8.1f records/s, batches of %d as the relay sends, idle system%n",
                            "Kafka floor (same events, acks=all)", kafkaFloorRate, OUTBOX_BATCH);
                }
                int warmedUp = 1 + benchmark.warmUp(Duration.ofSeconds(warmUpSeconds), levels.get(levels.size() - 1));
                System.out.printf(Locale.ROOT, "warm-up: %d submissions in %d s%n", warmedUp, warmUpSeconds);
                // the fill wants the services idle: the warm-up's backlog drained first
                benchmark.awaitQueued(benchmark.lastSubmitted.get());

                Sequence sequence = new Sequence(cases, levels, pipelineSamples, floors, kafkaFloorRate, pacedRates,
                        Duration.ofSeconds(pacedSeconds));
                Map<Integer, Map<String, Double>> figures = new LinkedHashMap<>();
                try (ServerStatements statements = new ServerStatements(url, infrastructure.username(),
                        infrastructure.password());
                        KafkaFloor broker = new KafkaFloor(infrastructure.kafkaBootstrapServers(), url,
                                infrastructure.username(), infrastructure.password())) {
                    for (int size : sizes) {
                        System.out.printf(Locale.ROOT, "%n=== %,d cases stored ===%n", size);
                        fill(stored, size, recentPercent);
                        figures.put(size, benchmark.measure(sequence, statements, broker));
                    }
                }
                printScale(figures);
            }
            System.out.println(startUp("restart, one service at a time", restartEach(launcher), settings));
        }
    }

    /** Fills up to {@code size} cases in all and refreshes the optimiser's statistics of the filled tables. */
    private static void fill(StoredCases stored, int size, int recentPercent) throws Exception {
        StoredCases.Fill fill = stored.fillTo(size, (long) size * recentPercent / 100);
        System.out.println(StoredCases.describe(fill));
        System.out.printf(Locale.ROOT, "  ANALYZE TABLE of the filled tables: %.1f s%n", stored.analyze().toMillis() / 1000.0);
    }

    /**
     * The measurement sequence at one size: submissions and look-ups at each level, the pipeline's
     * throughput over those submissions with the CPU and the server statements it took per case, the
     * idle pipeline's latency, and resident memory.
     *
     * @return the figures by name, for the table across sizes
     */
    private Map<String, Double> measure(Sequence sequence, ServerStatements statements, KafkaFloor broker)
            throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        Map<String, Long> statementsBefore = statements.sample();
        long recordsBefore = broker.recordsOnBroker();
        Map<String, Double> pipelineCpuBefore = ProcessCpu.sample();
        long submittedFrom = System.nanoTime();
        int submitted = 0;
        List<Receipt> receipts = List.of();
        for (int connections : sequence.levels()) {
            repeats.set(0);
            linked.set(0);
            Map<String, Double> cpuBefore = ProcessCpu.sample();
            receipts = measureSubmissions(sequence.cases(), connections, figures);
            Map<String, Double> cpuAfter = ProcessCpu.sample();
            System.out.println("  " + ProcessCpu.perCase(cpuBefore, cpuAfter, sequence.cases())
                    + " (intake answering; routing and resolution working through the backlog beside it)");
            double floorShare = 100 * lastRate / sequence.floors().get(connections);
            System.out.printf(Locale.ROOT, "  %.1f%% of the JDBC floor; repeats linked %d of %d%n", floorShare,
                    linked.get(), repeats.get());
            figures.put("POST " + connections + " conn., % of JDBC floor", floorShare);
            figures.put("POST " + connections + " conn., CPU ms per case", ProcessCpu.totalPerCase(cpuBefore, cpuAfter,
                    sequence.cases()));
            figures.put("POST " + connections + " conn., repeats linked %",
                    repeats.get() == 0 ? 0 : 100.0 * linked.get() / repeats.get());
            submitted += sequence.cases();
            measureLookUps(receipts, connections, figures);
        }
        figures.put("pipeline under load, cases/s", measureBacklog(receipts.get(receipts.size() - 1), submitted,
                submittedFrom));
        Map<String, Double> pipelineCpuAfter = ProcessCpu.sample();
        Map<String, Long> statementsAfter = statements.sample();
        double recordsPerCase = (double) (broker.recordsOnBroker() - recordsBefore) / submitted;
        double kafkaShare = 100 * figures.get("pipeline under load, cases/s") * recordsPerCase / sequence.kafkaFloor();
        System.out.println("  the pipeline, from this size's first submission until its last is queued and seen by its resident:");
        System.out.println("  " + ProcessCpu.perCase(pipelineCpuBefore, pipelineCpuAfter, submitted));
        System.out.println("  " + ServerStatements.perCase(statementsBefore, statementsAfter, submitted));
        System.out.printf(Locale.ROOT, "  Kafka records per case %.2f: the pipeline produced %.1f%% of the Kafka floor's rate%n",
                recordsPerCase, kafkaShare);
        figures.put("pipeline Kafka records per case", recordsPerCase);
        figures.put("pipeline, % of Kafka floor", kafkaShare);
        figures.put("pipeline CPU ms per case", ProcessCpu.totalPerCase(pipelineCpuBefore, pipelineCpuAfter, submitted));
        figures.put("pipeline server statements per case", ServerStatements.allPerCase(statementsBefore, statementsAfter,
                submitted));
        Latencies idle = measurePipeline(sequence.pipelineSamples());
        figures.put("submitted -> queued, idle, p50 ms", idle.millis(0.50));
        figures.put("submitted -> queued, idle, p90 ms", idle.millis(0.90));
        for (int rate : sequence.pacedRates()) {
            measurePaced(rate, sequence.pacedFor(), figures);
        }
        queuePages.measure(QUEUE_PAGE_SAMPLES, figures);
        System.out.println(ProcessCpu.residentMemory());
        return figures;
    }

    /** Each figure at each size, and how it grew from the first size to the last. */
    private static void printScale(Map<Integer, Map<String, Double>> figures) {
        List<Integer> sizes = new ArrayList<>(figures.keySet());
        int first = sizes.get(0);
        int last = sizes.get(sizes.size() - 1);
        System.out.printf(Locale.ROOT, "%n=== Scale: each figure by cases stored, and its growth from %,d to %,d ===%n",
                first, last);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-44s", "figure"));
        for (int size : sizes) {
            header.append(String.format(Locale.ROOT, " %12s", String.format(Locale.ROOT, "%,d", size)));
        }
        System.out.println(header.append(String.format(Locale.ROOT, " %9s", "growth")));
        for (String name : figures.get(first).keySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-44s", name));
            for (int size : sizes) {
                line.append(String.format(Locale.ROOT, " %12.1f", figures.get(size).getOrDefault(name, Double.NaN)));
            }
            double from = figures.get(first).get(name);
            double to = figures.get(last).getOrDefault(name, Double.NaN);
            line.append(from == 0 ? String.format(Locale.ROOT, " %9s", "-")
                    : String.format(Locale.ROOT, " %+8.1f%%", 100 * (to - from) / from));
            System.out.println(line);
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
                        lastSubmitted.set(submit());
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

    private List<Receipt> measureSubmissions(int count, int concurrency, Map<String, Double> figures) throws Exception {
        Latencies latencies = new Latencies("POST /api/cases (201)");
        long start = System.nanoTime();
        List<Receipt> receipts = submitConcurrently(latencies, count, concurrency);
        double seconds = (System.nanoTime() - start) / 1e9;
        lastRate = count / seconds;
        System.out.println(latencies.summary(seconds) + "   at " + concurrency + " connections");
        figures.put("POST " + concurrency + " conn., /s", lastRate);
        figures.put("POST " + concurrency + " conn., p50 ms", latencies.millis(0.50));
        figures.put("POST " + concurrency + " conn., p99 ms", latencies.millis(0.99));
        return receipts;
    }

    private void measureLookUps(List<Receipt> receipts, int concurrency, Map<String, Double> figures) throws Exception {
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
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(latencies.summary(seconds) + "   at " + concurrency + " connections");
        figures.put("GET " + concurrency + " conn., /s", receipts.size() / seconds);
        figures.put("GET " + concurrency + " conn., p50 ms", latencies.millis(0.50));
        figures.put("GET " + concurrency + " conn., p99 ms", latencies.millis(0.99));
    }

    /**
     * Routing and resolution work through the submissions after intake has answered them: how long
     * until the last one is queued, and the rate the pipeline sustained. Events of a case stay in
     * order, so the last submission queued means the backlog is drained.
     *
     * @return the rate, cases per second
     */
    private double measureBacklog(Receipt last, int submitted, long submittedFrom) throws Exception {
        awaitQueued(last);
        double seconds = (System.nanoTime() - submittedFrom) / 1e9;
        System.out.printf(Locale.ROOT, "%-34s n=%-5d %8.1f/s   (all queued %.1f s after the first submission)%n",
                "pipeline throughput under load", submitted, submitted / seconds, seconds);
        return submitted / seconds;
    }

    /** Returns once the resident's look-up shows the case queued in its department. */
    private void awaitQueued(Receipt receipt) throws Exception {
        long deadline = System.nanoTime() + BACKLOG_TIMEOUT.toNanos();
        while (!"QUEUED".equals(lookUp(receipt))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("backlog not drained within " + BACKLOG_TIMEOUT);
            }
            Thread.sleep(50);
        }
    }

    /** One case at a time, so each figure is the pipeline's own latency rather than queueing behind load. */
    private Latencies measurePipeline(int samples) throws Exception {
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
        return latencies;
    }

    /**
     * Submissions at a fixed rate for {@code duration}, open loop (each sent at its appointed time
     * whatever the earlier ones take, from a pool large enough never to hold one back), one in
     * {@link #PACED_FOLLOWED} followed until the resident's look-up shows it queued (see {@link Followed}). Each latency runs
     * from the submission's appointed time, so a submission the system kept waiting counts its wait.
     */
    private void measurePaced(int rate, Duration duration, Map<String, Double> figures) throws Exception {
        Latencies posts = new Latencies("POST at " + rate + "/s, paced");
        Latencies pipeline = new Latencies("  submitted → queued → seen");
        DelayQueue<Followed> following = new DelayQueue<>();
        int count = (int) (rate * duration.toMillis() / 1000);
        long interval = 1_000_000_000L / rate;
        ExecutorService senders = Executors.newFixedThreadPool(PACED_SENDERS);
        ExecutorService pollers = Executors.newFixedThreadPool(PACED_POLLERS);
        AtomicInteger outstanding = new AtomicInteger(count / PACED_FOLLOWED);
        try {
            for (int i = 0; i < PACED_POLLERS; i++) {
                pollers.submit(() -> follow(following, pipeline, outstanding));
            }
            long start = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long appointed = start + i * interval;
                LockSupport.parkNanos(appointed - System.nanoTime());
                boolean followed = i % PACED_FOLLOWED == 0 && i / PACED_FOLLOWED < count / PACED_FOLLOWED;
                sent.add(senders.submit(() -> {
                    Receipt receipt = submit();
                    posts.record(System.nanoTime() - appointed);
                    if (followed) {
                        following.add(new Followed(receipt, appointed, System.nanoTime()));
                    }
                    return null;
                }));
            }
            for (Future<?> submission : sent) {
                submission.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long deadline = System.nanoTime() + BACKLOG_TIMEOUT.toNanos();
            while (outstanding.get() > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(outstanding.get() + " followed cases not queued within " + BACKLOG_TIMEOUT);
                }
                Thread.sleep(50);
            }
            System.out.println(posts.summary(seconds));
            System.out.println(pipeline.summary((System.nanoTime() - start) / 1e9) + "   (1 in " + PACED_FOLLOWED
                    + " followed, from its appointed time)");
        } finally {
            senders.shutdownNow();
            pollers.shutdownNow();
        }
        figures.put("paced " + rate + "/s: POST p99 ms", posts.millis(0.99));
        figures.put("paced " + rate + "/s: submitted -> queued p50 ms", pipeline.millis(0.50));
        figures.put("paced " + rate + "/s: submitted -> queued p99 ms", pipeline.millis(0.99));
    }

    /** A followed case, looked up again until it is queued, each time after a quarter of its age. */
    private record Followed(Receipt receipt, long appointed, long due) implements Delayed {

        Followed later() {
            long now = System.nanoTime();
            return new Followed(receipt, appointed, now + Math.max(PACED_FIRST_POLL.toNanos(), (now - appointed) / 4));
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(due, ((Followed) other).due);
        }
    }

    private Void follow(DelayQueue<Followed> following, Latencies pipeline, AtomicInteger outstanding) throws Exception {
        while (!Thread.currentThread().isInterrupted()) {
            Followed next = following.take();
            String status;
            try {
                status = lookUp(next.receipt());
            } catch (IOException e) {
                status = "not answered";
            }
            if ("QUEUED".equals(status)) {
                pipeline.record(System.nanoTime() - next.appointed());
                outstanding.decrementAndGet();
            } else {
                following.add(next.later());
            }
        }
        return null;
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
