package org.civicgrievance.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civicgrievance.launcher.GrievanceService;
import org.civicgrievance.launcher.LauncherSettings;
import org.civicgrievance.launcher.LocalLauncher;

/**
 * Does a scheduled scan cost time in proportion to the rows falling due, or to all open rows? Starts
 * the system, restarts resolution with its own scans switched off (so they do not claim the rows
 * measured here), fills the tables the resolution service migrated with N rows not yet due plus a
 * fixed number that are due, and runs each claim statement as the service does: in a transaction,
 * {@code FOR UPDATE SKIP LOCKED}, one batch, then rollback (so every run finds the same rows).
 * For each N it prints the latency percentiles, the rows the server read (its handler counters) and
 * locked, the machine's 1-minute load average (the cores may be shared) and the plan; then the same
 * statement with the index ignored at the largest N.
 *
 * <p>Sizes from the environment: BENCH_SCAN_SIZES (1000,10000,100000,300000), BENCH_SCAN_DUE (100),
 * BENCH_SCAN_BATCH (100, the services' batch size), BENCH_SCAN_SAMPLES (300),
 * BENCH_SCAN_UNINDEXED_SAMPLES (30).
 */
public final class DeadlineScanBenchmark {

    /** What the services' scans read from, so neither claims or reschedules the rows measured here. */
    private static final Map<String, String> SCANS_OFF = Map.of(
            "GRIEVANCE_RESOLUTION_DEADLINE_SCAN_INTERVAL", "off",
            "GRIEVANCE_RESOLUTION_WAITING_SCAN_EVERY", "off");
    private static final int WARM_UP = 20;
    private static final String ROW = "%-14s %-8s %9s %5s %9.2f %9.2f %9.2f %10d %8d %5s   %s%n";
    private static final String HEADER = "%-14s %-8s %9s %5s %9s %9s %9s %10s %8s %5s   %s%n";

    private final Connection connection;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final int due;
    private final int batch;

    private DeadlineScanBenchmark(Connection connection, int due, int batch) {
        this.connection = connection;
        this.due = due;
        this.batch = batch;
    }

    public static void main(String[] args) throws Exception {
        long[] sizes = Arrays.stream(env("BENCH_SCAN_SIZES", "1000,10000,100000,300000").split(","))
                .map(String::trim).mapToLong(Long::parseLong).sorted().toArray();
        int due = Integer.parseInt(env("BENCH_SCAN_DUE", "100"));
        int batch = Integer.parseInt(env("BENCH_SCAN_BATCH", "100"));
        int samples = Integer.parseInt(env("BENCH_SCAN_SAMPLES", "300"));
        int unindexedSamples = Integer.parseInt(env("BENCH_SCAN_UNINDEXED_SAMPLES", "30"));
        Path repoRoot = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath();

        LauncherSettings settings = LauncherSettings.fromEnvironment(repoRoot, System.getenv())
                .withWorkDir(repoRoot.resolve("benchmarks/target/run-deadlines"))
                .withFreePorts();
        try (LocalLauncher launcher = new LocalLauncher(settings)) {
            launcher.start();
            launcher.kill(GrievanceService.RESOLUTION);
            launcher.startAgain(GrievanceService.RESOLUTION, SCANS_OFF);

            String url = launcher.infrastructure().jdbcUrl(GrievanceService.RESOLUTION.database())
                    + "&rewriteBatchedStatements=true";
            try (Connection connection = DriverManager.getConnection(url, launcher.infrastructure().username(),
                    launcher.infrastructure().password())) {
                System.out.println();
                System.out.println("Machine: " + Machine.describe());
                System.out.printf(Locale.ROOT, "Server: %s, isolation %s; %d due rows, LIMIT %d, %d samples per size"
                                + " (%d without the index); load average %s%n%n",
                        connection.getMetaData().getDatabaseProductVersion(), isolation(connection), due, batch,
                        samples, unindexedSamples, loadAverage());
                System.out.printf(HEADER, "scan", "index", "open N", "due", "p50 ms", "p90 ms", "p99 ms",
                        "rows read", "locked", "load", "plan (type, key, estimated rows, extra)");
                DeadlineScanBenchmark benchmark = new DeadlineScanBenchmark(connection, due, batch);
                for (DueScan scan : List.of(DueScan.DEADLINES, DueScan.WAITING_LIMIT)) {
                    benchmark.measure(scan, sizes, samples, unindexedSamples);
                }
                System.out.printf("%nLoad average at the end: %s%n", loadAverage());
            }
        }
    }

