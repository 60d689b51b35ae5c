package org.civicgrievance.resolution.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.OptionalInt;

import org.civicgrievance.infra.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs deploy/mysql/grants.sql against a server that enforces grants, after resolution's real
 * migrations, and checks what the application account may do. A server of its own: the shared
 * embedded one runs without grant tables, and this test switches them on.
 */
class ProductionGrantsTest {

    private static final Path GRANTS = Path.of("..", "deploy", "mysql", "grants.sql");

    private static EmbeddedMariaDb server;

    @BeforeAll
    static void startAServerWithMigratedSchemaAndGrants() throws Exception {
        String baseDir = System.getenv("GRIEVANCE_MARIADB_BASE_DIR");
        server = EmbeddedMariaDb.start(baseDir == null ? null : Path.of(baseDir),
                Path.of("target", "grants-test").toAbsolutePath(), OptionalInt.empty());
        try (Connection admin = connect("", "root", "")) {
            execute(admin, "CREATE DATABASE resolution CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Flyway.configure()
                    .dataSource(url("resolution"), "root", "")
                    .locations("classpath:db/migration", "classpath:db/platform")
                    .load()
                    .migrate();
            // The server started without grant tables; from here on it checks every new connection.
            // This connection keeps the rights it was opened with, so it can create the accounts.
            execute(admin, "FLUSH PRIVILEGES");
            for (String statement : statements(Files.readString(GRANTS))) {
                execute(admin, statement);
            }
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theApplicationMayAppendToTheAuditTrailButNeverChangeIt() throws Exception {
        try (Connection app = connect("resolution", "resolution_app", "change-me"); Statement sql = app.createStatement()) {
            sql.executeUpdate("""
                    INSERT INTO audit_record (occurred_at, actor, actor_role, action, case_id)
                    VALUES (NOW(6), 'handler.urban', 'handler', 'CASE_CLAIMED', 'c-1')""");
            // migrations may have audited their own changes (V8): count only this entry
            try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM audit_record WHERE case_id = 'c-1'")) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE audit_record SET actor = 'someone-else'"));
            assertTrue(update.getMessage().contains("denied"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_record"));
            assertTrue(delete.getMessage().contains("denied"), delete.getMessage());
        }
    }

    @Test
    void theApplicationWorksOnItsOtherTablesButCannotChangeTheSchema() throws Exception {
        try (Connection app = connect("resolution", "resolution_app", "change-me"); Statement sql = app.createStatement()) {
            sql.executeUpdate("""
                    INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload, created_at)
                    VALUES ('e-1', 'case.status-changed', 'c-1', 'case.status-changed', '{}', NOW(6))""");
            sql.executeUpdate("UPDATE outbox_event SET published_at = NOW(6) WHERE event_id = 'e-1'");
            sql.executeUpdate("DELETE FROM outbox_event WHERE event_id = 'e-1'");
            assertThrows(SQLException.class, () -> sql.executeUpdate("DROP TABLE audit_record"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("DROP TRIGGER audit_record_no_update"));
        }
    }

    @Test
    void anotherServicesAccountCannotReadResolutionsTables() {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection intake = connect("resolution", "intake_app", "change-me")) {
                intake.createStatement().executeQuery("SELECT * FROM audit_record").close();
            }
        });
        assertTrue(refused.getMessage().contains("denied"), refused.getMessage());
    }

    @Test
    void theApplicationChangesCalendarsButNotTheirPastVersions() throws Exception {
        try (Connection app = connect("resolution", "resolution_app", "change-me"); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.executeQuery("SELECT code FROM business_calendar WHERE code = 'cn-standard' FOR UPDATE").close();
            sql.executeUpdate("UPDATE business_calendar SET version = version + 1 WHERE code = 'cn-standard'");
            sql.executeUpdate("DELETE FROM business_calendar_day WHERE calendar_code = 'cn-standard' AND day = '2026-10-10'");
            sql.executeUpdate("""
                    INSERT INTO business_calendar_day (calendar_code, day, kind, note)
                    VALUES ('cn-standard', '2026-12-31', 'HOLIDAY', 'test')""");
            sql.executeUpdate("""
                    INSERT INTO business_calendar_version (calendar_code, version, name_zh, name_en, zone, round_the_clock,
                                                           special_days, changed_by, changed_at)
                    VALUES ('cn-standard', 2, 'x', 'x', 'Asia/Shanghai', FALSE, '', 'admin.zhou', NOW(6))""");
            app.rollback();
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE business_calendar_version SET changed_by = 'someone-else'"));
            assertTrue(update.getMessage().contains("denied"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("DELETE FROM business_calendar_version"));
            assertTrue(delete.getMessage().contains("denied"), delete.getMessage());
        }
    }

    private static String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + server.port() + "/" + database + "?sslMode=DISABLED&useInformationSchema=false"
                + "&allowPublicKeyRetrieval=true";
    }

    private static Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The script's statements, without its comments. */
    private static String[] statements(String script) throws IOException {
        String withoutComments = script.lines().filter(line -> !line.strip().startsWith("--"))
                .reduce("", (all, line) -> all + line + "\n");
        return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }
}
