package org.civicgrievance.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Fills the three services' databases with cases as a city's earlier months would have left them,
 * directly over JDBC while the services run idle, so the benchmark can measure the system with many
 * cases already stored. Set-based: each chunk of {@value #CHUNK} cases is generated into a staging
 * table from MariaDB's sequence engine ({@code seq_a_to_b}) and copied into every table with one
 * {@code INSERT … SELECT} each. A chunk's inserts run in {@value #GROUPS} groups side by side, each group on
 * its own connection and in one transaction, while the main connection stages the next chunk into the
 * second staging table: four connections in all, of the server's 151 (the services' pools hold about 70).
 *
 * <p>While it fills, the server is tuned for bulk writing ({@link #fillSettings()}): a larger InnoDB buffer
 * pool (the launcher's MariaDB has the default 128 MiB, and the random-keyed indexes, UUIDs, phones, grid
 * cells, of a million cases are gigabytes: written through 128 MiB every insert would read its page from
 * disk), a 2 GiB redo log (96 MiB forces a checkpoint every few seconds), page flushing at the disk's pace
 * (the default {@code innodb_io_capacity} of 200 pages a second leaves writers waiting on synchronous
 * flushes) and no doublewrite buffer. Every setting is set back to the server's own value when the fill
 * ends, and checked, so the benchmark measures the server as the launcher starts it.
 *
 * <p>What each stored case leaves, as the real pipeline would (a submission, its placement, its
 * queueing and, by its status, claim, start, resolution and the resident's rating):
 * <ul>
 * <li><b>intake</b>: the {@code grievance} row (tracking number, a salted hash of an access code
 * nobody knows, the public status, the department, "expected by" while open) with varied residents,
 * phones, some e-mails, addresses in {@link CityLoad}'s format and streets, and points in its 15 × 20 km
 * box; the duplicate-search keys ({@code address_key} as {@code AddressKey} computes it, {@code geo_cell}
 * as {@code NearbyPlaces}) on chain heads only, one case in twenty being a resident's repeat of the
 * case before it ({@code likely_duplicate_of}, no keys); one {@code status_update} per status change;
 * the resident's {@code grievance_evaluation} of a closed case; one {@code inbox_processed_event} per
 * {@code case.status-changed}.</li>
 * <li><b>routing</b>: {@code case_submission} (the submitted event's data), {@code placement} by the seeded
 * rule for the category, the inbox row of {@code grievance.submitted}.</li>
 * <li><b>resolution</b>: {@code grievance_case}; its {@code case_clock}s as {@code ClockBook} starts and
 * ends them (CLAIM and RESOLUTION at queueing, UPDATE at claim and start, CALLBACK at resolution); a
 * {@code clock_warning} and a DEADLINE_YELLOW/RED audit record for every warning point a clock passed;
 * the {@code queue_entry} of a queued, claimed or started case;
 * the audit trail (CASE_SUBMITTED, CASE_ROUTED, CASE_QUEUED, then CASE_CLAIMED and CONTACT_VIEWED,
 * CASE_IN_PROGRESS, CASE_RESOLVED, CASE_RATED, CASE_CLOSED as far as the case got); the resolution's
 * visible {@code case_note}; the {@code resident_rating}; the inbox rows of grievance.submitted,
 * grievance.routed, the two audit.recorded and grievance.evaluated.</li>
 * <li><b>outbox_event</b> of each service: only events of the last 7 days (the relay purges published
 * rows older than {@code grievance.outbox.retention}, 7 days), all published; less {@link #GUARD} at the
 * old end, so the hourly purge finds nothing of ours to delete while the benchmark runs.</li>
 * </ul>
 * Statuses: of the cases older than 48 hours 90% are closed, 6% resolved and waiting for the resident's
 * rating, 4% still claimed or in progress; of the last 48 hours' 40% queued, 30% claimed, 18% in
 * progress, 8% resolved, 4% closed. Categories, departments, rules, commitments and calendars are read
 * from the services' seed data, so every value is one the services themselves would have written.
 *
 * <p>Times are UTC, as the services store them. A case's steps follow its submission by fractions of
 * its commitment's limits; working time is approximated by calendar time (a working hour of
 * {@code cn-standard} counts as {@value #CALENDAR_HOURS_PER_WORKING_HOUR} hours, a working day as 1.4 days),
 * which is near enough for data nobody measures deadlines on.
 *
 * <p>Not distorting the measurement: resolution's deadline scanner claims clocks whose
 * {@code next_check_at} has come; every warning point of a live stored clock before now + {@link #GUARD}
 * is stored as already raised (with its warning), so the scanner finds nothing of ours during the run,
 * and the next points lie beyond it. No stored case waits for the resident ({@code waiting_until} stays
 * null: the waiting-limit scan finds none), none is in triage, none was split, returned or merged.
 *
 * <p>Tracking numbers: {@code GR-<year>-9nnnnnnn}, the year of submission in Asia/Shanghai and 90,000,000
 * plus the stored case's index. Intake's counter ({@code tracking_counter}, one row per year, blocks of
 * 100) is left alone: it counts from 1 and would have to hand out 90 million numbers in a year to reach
 * this range, so stored numbers never collide with the ones the running intake hands out.
 */
final class StoredCases implements AutoCloseable {

    /** Cases per chunk: one staging fill and one transaction over all tables each. */
    static final int CHUNK = 20_000;
    /** The duplicate search's window: "recent" cases were submitted within it. */
    static final Duration RECENT = Duration.ofHours(48);
    /** How far ahead of the fill stored clocks are already warned, and how far the outbox keeps clear of the purge. */
    static final Duration GUARD = Duration.ofHours(6);
    private static final Duration OUTBOX_RETENTION = Duration.ofDays(7);
    private static final long NUMBER_BASE = 90_000_000L;
    private static final long MAX_CASES = 9_999_999L;
    private static final double YELLOW_SHARE = 0.75; // grievance.resolution.yellow-share
    private static final double CALENDAR_HOURS_PER_WORKING_HOUR = 168.0 / 35; // 7 working hours a day, 5 days
    private static final String STAGE = "bench_stored";
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);
    /** Connections inserting at once (the server allows 151, the services' pools hold about 70), besides the staging one. */
    private static final int GROUPS = 3;
    /** Redo log while filling, with the larger buffer pool: a small one forces a checkpoint flush every few seconds. */
    private static final long FILL_REDO_LOG = 2048L * 1024 * 1024;
    private static final int MAX_ATTEMPTS = 3;
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    /** The consumers' names in the inbox: each service's quarkus.application.name. */
    private static final String INTAKE_CONSUMER = "intake-service";
    private static final String ROUTING_CONSUMER = "routing-service";
    private static final String RESOLUTION_CONSUMER = "resolution-service";

    /** Category, share of cases in percent, and four ways residents put its problem. */
    private static final Object[][] CATEGORIES = {
            {"street-lighting", 22, "门口的路灯坏了，晚上一片漆黑", "路灯白天一直亮着，浪费电", "路灯忽明忽暗，闪得人眼花", "路灯杆被车撞歪了，随时可能倒下",
                    "已更换灯具，路灯恢复正常"},
            {"road-damage", 18, "路面塌了一个坑，车辆经过颠簸", "人行道的地砖松动翘起", "井盖缺失，只用一块木板盖着", "马路被施工挖开后一直没有恢复",
                    "已安排养护队修补路面"},
            {"noise", 15, "附近工地夜里还在施工", "楼下饭店的排风机噪声很大", "广场舞音响声音太大", "邻居家装修天天从早吵到晚",
                    "已约谈相关单位，限定作业时间"},
            {"water-supply", 15, "小区停水了也没有通知", "自来水发黄有异味", "路边水管破裂一直在冒水", "水压太低，高层用不上水",
                    "供水已恢复，已要求供水公司提前公告"},
            {"city-appearance", 15, "路边垃圾堆了好几天没人清理", "有人占道摆摊，行人只能走机动车道", "墙上贴满了小广告", "绿化带里被倒了建筑垃圾",
                    "已组织清理并加强巡查"},
            {"property-management", 12, "物业不处理电梯故障", "小区门禁坏了很久没人修", "楼道里的消防通道被杂物堵住", "物业乱收停车费",
                    "已督促物业公司整改"},
            {"air-pollution", 3, "附近工厂烟囱冒黑烟", "夜里有人露天焚烧垃圾", "餐馆油烟直接排到居民楼", "搅拌站粉尘很大",
                    "已对排放单位立案调查"},
    };
    private static final String[] CONSEQUENCES = {"影响居民正常生活", "老人孩子出行很不安全", "大家意见很大", "晚上根本睡不好觉",
            "给周边住户带来很大不便"};
    private static final String[] REQUESTS = {"请尽快派人处理", "希望有关部门管一管", "请相关部门核实处理", "麻烦尽快解决，谢谢"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "林", "吴"};
    private static final String[] TITLES = {"先生", "女士", "师傅", "阿姨", "老师", "同学"};
    private static final String[] MAIL_NAMES = {"chen", "li", "wang", "zhang", "liu", "lin"};
    private static final String[] MAIL_DOMAINS = {"qq.com", "163.com", "126.com", "sina.com"};
    /** Case statuses in the order a case passes them: the status after step k, with the words residents read. */
    private static final String[][] STEPS = {
            {"QUEUED", "已分派至责任部门，等待认领", "Assigned to the responsible department, waiting to be taken up"},
            {"CLAIMED", "已有工作人员认领，正在办理", "A staff member has taken up your case and is working on it"},
            {"IN_PROGRESS", "正在调查处理", "Your case is being investigated"},
            {"RESOLVED", "已办结，请您评价", "Resolved; please rate the outcome"},
            {"CLOSED", "已办结并评价，感谢您的反馈", "Resolved and rated; thank you for your feedback"},
    };

    private final Connection connection;
    /** One connection per group of inserts ({@link #groups()}), run side by side while the next chunk is staged. */
    private final List<Connection> workers = new ArrayList<>();
    private final ExecutorService pool;
    private final String intake;
    private final String routing;
    private final String resolution;
    private final int historyDays;
    private final long fillBufferPool;
    /** Rows this instance inserted, per table, over all fills. */
    private final Map<String, Long> inserted = new LinkedHashMap<>();
    private final List<String> auditColumns;
    private long nextIndex = 1;
    private Map<String, String> vars = Map.of();

    /** What one fill did. */
    record Fill(long added, long addedRecent, long total, long recent, Duration took, Map<String, Long> rows,
            Map<String, Duration> times) {
    }

    /**
     * @param jdbcUrl     a URL of any database on the services' server (the filler names each table with its database)
     * @param historyDays    the days before the last 48 hours over which the older cases were submitted
     * @param fillBufferPool bytes of InnoDB buffer pool while filling (0: leave the server's as it is); the
     *                       server's own size is restored after each fill
     */
    StoredCases(String jdbcUrl, String user, String password, String intakeDatabase, String routingDatabase,
            String resolutionDatabase, int historyDays, long fillBufferPool) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, password);
        this.intake = intakeDatabase;
        this.routing = routingDatabase;
        this.resolution = resolutionDatabase;
        this.historyDays = historyDays;
        this.fillBufferPool = fillBufferPool;
        prepareSession(connection);
        for (int i = 0; i < GROUPS; i++) {
            Connection worker = DriverManager.getConnection(jdbcUrl, user, password);
            prepareSession(worker);
            workers.add(worker);
        }
        this.pool = Executors.newFixedThreadPool(GROUPS, runnable -> {
            Thread thread = new Thread(runnable, "stored-cases");
            thread.setDaemon(true);
            return thread;
        });
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + STAGE);
            statement.execute("CREATE DATABASE " + STAGE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        createStagingTables();
        loadCategoryTerms();
        auditColumns = columnsOf(resolution, "audit_record");
    }

    /**
     * Adds cases until intake holds {@code total} in all, {@code recent} of them submitted in the last
     * 48 hours (cases already there, the benchmark's own included, count; if more recent ones exist
     * already, only older ones are added).
     */
    Fill fillTo(long total, long recent) throws SQLException {
        long started = System.nanoTime();
        double now = Instant.now().toEpochMilli() / 1000.0;
        long[] existing = countCases(now);
        long add = Math.max(0, total - existing[0]);
        long addRecent = Math.min(add, Math.max(0, recent - existing[1]));
        long addOld = add - addRecent;
        long first = nextIndex;
        if (first + add - 1 > MAX_CASES) {
            throw new IllegalArgumentException("at most " + MAX_CASES + " stored cases: tracking numbers have 7 digits left");
        }
        long recentFrom = first + addOld;
        double recentSeconds = RECENT.toSeconds();
        double historySeconds = historyDays * 86_400.0;
        Map<String, String> v = new LinkedHashMap<>();
        v.put("{T0}", number(now));
        v.put("{T0G}", number(now + GUARD.toSeconds()));
        v.put("{KEEP}", number(now - OUTBOX_RETENTION.toSeconds() + GUARD.toSeconds()));
        v.put("{FIRST}", Long.toString(first));
        v.put("{RECENT_FROM}", Long.toString(recentFrom));
        // the last 48 hours' cases between 10 minutes inside the window and a minute ago, evenly in time
        v.put("{RECENT_START}", number(now - recentSeconds + 600));
        v.put("{RECENT_SPAN}", number(recentSeconds - 660));
        v.put("{RECENT_COUNT}", Long.toString(Math.max(1, addRecent)));
        v.put("{RECENT_END}", number(now - 60));
        v.put("{OLD_START}", number(now - recentSeconds - historySeconds));
        v.put("{OLD_SPAN}", number(historySeconds - 1));
        v.put("{OLD_COUNT}", Long.toString(Math.max(1, addOld)));
        v.put("{OLD_END}", number(now - recentSeconds - 1));
        v.put("{NUMBER_BASE}", Long.toString(NUMBER_BASE));
        vars = v;

        Map<String, Long> rows = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Long> nanos = new java.util.concurrent.ConcurrentSkipListMap<>();
        long reported = System.nanoTime();
        Map<String, String> server = new LinkedHashMap<>();
        boolean tune = add > 0 && fillBufferPool > 0;
        if (tune) {
            long t = System.nanoTime();
            for (Map.Entry<String, String> setting : fillSettings().entrySet()) {
                server.put(setting.getKey(), global(setting.getKey()));
                setGlobal(setting.getKey(), setting.getValue());
            }
            nanos.merge("server settings for the fill", System.nanoTime() - t, Long::sum);
        }
        try {
            long chunks = (add + CHUNK - 1) / CHUNK;
            if (chunks > 0) {
                stage(first, Math.min(first + add, first + CHUNK) - 1, 0, nanos);
            }
            for (long chunk = 0; chunk < chunks; chunk++) {
                int slot = (int) (chunk % 2);
                List<Future<?>> inserting = new ArrayList<>();
                for (int group = 0; group < GROUPS; group++) {
                    Connection worker = workers.get(group);
                    Map<String, String> statements = groups().get(group);
                    inserting.add(pool.submit(() -> {
                        insert(worker, statements, slot, rows, nanos);
                        return null;
                    }));
                }
                long next = first + (chunk + 1) * CHUNK;
                if (chunk + 1 < chunks) {
                    stage(next, Math.min(first + add, next + CHUNK) - 1, 1 - slot, nanos);
                }
                for (Future<?> group : inserting) {
                    await(group);
                }
                if (System.nanoTime() - reported > PROGRESS_EVERY.toNanos()) {
                    reported = System.nanoTime();
                    System.out.printf(Locale.ROOT, "  … %,d of %,d cases after %.0f s%n", Math.min(add, next - first), add,
                            (reported - started) / 1e9);
                }
            }
        } finally {
            if (tune) {
                long t = System.nanoTime();
                List<String> restore = new ArrayList<>(server.keySet());
                java.util.Collections.reverse(restore);
                for (String variable : restore) {
                    setGlobal(variable, server.get(variable));
                }
                for (String variable : restore) {
                    if (!global(variable).equals(server.get(variable))) {
                        throw new IllegalStateException(variable + " is " + global(variable) + " after the fill, not "
                                + server.get(variable) + " as before: the measurement would not be the launcher's server");
                    }
                }
                nanos.merge("server settings restored", System.nanoTime() - t, Long::sum);
            }
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String table : inserts().keySet()) {
            if (rows.containsKey(table)) {
                ordered.put(table, rows.get(table));
            }
        }
        nextIndex = first + add;
        ordered.forEach((table, count) -> inserted.merge(table, count, Long::sum));
        Map<String, Duration> times = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(List.of("server settings for the fill", "staging"));
        order.addAll(inserts().keySet());
        order.add("server settings restored");
        for (String step : order) {
            if (nanos.containsKey(step)) {
                times.put(step, Duration.ofNanos(nanos.get(step)));
            }
        }
        return new Fill(add, addRecent, existing[0] + add, existing[1] + addRecent,
                Duration.ofNanos(System.nanoTime() - started), ordered, times);
    }

    /** Fresh statistics for the optimiser on every table the fills wrote: what the services' plans see. */
    Duration analyze() throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables()) {
                try (ResultSet ignored = statement.executeQuery("ANALYZE TABLE " + table)) {
                    // one status row per table
                }
            }
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Rows inserted so far per table, over all fills. */
    Map<String, Long> inserted() {
        return Map.copyOf(inserted);
    }

    static String describe(Fill fill) {
        String rows = fill.rows().entrySet().stream()
                .map(entry -> String.format(Locale.ROOT, "%s %,d", entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(", "));
        String times = fill.times().entrySet().stream()
                .map(entry -> String.format(Locale.ROOT, "%s %.1f", entry.getKey(), entry.getValue().toMillis() / 1000.0))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "stored cases: added %,d (%,d of them in the last 48 hours) in %.1f s,"
                + " %,d cases now (%,d in the last 48 hours)%n  rows added: %s%n  seconds: %s", fill.added(),
                fill.addedRecent(), fill.took().toMillis() / 1000.0, fill.total(), fill.recent(), rows, times);
    }

    @Override
    public void close() throws SQLException {
        pool.shutdownNow();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + STAGE);
        } finally {
            for (Connection worker : workers) {
                worker.close();
            }
            connection.close();
        }
    }

    private long[] countCases(double now) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*), COALESCE(SUM(submitted_at >= FROM_UNIXTIME("
                        + number(now - RECENT.toSeconds()) + ")), 0) FROM " + intake + ".grievance")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }

    private List<String> tables() {
        return List.of(intake + ".grievance", intake + ".status_update", intake + ".grievance_evaluation",
                intake + ".inbox_processed_event", intake + ".outbox_event", routing + ".case_submission",
                routing + ".placement", routing + ".inbox_processed_event", routing + ".outbox_event",
                resolution + ".grievance_case", resolution + ".case_clock", resolution + ".clock_warning",
                resolution + ".queue_entry", resolution + ".audit_record", resolution + ".case_note", resolution + ".resident_rating",
                resolution + ".inbox_processed_event", resolution + ".outbox_event");
    }

    /**
     * The server while filling, in the order set (restored in reverse): a buffer pool holding the
     * random-keyed indexes, a redo log that does not force a checkpoint every few seconds, and page
     * flushing at the disk's pace rather than the default 200 pages a second (with gigabytes dirty, the
     * writers would otherwise stall on synchronous flushes), without the doublewrite buffer (a crash
     * during the fill spoils the run whatever it writes). None of it outlives the fill.
     */
    private Map<String, String> fillSettings() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        if (fillBufferPool > bufferPoolBytes()) {
            // resized only to grow: a pool as large already (the launcher's setting) stays as it is
            settings.put("innodb_buffer_pool_size", Long.toString(fillBufferPool));
        }
        settings.put("innodb_log_file_size", Long.toString(Math.max(FILL_REDO_LOG, globalLong("innodb_log_file_size"))));
        settings.put("innodb_io_capacity_max", "20000");
        settings.put("innodb_io_capacity", "10000");
        settings.put("innodb_flush_neighbors", "0");
        settings.put("innodb_doublewrite", "OFF");
        return settings;
    }

    /** The server's InnoDB buffer pool as it is now (the launcher's {@code GRIEVANCE_MARIADB_BUFFER_POOL_MB}). */
    long bufferPoolBytes() throws SQLException {
        return globalLong("innodb_buffer_pool_size");
    }

    private String global(String variable) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT @@GLOBAL." + variable)) {
            row.next();
            return row.getString(1);
        }
    }

    private long globalLong(String variable) throws SQLException {
        return Long.parseLong(global(variable));
    }

    /** Sets a server variable; the buffer pool's size is awaited, as the server resizes it in the background. */
    private void setGlobal(String variable, String value) throws SQLException {
        if (variable.equals("innodb_buffer_pool_size")) {
            resizeBufferPool(Long.parseLong(value));
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET GLOBAL " + variable + " = " + (value.matches("\\d+") ? value : "'" + value + "'"));
        }
    }

    /**
     * The buffer pool is resized in the background: returns once the server reports the new size and
     * its resize as done. Growing it for the fill keeps the random-keyed indexes (UUIDs, phones, cells)
     * in memory while they are written; shrinking it back writes the dirty pages out first.
     */
    private void resizeBufferPool(long bytes) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET GLOBAL innodb_buffer_pool_size = " + bytes);
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (true) {
                String status = "";
                try (ResultSet row = statement.executeQuery("SHOW STATUS LIKE 'Innodb_buffer_pool_resize_status'")) {
                    if (row.next()) {
                        status = row.getString(2);
                    }
                }
                long now = globalLong("innodb_buffer_pool_size");
                boolean resizing = status != null && !status.isEmpty() && !status.toLowerCase(Locale.ROOT).contains("complete")
                        && !status.toLowerCase(Locale.ROOT).contains("finished");
                if (Math.abs(now - bytes) < 128L * 1024 * 1024 && !resizing) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("buffer pool not resized to " + bytes + " within 10 minutes: " + status);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    // ---------------------------------------------------------------- one chunk

    private static void prepareSession(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // UTC as the services store instants; the filler's own rows need no foreign-key look-ups
            statement.execute("SET SESSION time_zone = '+00:00', foreign_key_checks = 0, unique_checks = 0");
        }
    }

    /** A chunk's cases into staging table {@code slot}, on the main connection (committed: the workers read it). */
    private void stage(long from, long to, int slot, Map<String, Long> nanos) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("stored_case_", "stored_clock_", "stored_warning_")) {
                statement.execute("TRUNCATE TABLE " + STAGE + "." + table + slot);
            }
            // each derived table once: merged, every reference to a hash would compute its MD5 again
            statement.execute("SET SESSION optimizer_switch = 'derived_merge=off'");
            try {
                statement.executeUpdate(sql(STAGE_CASES.replace("{A}", Long.toString(from)).replace("{B}", Long.toString(to)),
                        slot));
            } finally {
                statement.execute("SET SESSION optimizer_switch = 'derived_merge=on'");
            }
            statement.executeUpdate(sql(STAGE_REPEATS, slot));
            statement.executeUpdate(sql(STAGE_TIMELINE, slot));
            statement.executeUpdate(sql(STAGE_CLOCKS, slot));
            statement.executeUpdate(sql(STAGE_WARNINGS, slot));
        }
        nanos.merge("staging", System.nanoTime() - t0, Long::sum);
    }

    /**
     * One group's inserts of the chunk in staging table {@code slot}, in one transaction; tried again
     * after a deadlock or a lock wait timeout (the groups write different rows, but two of them take
     * audit_record's and outbox_event's AUTO-INC lock in turn).
     */
    private void insert(Connection worker, Map<String, String> statements, int slot, Map<String, Long> rows,
            Map<String, Long> nanos) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            Map<String, Long> counted = new LinkedHashMap<>();
            Map<String, Long> spent = new LinkedHashMap<>();
            worker.setAutoCommit(false);
            try (Statement statement = worker.createStatement()) {
                for (Map.Entry<String, String> insert : statements.entrySet()) {
                    long t1 = System.nanoTime();
                    counted.put(insert.getKey(), (long) statement.executeUpdate(sql(insert.getValue(), slot)));
                    spent.put(insert.getKey(), System.nanoTime() - t1);
                }
                worker.commit();
                counted.forEach((table, count) -> rows.merge(table, count, Long::sum));
                spent.forEach((table, time) -> nanos.merge(table, time, Long::sum));
                return;
            } catch (SQLException e) {
                worker.rollback();
                boolean retry = e.getErrorCode() == 1213 || e.getErrorCode() == 1205;
                if (!retry || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                System.out.println("  (" + e.getMessage() + "; trying the chunk's " + statements.keySet().iterator().next()
                        + " group again)");
            } catch (RuntimeException e) {
                worker.rollback();
                throw e;
            } finally {
                worker.setAutoCommit(true);
            }
        }
    }

    private static void await(Future<?> group) throws SQLException {
        try {
            group.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private String sql(String template, int slot) {
        String text = template.replace("{STAGE}.stored_case", "{STAGE}.stored_case_" + slot)
                .replace("{STAGE}.stored_clock", "{STAGE}.stored_clock_" + slot)
                .replace("{STAGE}.stored_warning", "{STAGE}.stored_warning_" + slot).replace("{STAGE}", STAGE).replace("{INTAKE}", intake).replace("{ROUTING}", routing)
                .replace("{RESOLUTION}", resolution);
        for (Map.Entry<String, String> variable : vars.entrySet()) {
            text = text.replace(variable.getKey(), variable.getValue());
        }
        return text;
    }

    /** The chunk's cases, before repeats and timelines: who, what, where and when they submitted. */
    private static final String STAGE_CASES = """
            INSERT INTO {STAGE}.stored_case (n, id, trace_id, recent, h2, h3, h4, h11, h12, h13, h14, h15, category,
                kind, channel, recorded_by, description, address, district, latitude, longitude, contact_name, phone, email,
                attributes, claim_s, update_s, resolution_s, callback_s, t_sub)
            SELECT y.n, y.id, y.trace_id, y.recent, y.h2, y.h3, y.h4, y.h11, y.h12, y.h13, y.h14, y.h15, ct.code,
                CASE WHEN y.h2 % 100 < 80 THEN 'COMPLAINT' WHEN y.h2 % 100 < 88 THEN 'HELP_REQUEST'
                     WHEN y.h2 % 100 < 94 THEN 'INQUIRY' WHEN y.h2 % 100 < 98 THEN 'SUGGESTION' ELSE 'PRAISE' END,
                y.channel, IF(y.channel IN ('HOTLINE', 'SERVICE_WINDOW', 'HOME_VISIT'), 'operator.chen', NULL),
                CONCAT(y.address, ELT(1 + y.h3 % 4, ct.p1, ct.p2, ct.p3, ct.p4), '，', {CONSEQUENCE}, '，已经',
                       1 + y.h3 DIV 400 % 9, '天了，', {REQUEST}),
                y.address, y.district, y.latitude, y.longitude, y.contact_name, y.phone, y.email,
                IF(ct.code = 'road-damage', CONCAT('{"hazard":"', ELT(1 + y.h4 DIV 100000 % 3, 'pothole', 'subsidence', 'manhole'),
                   '"}'), NULL),
                ct.claim_s, ct.update_s, ct.resolution_s, ct.callback_s, y.t_sub
            FROM (
                SELECT x.*,
                    CASE WHEN x.h2 DIV 100 % 100 < 55 THEN 'API' WHEN x.h2 DIV 100 % 100 < 80 THEN 'WEB_FORM'
                         WHEN x.h2 DIV 100 % 100 < 85 THEN 'OPEN311' WHEN x.h2 DIV 100 % 100 < 95 THEN 'HOTLINE'
                         WHEN x.h2 DIV 100 % 100 < 98 THEN 'SERVICE_WINDOW' ELSE 'HOME_VISIT' END AS channel,
                    CONCAT({STREET}, 1 + x.h5 DIV 8 % {HOUSES}, '号', 1 + x.h5 DIV 3200 % {BUILDINGS}, '栋') AS address,
                    {DISTRICT} AS district,
                    ROUND({LAT_FROM} + {LAT_SPAN} * x.h7 / 4294967296e0, 6) AS latitude,
                    ROUND({LON_FROM} + {LON_SPAN} * x.h8 / 4294967296e0, 6) AS longitude,
                    CONCAT({SURNAME}, {TITLE}) AS contact_name,
                    CONCAT('1', ELT(1 + x.h9 % 5, '3', '5', '7', '8', '9'), LPAD(x.h9 DIV 5 % 1000000000, 9, '0')) AS phone,
                    IF(x.h10 % 100 < 20, CONCAT({MAIL_NAME}, x.h10 DIV 600 % 100000, '@', {MAIL_DOMAIN}), NULL) AS email,
                    IF(x.recent, {RECENT_START} + {RECENT_SPAN}e0 * (x.n - {RECENT_FROM} + x.h16 / 4294967296e0) / {RECENT_COUNT},
                       {OLD_START} + {OLD_SPAN}e0 * (x.n - {FIRST} + x.h16 / 4294967296e0) / {OLD_COUNT}) AS t_sub
                FROM (
                    SELECT s.seq AS n, {CASE_ID} AS id, MD5(CONCAT('stored-trace:', s.seq)) AS trace_id,
                        s.seq >= {RECENT_FROM} AS recent,
                        {H1} AS h1, {H2} AS h2, {H3} AS h3, {H4} AS h4, {H5} AS h5, {H6} AS h6, {H7} AS h7, {H8} AS h8,
                        {H9} AS h9, {H10} AS h10, {H11} AS h11, {H12} AS h12, {H13} AS h13, {H14} AS h14, {H15} AS h15,
                        {H16} AS h16
                    FROM (SELECT seq, MD5(CONCAT('stored-a:', seq)) AS m1, MD5(CONCAT('stored-b:', seq)) AS m2,
                                 MD5(CONCAT('stored-c:', seq)) AS m3, MD5(CONCAT('stored-d:', seq)) AS m4
                          FROM seq_{A}_to_{B}) s
                ) x
            ) y
            JOIN {STAGE}.category_terms ct ON y.h1 % {WEIGHTS} >= ct.lo AND y.h1 % {WEIGHTS} < ct.hi"""
            .replace("{CONSEQUENCE}", elt("y.h3 DIV 4 % " + CONSEQUENCES.length, CONSEQUENCES))
            .replace("{REQUEST}", elt("y.h3 DIV 40000 % " + REQUESTS.length, REQUESTS))
            .replace("{STREET}", elt("x.h5 % " + CityLoad.STREETS.length, CityLoad.STREETS))
            .replace("{HOUSES}", Integer.toString(CityLoad.HOUSES))
            .replace("{BUILDINGS}", Integer.toString(CityLoad.BUILDINGS))
            .replace("{DISTRICT}", elt("x.h6 % " + CityLoad.DISTRICTS.length, CityLoad.DISTRICTS))
            .replace("{LAT_FROM}", number(CityLoad.LATITUDE_FROM)).replace("{LAT_SPAN}", number(CityLoad.LATITUDE_SPAN))
            .replace("{LON_FROM}", number(CityLoad.LONGITUDE_FROM)).replace("{LON_SPAN}", number(CityLoad.LONGITUDE_SPAN))
            .replace("{SURNAME}", elt("x.h6 DIV 6 % " + SURNAMES.length, SURNAMES))
            .replace("{TITLE}", elt("x.h6 DIV 60 % " + TITLES.length, TITLES))
            .replace("{MAIL_NAME}", elt("x.h10 DIV 100 % " + MAIL_NAMES.length, MAIL_NAMES))
            .replace("{MAIL_DOMAIN}", elt("x.h10 DIV 60000000 % " + MAIL_DOMAINS.length, MAIL_DOMAINS))
            .replace("{CASE_ID}", uuid("CONCAT('stored-case:', s.seq)"))
            .replace("{WEIGHTS}", Integer.toString(totalWeight()))
            .replace("{H1}", hash(1)).replace("{H2}", hash(2)).replace("{H3}", hash(3)).replace("{H4}", hash(4))
            .replace("{H5}", hash(5)).replace("{H6}", hash(6)).replace("{H7}", hash(7)).replace("{H8}", hash(8))
            .replace("{H9}", hash(9)).replace("{H10}", hash(10)).replace("{H11}", hash(11)).replace("{H12}", hash(12))
            .replace("{H13}", hash(13)).replace("{H14}", hash(14)).replace("{H15}", hash(15)).replace("{H16}", hash(16));

    /**
     * One case in twenty repeats the case before it (the same resident at the same place about the same
     * thing, a few words more, within six hours): intake linked it, so it is no chain head and has no keys.
     */
    private static final String STAGE_REPEATS = """
            UPDATE {STAGE}.stored_case d JOIN {STAGE}.stored_case o ON o.n = d.n - 1 AND o.recent = d.recent
            SET d.duplicate_of = o.id, d.category = o.category, d.kind = o.kind, d.address = o.address,
                d.district = o.district, d.latitude = o.latitude, d.longitude = o.longitude,
                d.contact_name = o.contact_name, d.phone = o.phone, d.email = o.email, d.attributes = o.attributes,
                d.description = CONCAT(o.description, '，至今还没有处理'), d.claim_s = o.claim_s, d.update_s = o.update_s,
                d.resolution_s = o.resolution_s, d.callback_s = o.callback_s,
                d.t_sub = LEAST(o.t_sub + 600 + d.h12 % 21600, IF(d.recent, {RECENT_END}, {OLD_END}))
            WHERE d.n % 20 = 7""";

    /**
     * Status and the time of each step. MariaDB assigns a single-table UPDATE's columns left to right,
     * so each line may use the ones before it. Each step follows the last by a share of its limit, and
     * by at most half the time left until now.
     */
    private static final String STAGE_TIMELINE = """
            UPDATE {STAGE}.stored_case SET
                tracking = CONCAT('GR-', YEAR(FROM_UNIXTIME(t_sub + 28800)), '-', {NUMBER_BASE} + n),
                status = IF(recent,
                    CASE WHEN h4 % 1000 < 400 THEN 'QUEUED' WHEN h4 % 1000 < 700 THEN 'CLAIMED'
                         WHEN h4 % 1000 < 880 THEN 'IN_PROGRESS' WHEN h4 % 1000 < 960 THEN 'RESOLVED' ELSE 'CLOSED' END,
                    CASE WHEN h4 % 1000 < 10 THEN 'CLAIMED' WHEN h4 % 1000 < 40 THEN 'IN_PROGRESS'
                         WHEN h4 % 1000 < 100 THEN 'RESOLVED' ELSE 'CLOSED' END),
                seq = CASE status WHEN 'QUEUED' THEN 1 WHEN 'CLAIMED' THEN 2 WHEN 'IN_PROGRESS' THEN 3
                                  WHEN 'RESOLVED' THEN 4 ELSE 5 END,
                t_route = t_sub + 1 + (h13 % 1500) * 1e-3,
                t_queue = t_route + 0.5 + (h13 DIV 1500 % 1000) * 1e-3,
                t_claim = IF(seq >= 2, t_queue + LEAST(claim_s * (0.05 + 0.75 * (h14 % 10007) / 10007e0),
                                                       ({T0} - t_queue) * 0.5), NULL),
                t_start = IF(seq >= 3, t_claim + 0.001 + LEAST(LEAST(update_s * 0.1, 3600) * (h14 DIV 10007 % 10009) / 10009e0,
                                                       ({T0} - t_claim) * 0.5), NULL),
                t_resolve = IF(seq >= 4, t_start + LEAST(LEAST(resolution_s, update_s) * (0.05 + 0.75 * (h15 % 10007) / 10007e0),
                                                         ({T0} - t_start) * 0.5), NULL),
                t_rate = IF(seq >= 5, t_resolve + LEAST(callback_s * (0.05 + 0.75 * (h15 DIV 10007 % 10009) / 10009e0),
                                                        ({T0} - t_resolve) * 0.5), NULL),
                t_close = IF(seq >= 5, t_rate + LEAST(1.1, ({T0} - t_rate) * 0.5), NULL),
                res_due = t_sub + resolution_s,
                outcome = IF(seq >= 4, IF(h4 DIV 1000 % 10 < 9, 'RESOLVED', 'PARTLY_RESOLVED'), NULL),
                rating = IF(seq = 5, IF(h4 DIV 10000 % 10 < 7, 'SATISFIED', 'BASICALLY_SATISFIED'), NULL)""";

    // ---------------------------------------------------------------- the services' tables

    /** Every insert of a chunk, by the table it fills (a table may appear twice: the key says which rows). */
    private Map<String, String> inserts() {
        Map<String, String> inserts = new LinkedHashMap<>();
        inserts.put(intake + ".grievance", INTAKE_GRIEVANCE);
        inserts.put(intake + ".status_update", INTAKE_STATUS_UPDATES);
        inserts.put(intake + ".grievance_evaluation", INTAKE_EVALUATIONS);
        inserts.put(intake + ".inbox_processed_event", INTAKE_INBOX);
        inserts.put(intake + ".outbox_event", INTAKE_OUTBOX);
        inserts.put(routing + ".case_submission", ROUTING_SUBMISSIONS);
        inserts.put(routing + ".placement", ROUTING_PLACEMENTS);
        inserts.put(routing + ".inbox_processed_event", ROUTING_INBOX);
        inserts.put(routing + ".outbox_event", ROUTING_OUTBOX);
        inserts.put(resolution + ".grievance_case", RESOLUTION_CASES);
        inserts.put(resolution + ".case_clock", RESOLUTION_CLOCKS);
        inserts.put(resolution + ".clock_warning", RESOLUTION_WARNINGS);
        inserts.put(resolution + ".queue_entry", RESOLUTION_QUEUE);
        inserts.put(resolution + ".audit_record", resolutionAudit());
        inserts.put(resolution + ".audit_record (deadline warnings)", resolutionWarningAudit());
        inserts.put(resolution + ".case_note", RESOLUTION_NOTES);
        inserts.put(resolution + ".resident_rating", RESOLUTION_RATINGS);
        inserts.put(resolution + ".inbox_processed_event", RESOLUTION_INBOX);
        inserts.put(resolution + ".outbox_event", RESOLUTION_STATUS_OUTBOX);
        inserts.put(resolution + ".outbox_event (case.overdue)", RESOLUTION_OVERDUE_OUTBOX);
        return inserts;
    }

    /**
     * The inserts in the groups that run side by side, each on its own connection and in its own
     * transaction: intake and routing; resolution's case, clocks, warnings, what the warnings wrote and its
     * inbox; resolution's trail, notes, ratings and status events.
     */
    private List<Map<String, String>> groups() {
        Map<String, String> all = inserts();
        List<Map<String, String>> groups = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        for (Map.Entry<String, String> insert : all.entrySet()) {
            String table = insert.getKey();
            int group = !table.startsWith(resolution + ".") ? 0
                    : table.endsWith("grievance_case") || table.endsWith("case_clock") || table.endsWith("clock_warning")
                            || table.endsWith("queue_entry")
                            || table.contains("(deadline warnings)") || table.contains("(case.overdue)")
                            || table.endsWith("inbox_processed_event") ? 1 : 2;
            groups.get(group).put(table, insert.getValue());
        }
        return groups;
    }

    /** When the case reached status step k (1 queued … 5 closed). */
    private static final String STEP_TIME = "CASE k.k WHEN 1 THEN s.t_queue WHEN 2 THEN s.t_claim WHEN 3 THEN s.t_start"
            + " WHEN 4 THEN s.t_resolve ELSE s.t_close END";
    private static final String LAST_CHANGE = STEP_TIME.replace("k.k", "s.seq");
    private static final String OUTCOME_ZH = "IF(s.outcome = 'RESOLVED', '问题已解决', '问题部分解决')";
    private static final String OUTCOME_EN = "IF(s.outcome = 'RESOLVED', 'Your problem has been solved',"
            + " 'Your problem has been partly solved')";
    private static final String COMMENT = "IF(s.rating = 'SATISFIED', '处理及时，谢谢', '基本解决了，希望以后多注意')";
    private static final String PROVISIONAL = "(s.seq <= 3 AND ct.horizon IS NOT NULL AND s.res_due > ct.horizon)";
    private static final String HANDLER = "IF(s.seq >= 2, ct.handler, NULL)";

    private static final String SUBMITTED_EVENT = uuid("CONCAT(s.id, ':grievance.submitted')");
    private static final String ROUTED_EVENT = uuid("CONCAT(s.id, ':grievance.routed')");
    private static final String ROUTED_AUDIT_EVENT = uuid("CONCAT(s.id, ':audit.routed')");
    private static final String EVALUATED_EVENT = uuid("CONCAT(s.id, ':grievance.evaluated')");
    private static final String RATED_AUDIT_EVENT = uuid("CONCAT(s.id, ':audit.rated')");
    private static final String STATUS_EVENT = uuid("CONCAT(s.id, ':case.status-changed:', k.k)");
    private static final String EVALUATION_ID = uuid("CONCAT(s.id, ':evaluation')");

    private static final String LOCATION_JSON = "JSON_OBJECT('address', s.address, 'district', s.district,"
            + " 'latitude', s.latitude, 'longitude', s.longitude)";
    private static final String CONTACT_JSON = "JSON_OBJECT('name', s.contact_name, 'phone', s.phone, 'email', s.email)";
    /** grievance.submitted's data, as intake writes it and routing keeps it. */
    private static final String SUBMITTED_JSON = "JSON_OBJECT('caseId', s.id, 'trackingNumber', s.tracking, 'kind', s.kind,"
            + " 'category', s.category, 'title', NULL, 'description', s.description, 'location', " + LOCATION_JSON + ","
            + " 'attributes', JSON_EXTRACT(COALESCE(s.attributes, '{}'), '$'), 'contact', " + CONTACT_JSON + ","
            + " 'anonymous', " + jsonFalse() + ", 'greenChannel', JSON_ARRAY(), 'preferredLanguage', 'zh-CN',"
            + " 'likelyDuplicateOf', s.duplicate_of, 'channel', s.channel, 'recordedBy', s.recorded_by,"
            + " 'submittedAt', " + iso("s.t_sub") + ")";

    private static final String INTAKE_GRIEVANCE = """
            INSERT INTO {INTAKE}.grievance (id, tracking_number, access_code_hash, kind, category, title, description,
                address, district, latitude, longitude, attributes, contact_name, contact_phone, contact_email, anonymous,
                green_channel, preferred_language, likely_duplicate_of, channel, recorded_by, status, status_text_zh,
                status_text_en, status_sequence, rated_round, department, submitted_at, updated_at, trace_id, version,
                resolution_due_at, resolution_due_provisional, split_from, address_key, geo_cell)
            SELECT STRAIGHT_JOIN s.id, s.tracking, SHA2(CONCAT(s.id, ':', LEFT(MD5(CONCAT('stored-code:', s.n)), 10)), 256), s.kind,
                s.category, NULL, s.description, s.address, s.district, s.latitude, s.longitude, s.attributes,
                s.contact_name, s.phone, s.email, FALSE, NULL, 'zh-CN', s.duplicate_of, s.channel, s.recorded_by,
                st.status, st.text_zh, st.text_en, s.seq, IF(s.seq = 5, 4, 0), ct.department, FROM_UNIXTIME(s.t_sub),
                FROM_UNIXTIME({LAST_CHANGE}), s.trace_id, s.seq + IF(s.seq = 5, 1, 0),
                IF(s.seq <= 3, FROM_UNIXTIME(s.res_due), NULL), {PROVISIONAL}, NULL,
                IF(s.duplicate_of IS NULL, LEFT(SHA2(s.address, 256), 16), NULL),
                IF(s.duplicate_of IS NULL, FLOOR((s.latitude + 90) * 1000) * 1000000 + FLOOR((s.longitude + 180) * 1000), NULL)
            FROM {STAGE}.stored_case s JOIN {STAGE}.category_terms ct ON ct.code = s.category
                JOIN {STAGE}.status_step st ON st.k = s.seq
            ORDER BY s.id"""
            .replace("{LAST_CHANGE}", LAST_CHANGE.replace("k.k", "s.seq")).replace("{PROVISIONAL}", PROVISIONAL);

    private static final String INTAKE_STATUS_UPDATES = """
            INSERT INTO {INTAKE}.status_update (grievance_id, status_sequence, status, status_text_zh, status_text_en,
                department, changed_at, outcome, outcome_text_zh, outcome_text_en, outcome_reason, where_else, note_kind,
                note_text)
            SELECT s.id, k.k, k.status, k.text_zh, k.text_en, ct.department, FROM_UNIXTIME({STEP_TIME}),
                IF(k.k >= 4, s.outcome, NULL), IF(k.k >= 4, {OUTCOME_ZH}, NULL), IF(k.k >= 4, {OUTCOME_EN}, NULL), NULL, NULL,
                IF(k.k = 4, 'RESOLUTION', NULL), IF(k.k = 4, ct.note, NULL)
            FROM {STAGE}.stored_case s JOIN {STAGE}.category_terms ct ON ct.code = s.category
                JOIN {STAGE}.status_step k ON k.k <= s.seq"""
            .replace("{STEP_TIME}", STEP_TIME).replace("{OUTCOME_ZH}", OUTCOME_ZH).replace("{OUTCOME_EN}", OUTCOME_EN);

    private static final String INTAKE_EVALUATIONS = """
            INSERT INTO {INTAKE}.grievance_evaluation (id, grievance_id, resolution_round, rating, comment, evaluated_at)
            SELECT {EVALUATION_ID}, s.id, 4, s.rating, {COMMENT}, FROM_UNIXTIME(s.t_rate)
            FROM {STAGE}.stored_case s WHERE s.seq = 5"""
            .replace("{EVALUATION_ID}", EVALUATION_ID).replace("{COMMENT}", COMMENT);

    private static final String INTAKE_INBOX = """
            INSERT INTO {INTAKE}.inbox_processed_event (consumer, event_id, event_type, processed_at)
            SELECT '{CONSUMER}', {STATUS_EVENT}, 'case.status-changed', FROM_UNIXTIME({STEP_TIME} + 0.05)
            FROM {STAGE}.stored_case s JOIN {STAGE}.status_step k ON k.k <= s.seq"""
            .replace("{CONSUMER}", INTAKE_CONSUMER).replace("{STATUS_EVENT}", STATUS_EVENT).replace("{STEP_TIME}", STEP_TIME);

    /** grievance.submitted, and for a closed case grievance.evaluated and the CASE_RATED audit event. */
    private static final String INTAKE_OUTBOX = outbox("{INTAKE}", "/intake-service", """
            SELECT s.*, e.k,
                CASE e.k WHEN 1 THEN s.t_sub WHEN 2 THEN s.t_rate ELSE s.t_rate + 0.012 END AS at,
                CASE e.k WHEN 1 THEN 'grievance.submitted' WHEN 2 THEN 'grievance.evaluated' ELSE 'audit.recorded' END AS type,
                CASE e.k WHEN 1 THEN {SUBMITTED_EVENT} WHEN 2 THEN {EVALUATED_EVENT} ELSE {RATED_AUDIT_EVENT} END AS event_id,
                CASE e.k WHEN 1 THEN {SUBMITTED_JSON}
                    WHEN 2 THEN JSON_OBJECT('caseId', s.id, 'trackingNumber', s.tracking, 'evaluationId', {EVALUATION_ID},
                        'resolutionRound', 4, 'rating', s.rating, 'comment', {COMMENT}, 'evaluatedAt', {RATE_ISO})
                    ELSE JSON_OBJECT('actor', 'resident', 'actorRole', 'resident', 'action', 'CASE_RATED', 'caseId', s.id,
                        'department', NULL, 'before', NULL, 'after', 'RESOLVED',
                        'detail', CONCAT('resident rated the resolution ', s.rating), 'occurredAt', {RATE_ISO}) END AS data
            FROM {STAGE}.stored_case s JOIN {STAGE}.status_step e ON e.k <= IF(s.seq = 5, 3, 1)"""
            .replace("{SUBMITTED_EVENT}", SUBMITTED_EVENT).replace("{EVALUATED_EVENT}", EVALUATED_EVENT)
            .replace("{RATED_AUDIT_EVENT}", RATED_AUDIT_EVENT).replace("{SUBMITTED_JSON}", SUBMITTED_JSON)
            .replace("{EVALUATION_ID}", EVALUATION_ID).replace("{COMMENT}", COMMENT)
            .replace("{RATE_ISO}", iso("s.t_rate")));

    private static final String ROUTING_SUBMISSIONS = """
            INSERT INTO {ROUTING}.case_submission (case_id, tracking_number, split_from, submission, trace_id, received_at)
            SELECT s.id, s.tracking, NULL, {SUBMITTED_JSON}, s.trace_id, FROM_UNIXTIME(s.t_route - 0.1)
            FROM {STAGE}.stored_case s ORDER BY s.id"""
            .replace("{SUBMITTED_JSON}", SUBMITTED_JSON);

    private static final String ROUTING_PLACEMENTS = """
            INSERT INTO {ROUTING}.placement (case_id, tracking_number, department_code, rule_id, rule_version, reason,
                priority, placed_by, placed_at, split_from)
            SELECT s.id, s.tracking, ct.department, ct.rule_id, ct.rule_version, ct.reason, 'NORMAL', 'routing-service',
                FROM_UNIXTIME(s.t_route), NULL
            FROM {STAGE}.stored_case s JOIN {STAGE}.category_terms ct ON ct.code = s.category""";

    private static final String ROUTING_INBOX = """
            INSERT INTO {ROUTING}.inbox_processed_event (consumer, event_id, event_type, processed_at)
            SELECT '{CONSUMER}', {SUBMITTED_EVENT}, 'grievance.submitted', FROM_UNIXTIME(s.t_route + 0.06)
            FROM {STAGE}.stored_case s"""
            .replace("{CONSUMER}", ROUTING_CONSUMER).replace("{SUBMITTED_EVENT}", SUBMITTED_EVENT);

    /** grievance.routed and the CASE_ROUTED audit event. */
    private static final String ROUTING_OUTBOX = outbox("{ROUTING}", "/routing-service", """
            SELECT s.*, e.k,
                IF(e.k = 1, s.t_route, s.t_route + 0.04) AS at,
                IF(e.k = 1, 'grievance.routed', 'audit.recorded') AS type,
                IF(e.k = 1, {ROUTED_EVENT}, {ROUTED_AUDIT_EVENT}) AS event_id,
                IF(e.k = 1,
                    JSON_OBJECT('caseId', s.id, 'trackingNumber', s.tracking, 'kind', s.kind, 'category', s.category,
                        'title', NULL, 'description', s.description, 'location', {LOCATION_JSON}, 'contact', {CONTACT_JSON},
                        'channel', s.channel, 'submittedAt', {SUB_ISO}, 'department', ct.department, 'ruleId', ct.rule_id,
                        'ruleVersion', ct.rule_version, 'reason', ct.reason, 'priority', 'NORMAL', 'routedAt', {ROUTE_ISO},
                        'splitFrom', NULL),
                    JSON_OBJECT('actor', 'routing-service', 'actorRole', 'system', 'action', 'CASE_ROUTED', 'caseId', s.id,
                        'department', ct.department, 'before', NULL, 'after', ct.department, 'detail', ct.reason,
                        'occurredAt', {ROUTE_ISO})) AS data
            FROM {STAGE}.stored_case s JOIN {STAGE}.category_terms ct ON ct.code = s.category
                JOIN {STAGE}.status_step e ON e.k <= 2"""
            .replace("{ROUTED_EVENT}", ROUTED_EVENT).replace("{ROUTED_AUDIT_EVENT}", ROUTED_AUDIT_EVENT)
            .replace("{LOCATION_JSON}", LOCATION_JSON).replace("{CONTACT_JSON}", CONTACT_JSON)
            .replace("{SUB_ISO}", iso("s.t_sub")).replace("{ROUTE_ISO}", iso("s.t_route")));

    private static final String RESOLUTION_CASES = """
            INSERT INTO {RESOLUTION}.grievance_case (id, tracking_number, department, kind, category, title, description,
                address, district, contact_name, contact_phone, contact_email, priority, status, status_sequence, handler,
                resolution_note, outcome, outcome_reason, where_else, duplicate_of, waiting_until, routing_rule_id,
                routing_reason, submitted_at, queued_at, claimed_at, resolved_at, resolution_round, closed_at, reopen_count,
                return_count, trace_id, version, resolution_due_at, resolution_due_provisional, split_from)
            SELECT STRAIGHT_JOIN s.id, s.tracking, ct.department, s.kind, s.category, NULL, s.description, s.address, s.district,
                s.contact_name, s.phone, s.email, 'NORMAL', st.status, s.seq, {HANDLER}, IF(s.seq >= 4, ct.note, NULL),
                s.outcome, NULL, NULL, NULL, NULL, ct.rule_id, ct.reason, FROM_UNIXTIME(s.t_sub), FROM_UNIXTIME(s.t_queue),
                FROM_UNIXTIME(s.t_claim), FROM_UNIXTIME(s.t_resolve), IF(s.seq >= 4, 4, NULL), FROM_UNIXTIME(s.t_close), 0, 0,
                s.trace_id, s.seq, IF(s.seq <= 3, FROM_UNIXTIME(s.res_due), NULL), {PROVISIONAL}, NULL
            FROM {STAGE}.stored_case s JOIN {STAGE}.category_terms ct ON ct.code = s.category
                JOIN {STAGE}.status_step st ON st.k = s.seq
            ORDER BY s.id"""
            .replace("{HANDLER}", HANDLER).replace("{PROVISIONAL}", PROVISIONAL);

    /**
     * The clocks as ClockBook leaves them: slot 1 CLAIM (from queueing), 2 RESOLUTION (from submission),
     * 3 UPDATE (from the claim), 4 UPDATE (from the start), 5 CALLBACK (from the resolution); a case has
     * one more than its status step, at most five. A clock that ended passed the warning points before its
     * end (the scanner raised them then); a running one is warned for every point before now + GUARD, and
     * checks next at the first point after it.
     */
    private static final String STAGE_CLOCKS = """
            INSERT INTO {STAGE}.stored_clock (case_id, k, kind, department, calendar_code, amount, unit, st, due, yellow, ended,
                yr, rr)
            SELECT w.case_id, w.k, w.kind, w.department, w.calendar_code, w.amount, w.unit, w.st, w.due, w.yellow, w.ended,
                w.yr, w.rr
            FROM (
                SELECT c.*, IF(c.ended IS NULL, c.yellow <= {T0G}, c.yellow < c.ended) AS yr,
                    IF(c.ended IS NULL, c.due <= {T0G}, c.due < c.ended) AS rr
                FROM (
                    SELECT b.*, b.st + {YELLOW} * (b.due - b.st) AS yellow
                    FROM (
                        SELECT s.id AS case_id, k.k, ct.department, ct.calendar_code, k.kind,
                            CASE k.k WHEN 1 THEN ct.claim_amount WHEN 2 THEN ct.resolution_amount WHEN 5 THEN ct.callback_amount
                                     ELSE ct.update_amount END AS amount,
                            CASE k.k WHEN 1 THEN ct.claim_unit WHEN 2 THEN ct.resolution_unit WHEN 5 THEN ct.callback_unit
                                     ELSE ct.update_unit END AS unit,
                            CASE k.k WHEN 1 THEN s.t_queue WHEN 2 THEN s.t_sub WHEN 3 THEN s.t_claim WHEN 4 THEN s.t_start
                                     ELSE s.t_resolve END AS st,
                            CASE k.k WHEN 1 THEN s.t_queue + s.claim_s WHEN 2 THEN s.res_due WHEN 3 THEN s.t_claim + s.update_s
                                     WHEN 4 THEN s.t_start + s.update_s ELSE s.t_resolve + s.callback_s END AS due,
                            CASE k.k WHEN 1 THEN s.t_claim WHEN 2 THEN s.t_resolve WHEN 3 THEN s.t_start WHEN 4 THEN s.t_resolve
                                     ELSE s.t_close END AS ended
                        FROM {STAGE}.stored_case s JOIN {STAGE}.category_terms ct ON ct.code = s.category
                            JOIN {STAGE}.clock_slot k ON k.k <= LEAST(s.seq + 1, 5)
                    ) b
                ) c
            ) w"""
            .replace("{YELLOW}", number(YELLOW_SHARE));

    /** Every warning point a stored clock passed (or passes before now + GUARD), raised by the scanner's next round. */
    private static final String STAGE_WARNINGS = """
            INSERT INTO {STAGE}.stored_warning (case_id, k, level, kind, department, st, due, raised)
            SELECT c.case_id, c.k, l.level, c.kind, c.department, c.st, c.due,
                LEAST(IF(l.level = 'YELLOW', c.yellow, c.due) + 15, {T0})
            FROM {STAGE}.stored_clock c JOIN (SELECT 'YELLOW' AS level UNION ALL SELECT 'RED') l
                ON l.level = 'YELLOW' AND c.yr OR l.level = 'RED' AND c.rr""";

    /**
     * The clocks as ClockBook leaves them: slot 1 CLAIM (from queueing), 2 RESOLUTION (from submission),
     * 3 UPDATE (from the claim), 4 UPDATE (from the start), 5 CALLBACK (from the resolution); a case has
     * one more than its status step, at most five. A clock that ended passed the warning points before its
     * end (the scanner raised them then); a running one is warned for every point before now + GUARD, and
     * checks next at the first point after it.
     */
    private static final String RESOLUTION_CLOCKS = """
            INSERT INTO {RESOLUTION}.case_clock (case_id, department, kind, state, calendar_code, limit_amount, limit_unit,
                started_at, due_at, original_due_at, deadline_period, yellow_at, paused_at, pauses, ended_at, yellow_raised,
                red_raised, next_check_at, version)
            SELECT w.case_id, w.department, w.kind, IF(w.ended IS NULL, 'RUNNING', 'MET'), w.calendar_code, w.amount, w.unit,
                FROM_UNIXTIME(w.st), FROM_UNIXTIME(w.due), FROM_UNIXTIME(w.due), 0, FROM_UNIXTIME(w.yellow), NULL, '',
                FROM_UNIXTIME(w.ended), w.yr, w.rr,
                IF(w.ended IS NULL, CASE WHEN NOT w.yr THEN FROM_UNIXTIME(w.yellow) WHEN NOT w.rr THEN FROM_UNIXTIME(w.due) END,
                   NULL),
                IF(w.ended IS NULL, 0, 1) + w.yr + w.rr
            FROM {STAGE}.stored_clock w""";

    /**
     * The work-list entries of the queued, claimed and started cases, as QueueEntries keeps them: the
     * holder (none while queued), the card and the nearest due time of their live clocks (stored cases
     * are all of normal priority).
     */
    private static final String RESOLUTION_QUEUE = """
            INSERT INTO {RESOLUTION}.queue_entry (case_id, department, handler, card_rank, priority_rank, next_due_at,
                queued_at)
            SELECT s.id, ct.department, {HANDLER}, 2 - MAX(IF(w.rr, 2, IF(w.yr, 1, 0))), 2, FROM_UNIXTIME(MIN(w.due)),
                FROM_UNIXTIME(s.t_queue)
            FROM {STAGE}.stored_case s JOIN {STAGE}.category_terms ct ON ct.code = s.category
                JOIN {STAGE}.stored_clock w ON w.case_id = s.id AND w.ended IS NULL
            WHERE s.seq <= 3
            GROUP BY s.id, ct.department, ct.handler, s.seq, s.t_queue""".replace("{HANDLER}", HANDLER);

    /**
     * The warnings, each with its clock's id: only the warned clocks are looked up (by case, kind and start).
     * The index is forced: the statistics of case_clock are those of the near-empty table the fill began
     * with (a case seemed to have tens of thousands of clocks), and with them the optimiser scanned the
     * whole table for every chunk.
     */
    private static final String RESOLUTION_WARNINGS = """
            INSERT INTO {RESOLUTION}.clock_warning (clock_id, case_id, department, kind, level, deadline_period, due_at,
                raised_at)
            SELECT STRAIGHT_JOIN c.id, w.case_id, w.department, w.kind, w.level, 0, FROM_UNIXTIME(w.due),
                FROM_UNIXTIME(w.raised)
            FROM {STAGE}.stored_warning w JOIN {RESOLUTION}.case_clock c FORCE INDEX (idx_clock_case)
                ON c.case_id = w.case_id AND c.kind = w.kind AND c.started_at = FROM_UNIXTIME(w.st)""";

    /**
     * The case's own trail, step a: 1 submitted, 2 routed, 3 queued, 4 claimed, 5 the holder's view of the
     * contact details, 6 in progress, 7 resolved, 8 rated, 9 closed. Without a column list: MariaDB 11.4.5
     * fills every row after the first with NULLs when a multi-row INSERT … SELECT into audit_record (which
     * has triggers) names its columns (V8's comment); so the values come in the table's own column order.
     */
    private String resolutionAudit() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", "NULL");
        values.put("occurred_at", "FROM_UNIXTIME(CASE a.k WHEN 1 THEN s.t_sub WHEN 2 THEN s.t_route WHEN 3 THEN s.t_queue + 0.016"
                + " WHEN 4 THEN s.t_claim WHEN 5 THEN s.t_claim + 0.017 WHEN 6 THEN s.t_start WHEN 7 THEN s.t_resolve"
                + " WHEN 8 THEN s.t_rate + 0.012 ELSE s.t_close + 0.004 END)");
        values.put("actor", "CASE WHEN a.k = 1 THEN COALESCE(s.recorded_by, 'resident') WHEN a.k <= 3 THEN 'routing-service'"
                + " WHEN a.k <= 7 THEN ct.handler ELSE 'resident' END");
        values.put("actor_role", "CASE WHEN a.k = 1 THEN IF(s.recorded_by IS NULL, 'resident', 'operator')"
                + " WHEN a.k <= 3 THEN 'system' WHEN a.k <= 7 THEN 'handler' ELSE 'resident' END");
        values.put("action", "ELT(a.k, 'CASE_SUBMITTED', 'CASE_ROUTED', 'CASE_QUEUED', 'CASE_CLAIMED', 'CONTACT_VIEWED',"
                + " 'CASE_IN_PROGRESS', 'CASE_RESOLVED', 'CASE_RATED', 'CASE_CLOSED')");
        values.put("case_id", "s.id");
        values.put("department", "IF(a.k IN (1, 8), NULL, ct.department)");
        values.put("before_value", "ELT(a.k, NULL, NULL, NULL, 'QUEUED', NULL, 'CLAIMED', 'IN_PROGRESS', NULL, 'RESOLVED')");
        values.put("after_value", "ELT(a.k, 'SUBMITTED', ct.department, 'QUEUED', 'CLAIMED', NULL, 'IN_PROGRESS', 'RESOLVED',"
                + " 'RESOLVED', 'CLOSED')");
        values.put("detail", "ELT(a.k, CONCAT(s.kind, ' ', s.tracking, ' via ', s.channel), ct.reason, ct.reason, NULL,"
                + " 'case with the resident''s contact details', NULL, CONCAT(s.outcome, ': ', ct.note),"
                + " CONCAT('resident rated the resolution ', s.rating), " + COMMENT + ")");
        values.put("trace_id", "s.trace_id");
        return "INSERT INTO {RESOLUTION}.audit_record SELECT " + inColumnOrder(values)
                + " FROM {STAGE}.stored_case s JOIN {STAGE}.category_terms ct ON ct.code = s.category"
                + " JOIN {STAGE}.audit_step a ON a.k <= ELT(s.seq, 3, 5, 6, 7, 9)";
    }

    /** DEADLINE_YELLOW and DEADLINE_RED for each stored warning, as Warnings.raise writes them. */
    private String resolutionWarningAudit() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", "NULL");
        values.put("occurred_at", "FROM_UNIXTIME(w.raised)");
        values.put("actor", "'deadline-scanner'");
        values.put("actor_role", "'system'");
        values.put("action", "IF(w.level = 'RED', 'DEADLINE_RED', 'DEADLINE_YELLOW')");
        values.put("case_id", "s.id");
        values.put("department", "w.department");
        values.put("before_value", "w.kind");
        values.put("after_value", "w.level");
        values.put("detail", "CONCAT(w.kind, ' clock ', IF(w.level = 'RED', 'breached', 'has used its warning share of the time'),"
                + " ': due ', " + iso("w.due") + ")");
        values.put("trace_id", "s.trace_id");
        return "INSERT INTO {RESOLUTION}.audit_record SELECT " + inColumnOrder(values)
                + " FROM {STAGE}.stored_warning w JOIN {STAGE}.stored_case s ON s.id = w.case_id";
    }

    private static final String RESOLUTION_NOTES = """
            INSERT INTO {RESOLUTION}.case_note (case_id, kind, text, visible_to_resident, status_sequence, author, author_role,
                written_at)
            SELECT s.id, 'RESOLUTION', ct.note, TRUE, 4, ct.handler, 'handler', FROM_UNIXTIME(s.t_resolve)
            FROM {STAGE}.stored_case s JOIN {STAGE}.category_terms ct ON ct.code = s.category
            WHERE s.seq >= 4""";

    private static final String RESOLUTION_RATINGS = """
            INSERT INTO {RESOLUTION}.resident_rating (id, case_id, resolution_round, rating, comment, rated_at)
            SELECT {EVALUATION_ID}, s.id, 4, s.rating, {COMMENT}, FROM_UNIXTIME(s.t_rate)
            FROM {STAGE}.stored_case s WHERE s.seq = 5"""
            .replace("{EVALUATION_ID}", EVALUATION_ID).replace("{COMMENT}", COMMENT);

    /** grievance.submitted (the audit trail's first entry), CASE_ROUTED's audit event, grievance.routed; when closed, the rating's two. */
    private static final String RESOLUTION_INBOX = """
            INSERT INTO {RESOLUTION}.inbox_processed_event (consumer, event_id, event_type, processed_at)
            SELECT '{CONSUMER}',
                ELT(e.k, {SUBMITTED_EVENT}, {ROUTED_AUDIT_EVENT}, {ROUTED_EVENT}, {RATED_AUDIT_EVENT}, {EVALUATED_EVENT}),
                ELT(e.k, 'grievance.submitted', 'audit.recorded', 'grievance.routed', 'audit.recorded', 'grievance.evaluated'),
                FROM_UNIXTIME(ELT(e.k, s.t_sub + 0.3, s.t_route + 0.1, s.t_queue + 0.05, s.t_rate + 0.05, s.t_close + 0.02))
            FROM {STAGE}.stored_case s JOIN {STAGE}.status_step e ON e.k <= IF(s.seq = 5, 5, 3)"""
            .replace("{CONSUMER}", RESOLUTION_CONSUMER).replace("{SUBMITTED_EVENT}", SUBMITTED_EVENT)
            .replace("{ROUTED_AUDIT_EVENT}", ROUTED_AUDIT_EVENT).replace("{ROUTED_EVENT}", ROUTED_EVENT)
            .replace("{RATED_AUDIT_EVENT}", RATED_AUDIT_EVENT).replace("{EVALUATED_EVENT}", EVALUATED_EVENT);

    /** case.status-changed of each step, as CaseworkService.emitStatus writes it. */
    private static final String RESOLUTION_STATUS_OUTBOX = outbox("{RESOLUTION}", "/resolution-service", """
            SELECT s.*, k.k, {STEP_TIME} + 0.03 AS at, 'case.status-changed' AS type, {STATUS_EVENT} AS event_id,
                JSON_OBJECT('caseId', s.id, 'trackingNumber', s.tracking, 'sequence', k.k, 'status', k.status,
                    'statusText', JSON_OBJECT('zh', k.text_zh, 'en', k.text_en), 'department', ct.department,
                    'changedAt', {STEP_ISO}, 'outcome', IF(k.k >= 4, s.outcome, NULL),
                    'outcomeText', {OUTCOME_TEXT}, 'reason', NULL, 'whereElse', NULL, 'note', {NOTE},
                    'resolutionDueAt', IF(k.k <= 3, {DUE_ISO}, NULL), 'splitFrom', NULL,
                    'resolutionDueProvisional', {FALSE}) AS data
            FROM {STAGE}.stored_case s JOIN {STAGE}.category_terms ct ON ct.code = s.category
                JOIN {STAGE}.status_step k ON k.k <= s.seq"""
            .replace("{STEP_TIME}", STEP_TIME).replace("{STATUS_EVENT}", STATUS_EVENT)
            .replace("{STEP_ISO}", iso(STEP_TIME)).replace("{DUE_ISO}", iso("s.res_due"))
            .replace("{OUTCOME_TEXT}", jsonIf("k.k >= 4", "JSON_OBJECT('zh', " + OUTCOME_ZH + ", 'en', " + OUTCOME_EN + ")"))
            .replace("{NOTE}", jsonIf("k.k = 4", "JSON_OBJECT('kind', 'RESOLUTION', 'text', ct.note)"))
            .replace("{FALSE}", jsonFalse()));

    /** case.overdue of each stored warning, as Warnings.raise writes it. */
    private static final String RESOLUTION_OVERDUE_OUTBOX = outbox("{RESOLUTION}", "/resolution-service", """
            SELECT s.*, w.k AS k, w.raised + 0.002 AS at, 'case.overdue' AS type, {OVERDUE_EVENT} AS event_id,
                JSON_OBJECT('caseId', s.id, 'trackingNumber', s.tracking, 'department', w.department,
                    'handler', IF(w.kind = 'CLAIM', NULL, ct.handler), 'priority', 'NORMAL', 'clock', w.kind,
                    'level', w.level, 'period', 0, 'startedAt', {ST_ISO}, 'dueAt', {DUE_ISO}, 'originalDueAt', {DUE_ISO},
                    'raisedAt', {RAISED_ISO}) AS data
            FROM {STAGE}.stored_warning w JOIN {STAGE}.stored_case s ON s.id = w.case_id
                JOIN {STAGE}.category_terms ct ON ct.code = s.category"""
            .replace("{OVERDUE_EVENT}", uuid("CONCAT(s.id, ':case.overdue:', w.k, ':', w.level)"))
            .replace("{ST_ISO}", iso("w.st")).replace("{DUE_ISO}", iso("w.due")).replace("{RAISED_ISO}", iso("w.raised")));

    /**
     * Published outbox rows of the events {@code events} lists (columns: the stored case's, plus {@code at},
     * {@code type}, {@code event_id} and {@code data}), as CloudEvents, when they are younger than the
     * relay's retention less GUARD.
     */
    private static String outbox(String database, String source, String events) {
        return """
                INSERT INTO {DB}.outbox_event (event_id, topic, message_key, event_type, payload, created_at, published_at)
                SELECT v.event_id, v.type, v.id, v.type,
                    JSON_OBJECT('specversion', '1.0', 'id', v.event_id, 'source', '{SOURCE}', 'type', v.type, 'subject', v.id,
                        'time', {AT_ISO}, 'datacontenttype', 'application/json', 'traceid', v.trace_id, 'data', JSON_EXTRACT(v.data, '$')),
                    FROM_UNIXTIME(v.at), FROM_UNIXTIME(v.at + 0.05)
                FROM ({EVENTS}) v
                WHERE v.at > {KEEP}"""
                .replace("{DB}", database).replace("{SOURCE}", source).replace("{AT_ISO}", iso("v.at"))
                .replace("{EVENTS}", events);
    }

    // ---------------------------------------------------------------- staging

    private void createStagingTables() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE {STAGE}.category_terms (
                        code VARCHAR(64) PRIMARY KEY, lo INT NOT NULL, hi INT NOT NULL,
                        department VARCHAR(64) NOT NULL, handler VARCHAR(64) NOT NULL, rule_id BIGINT NOT NULL,
                        rule_version INT NOT NULL, reason VARCHAR(500) NOT NULL, calendar_code VARCHAR(32) NOT NULL,
                        horizon DECIMAL(16, 6) NULL,
                        claim_amount INT NOT NULL, claim_unit VARCHAR(20) NOT NULL, update_amount INT NOT NULL,
                        update_unit VARCHAR(20) NOT NULL, resolution_amount INT NOT NULL, resolution_unit VARCHAR(20) NOT NULL,
                        callback_amount INT NOT NULL, callback_unit VARCHAR(20) NOT NULL,
                        claim_s DECIMAL(16, 6) NOT NULL, update_s DECIMAL(16, 6) NOT NULL,
                        resolution_s DECIMAL(16, 6) NOT NULL, callback_s DECIMAL(16, 6) NOT NULL,
                        p1 VARCHAR(100) NOT NULL, p2 VARCHAR(100) NOT NULL, p3 VARCHAR(100) NOT NULL, p4 VARCHAR(100) NOT NULL,
                        note VARCHAR(200) NOT NULL)""".replace("{STAGE}", STAGE));
            statement.execute("""
                    CREATE TABLE {STAGE}.status_step (k INT PRIMARY KEY, status VARCHAR(20) NOT NULL,
                        text_zh VARCHAR(200) NOT NULL, text_en VARCHAR(200) NOT NULL)""".replace("{STAGE}", STAGE));
            statement.execute("CREATE TABLE " + STAGE + ".clock_slot (k INT PRIMARY KEY, kind VARCHAR(20) NOT NULL)");
            statement.execute("CREATE TABLE " + STAGE + ".audit_step (k INT PRIMARY KEY)");
            statement.execute("""
                    CREATE TABLE {STAGE}.stored_case_0 (
                        n BIGINT NOT NULL, id CHAR(36) NOT NULL, trace_id CHAR(32) NOT NULL, tracking VARCHAR(20) NULL,
                        recent BOOLEAN NOT NULL,
                        h2 BIGINT NOT NULL, h3 BIGINT NOT NULL, h4 BIGINT NOT NULL, h11 BIGINT NOT NULL, h12 BIGINT NOT NULL,
                        h13 BIGINT NOT NULL, h14 BIGINT NOT NULL, h15 BIGINT NOT NULL,
                        category VARCHAR(64) NOT NULL, kind VARCHAR(20) NOT NULL, channel VARCHAR(20) NOT NULL,
                        recorded_by VARCHAR(64) NULL, description VARCHAR(1000) NOT NULL, address VARCHAR(200) NOT NULL,
                        district VARCHAR(64) NOT NULL, latitude DECIMAL(9, 6) NOT NULL, longitude DECIMAL(9, 6) NOT NULL,
                        contact_name VARCHAR(100) NOT NULL, phone VARCHAR(32) NOT NULL, email VARCHAR(254) NULL,
                        attributes VARCHAR(200) NULL, duplicate_of CHAR(36) NULL,
                        claim_s DECIMAL(16, 6) NOT NULL, update_s DECIMAL(16, 6) NOT NULL, resolution_s DECIMAL(16, 6) NOT NULL,
                        callback_s DECIMAL(16, 6) NOT NULL,
                        status VARCHAR(20) NULL, seq INT NULL,
                        t_sub DECIMAL(16, 6) NOT NULL, t_route DECIMAL(16, 6) NULL, t_queue DECIMAL(16, 6) NULL,
                        t_claim DECIMAL(16, 6) NULL, t_start DECIMAL(16, 6) NULL, t_resolve DECIMAL(16, 6) NULL,
                        t_rate DECIMAL(16, 6) NULL, t_close DECIMAL(16, 6) NULL, res_due DECIMAL(16, 6) NULL,
                        outcome VARCHAR(20) NULL, rating VARCHAR(20) NULL,
                        -- in case id order, as the random-keyed tables want their rows: no sort before each insert
                        PRIMARY KEY (id), UNIQUE KEY (n)
                    )""".replace("{STAGE}", STAGE));
            statement.execute("""
                    CREATE TABLE {STAGE}.stored_clock_0 (
                        case_id CHAR(36) NOT NULL, k INT NOT NULL, kind VARCHAR(20) NOT NULL, department VARCHAR(64) NOT NULL,
                        calendar_code VARCHAR(32) NOT NULL, amount INT NOT NULL, unit VARCHAR(20) NOT NULL,
                        st DECIMAL(16, 6) NOT NULL, due DECIMAL(16, 6) NOT NULL, yellow DECIMAL(16, 6) NOT NULL,
                        ended DECIMAL(16, 6) NULL, yr BOOLEAN NOT NULL, rr BOOLEAN NOT NULL,
                        PRIMARY KEY (case_id, k)
                    )""".replace("{STAGE}", STAGE));
            statement.execute("""
                    CREATE TABLE {STAGE}.stored_warning_0 (
                        case_id CHAR(36) NOT NULL, k INT NOT NULL, level VARCHAR(10) NOT NULL, kind VARCHAR(20) NOT NULL,
                        department VARCHAR(64) NOT NULL, st DECIMAL(16, 6) NOT NULL, due DECIMAL(16, 6) NOT NULL,
                        raised DECIMAL(16, 6) NOT NULL,
                        PRIMARY KEY (case_id, k, level)
                    )""".replace("{STAGE}", STAGE));
            for (String table : List.of("stored_case", "stored_clock", "stored_warning")) {
                statement.execute("CREATE TABLE " + STAGE + "." + table + "_1 LIKE " + STAGE + "." + table + "_0");
            }
        }
        try (PreparedStatement step = connection.prepareStatement("INSERT INTO " + STAGE + ".status_step VALUES (?, ?, ?, ?)")) {
            for (int k = 0; k < STEPS.length; k++) {
                step.setInt(1, k + 1);
                step.setString(2, STEPS[k][0]);
                step.setString(3, STEPS[k][1]);
                step.setString(4, STEPS[k][2]);
                step.addBatch();
            }
            step.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + STAGE + ".clock_slot VALUES (1, 'CLAIM'), (2, 'RESOLUTION'), (3, 'UPDATE'),"
                    + " (4, 'UPDATE'), (5, 'CALLBACK')");
            statement.execute("INSERT INTO " + STAGE + ".audit_step SELECT seq FROM seq_1_to_9");
        }
    }

    /**
     * What each category of the catalogue is held to, from the services' own seed data: intake's published
     * categories, routing's first matching rule (by priority, on the category alone) and its department,
     * resolution's commitment as CommitmentRepository.applicableTo chooses it, and its calendar's horizon.
     */
    private void loadCategoryTerms() throws SQLException {
        List<Object[]> wanted = new ArrayList<>();
        for (Object[] category : CATEGORIES) {
            if (published((String) category[0])) {
                wanted.add(category);
            }
        }
        int lo = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + STAGE + ".category_terms VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] category : wanted) {
                String code = (String) category[0];
                int weight = (Integer) category[1];
                Rule rule = ruleFor(code);
                Commitment commitment = commitmentFor(rule.department(), code);
                Calendar calendar = calendar(commitment.calendar());
                int i = 1;
                insert.setString(i++, code);
                insert.setInt(i++, lo);
                insert.setInt(i++, lo + weight);
                insert.setString(i++, rule.department());
                insert.setString(i++, "handler." + rule.department().split("-")[0]);
                insert.setLong(i++, rule.id());
                insert.setInt(i++, rule.version());
                // RuleBook's reason, with PriorityPolicy's words for a case of normal priority
                insert.setString(i++, "rule %d v%d (priority %d) matched category '%s': %s; priority NORMAL (no urgent keyword,"
                        .formatted(rule.id(), rule.version(), rule.priority(), code, rule.description())
                        + " no green-channel reason)");
                insert.setString(i++, commitment.calendar());
                if (calendar.horizon() == null) {
                    insert.setNull(i++, java.sql.Types.DECIMAL);
                } else {
                    // the end of the last confirmed day in the city's time
                    insert.setDouble(i++, calendar.horizon().plusDays(1).atStartOfDay(CITY).toEpochSecond());
                }
                for (int limit = 0; limit < 4; limit++) {
                    insert.setInt(i++, commitment.amounts()[limit]);
                    insert.setString(i++, commitment.units()[limit]);
                }
                for (int limit = 0; limit < 4; limit++) {
                    insert.setDouble(i++, calendarSeconds(commitment.amounts()[limit], commitment.units()[limit],
                            calendar.roundTheClock()));
                }
                for (int phrase = 2; phrase <= 5; phrase++) {
                    insert.setString(i++, (String) category[phrase]);
                }
                insert.setString(i, (String) category[6]);
                insert.addBatch();
                lo += weight;
            }
            insert.executeBatch();
        }
        if (lo != totalWeight()) {
            throw new IllegalStateException("some categories of the benchmark are not in intake's catalogue: weights "
                    + lo + " of " + totalWeight());
        }
    }

    private static int totalWeight() {
        int total = 0;
        for (Object[] category : CATEGORIES) {
            total += (Integer) category[1];
        }
        return total;
    }

    private boolean published(String category) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT active FROM " + intake + ".service_category WHERE code = ?")) {
            query.setString(1, category);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || !row.getBoolean(1)) {
                    throw new IllegalStateException("intake publishes no category " + category);
                }
                return true;
            }
        }
    }

    private record Rule(long id, int version, int priority, String department, String description) {
    }

    private Rule ruleFor(String category) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT r.id, r.version, r.priority, r.department_code, r.description
                FROM %s.routing_rule r JOIN %s.department d ON d.code = r.department_code
                WHERE r.active AND d.active AND d.districts IS NULL AND r.category = ? AND r.kind IS NULL
                  AND r.keywords IS NULL AND r.district IS NULL AND r.green_channel IS NULL AND r.channel IS NULL
                ORDER BY r.priority LIMIT 1""".formatted(routing, routing))) {
            query.setString(1, category);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no routing rule places category " + category + " by itself");
                }
                return new Rule(row.getLong(1), row.getInt(2), row.getInt(3), row.getString(4), row.getString(5));
            }
        }
    }

    private record Commitment(String calendar, int[] amounts, String[] units) {
    }

    /** The department's commitment for the category, else its default, else the city's for the category, else the city's default. */
    private Commitment commitmentFor(String department, String category) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT calendar_code, claim_amount, claim_unit, update_amount, update_unit, resolution_amount, resolution_unit,
                       callback_amount, callback_unit
                FROM %s.service_commitment WHERE department IN (?, '*') AND category IN (?, '')
                ORDER BY department = '*', category = '' LIMIT 1""".formatted(resolution))) {
            query.setString(1, department);
            query.setString(2, category);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no service commitment applies to " + department + "/" + category);
                }
                int[] amounts = new int[4];
                String[] units = new String[4];
                for (int limit = 0; limit < 4; limit++) {
                    amounts[limit] = row.getInt(2 + 2 * limit);
                    units[limit] = row.getString(3 + 2 * limit);
                }
                return new Commitment(row.getString(1), amounts, units);
            }
        }
    }

    private record Calendar(boolean roundTheClock, LocalDate horizon) {
    }

    private Calendar calendar(String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT round_the_clock, holidays_confirmed_through FROM " + resolution + ".business_calendar WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no business calendar " + code);
                }
                java.sql.Date horizon = row.getDate(2);
                return new Calendar(row.getBoolean(1), horizon == null ? null : horizon.toLocalDate());
            }
        }
    }

    /** A limit in calendar seconds, roughly: see the class comment. */
    static double calendarSeconds(int amount, String unit, boolean roundTheClock) {
        double perWorkingHour = roundTheClock ? 1 : CALENDAR_HOURS_PER_WORKING_HOUR;
        return switch (unit) {
            case "CALENDAR_HOURS" -> amount * 3600.0;
            case "WORKING_MINUTES" -> amount * 60.0 * perWorkingHour;
            case "WORKING_HOURS" -> amount * 3600.0 * perWorkingHour;
            // round the clock, n working days end at midnight after the n-th following day
            case "WORKING_DAYS" -> roundTheClock ? (amount + 0.5) * 86_400.0 : amount * 86_400.0 * 7 / 5;
            default -> throw new IllegalStateException("unknown time limit unit " + unit);
        };
    }

    private List<String> columnsOf(String database, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?
                ORDER BY ordinal_position""")) {
            query.setString(1, database);
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    /** The values in audit_record's column order; a column this class does not know fails loudly. */
    private String inColumnOrder(Map<String, String> values) {
        if (!new java.util.HashSet<>(auditColumns).equals(values.keySet())) {
            throw new IllegalStateException("audit_record has columns " + auditColumns + "; StoredCases writes "
                    + values.keySet() + ": teach it the new ones");
        }
        return auditColumns.stream().map(values::get).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- SQL pieces

    /** 32 bits of the case's hashes: 1–4 from its first MD5, 5–8 from the second, and so on. */
    private static String hash(int k) {
        int md5 = (k - 1) / 4 + 1;
        int part = (k - 1) % 4;
        return "CAST(CONV(SUBSTR(m" + md5 + ", " + (1 + 8 * part) + ", 8), 16, 10) AS UNSIGNED)";
    }

    /** A UUID-shaped id (8-4-4-4-12 hex digits) from the MD5 of {@code expression}: as random in order as real ids. */
    private static String uuid(String expression) {
        return "INSERT(INSERT(INSERT(INSERT(MD5(" + expression + "), 9, 0, '-'), 14, 0, '-'), 19, 0, '-'), 24, 0, '-')";
    }

    /** An Instant as Jackson writes it (ISO-8601 in UTC, here to the microsecond) from epoch seconds. */
    private static String iso(String epochSeconds) {
        return "DATE_FORMAT(FROM_UNIXTIME(" + epochSeconds + "), '%Y-%m-%dT%H:%i:%s.%fZ')";
    }

    /** JSON false (MariaDB writes SQL FALSE as 0). */
    private static String jsonFalse() {
        return "JSON_EXTRACT('false', '$')";
    }

    /** The JSON value when the condition holds, else JSON null; re-read, so JSON_OBJECT nests it as JSON, not a string. */
    private static String jsonIf(String condition, String json) {
        return "JSON_EXTRACT(IF(" + condition + ", " + json + ", 'null'), '$')";
    }

    /** {@code ELT(1 + index, …)} over SQL string literals. */
    private static String elt(String index, String[] values) {
        StringBuilder sql = new StringBuilder("ELT(1 + ").append(index);
        for (String value : values) {
            sql.append(", '").append(value.replace("'", "''")).append('\'');
        }
        return sql.append(')').toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