    /** Grows the table size by size, measuring at each; then the largest without the index. */
    private void measure(DueScan scan, long[] sizes, int samples, int unindexedSamples) throws SQLException {
        SyntheticRows rows = new SyntheticRows(connection, scan.table(), scan.column(), now);
        rows.insert(0, due, row -> now.minusSeconds(row + 1));
        long open = 0;
        for (long size : sizes) {
            // Not yet due: spread over the next 30 days, in no particular order.
            rows.insert(due + open, size - open, row -> now.plusSeconds(3600 + Math.floorMod(row * 2654435761L, 30L * 86400)));
            open = size;
            analyze(scan.table());
            report(scan, "used", open, scan.claimSql(), samples);
        }
        report(scan, "ignored", open, scan.claimSqlIgnoringIndex(), unindexedSamples);
        System.out.println();
    }

    private void report(DueScan scan, String index, long open, String sql, int samples) throws SQLException {
        Latencies latencies = new Latencies(scan.name());
        connection.setAutoCommit(false);
        try (PreparedStatement claim = connection.prepareStatement(sql)) {
            for (int i = 0; i < WARM_UP + samples; i++) {
                long t0 = System.nanoTime();
                int claimed = claim(claim);
                long took = System.nanoTime() - t0;
                connection.rollback();
                requireBatch(scan, claimed);
                if (i >= WARM_UP) {
                    latencies.record(took);
                }
            }
            long readBefore = handlerReads();
            long baseline = handlerReads() - readBefore; // what reading the counters itself costs
            long before = handlerReads();
            requireBatch(scan, claim(claim));
            long read = handlerReads() - before - baseline;
            long locked = rowsLocked();
            connection.rollback();
            System.out.printf(Locale.ROOT, ROW, scan.name(), index, String.format(Locale.ROOT, "%,d", open), due,
                    latencies.millis(0.50), latencies.millis(0.90), latencies.millis(0.99), read, locked, loadAverage().split(" ")[0], plan(sql));
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Runs the claim and reads every row and column, as Hibernate does building the entities. */
    private int claim(PreparedStatement claim) throws SQLException {
        claim.setTimestamp(1, Timestamp.from(now));
        claim.setInt(2, batch);
        int claimed = 0;
        try (ResultSet rows = claim.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    rows.getObject(c);
                }
                claimed++;
            }
        }
        return claimed;
    }

    private void requireBatch(DueScan scan, int claimed) {
        if (claimed != Math.min(due, batch)) {
            throw new IllegalStateException(scan.name() + " claimed " + claimed + " rows, expected "
                    + Math.min(due, batch) + ": is a scan of the service still running?");
        }
    }

    private void analyze(String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE " + table);
        }
    }

    /** Every row the storage engine handed the server, through an index or by a table scan. */
    private long handlerReads() throws SQLException {
        long total = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW SESSION STATUS LIKE 'Handler_read%'")) {
            while (rows.next()) {
                total += rows.getLong(2);
            }
        }
        return total;
    }

    /** Rows this connection's open transaction holds locks on. */
    private long rowsLocked() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT trx_rows_locked FROM information_schema.innodb_trx"
                     + " WHERE trx_mysql_thread_id = CONNECTION_ID()")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private String plan(String sql) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            explain.setTimestamp(1, Timestamp.from(now));
            explain.setInt(2, batch);
            try (ResultSet rows = explain.executeQuery()) {
                rows.next();
                return String.format("%s, %s, %s, %s", rows.getString("type"), rows.getString("key"),
                        rows.getString("rows"), rows.getString("Extra"));
            }
        }
    }

    private static String isolation(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT @@transaction_isolation")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
