package org.civicgrievance.resolution.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.civicgrievance.infra.test.InfrastructureTestResource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V10 on clocks that lived before deadline periods: in a database of its own on the shared server,
 * migrated up to the version before, a clock extended after its red card is re-armed for the period
 * the extension opened, and every card gets the period that ran when it was raised.
 */
@QuarkusTest
class DeadlinePeriodMigrationTest {

    /** Letters only, as the infrastructure wants database names. */
    private final String database = "periods_" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");

    @BeforeEach
    void createDatabase() throws SQLException {
        try (Connection server = connect("resolution"); Statement sql = server.createStatement()) {
            sql.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection server = connect("resolution"); Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    void anExtendedClockStuckAfterItsRedCardIsArmedAgainAndEveryCardGetsItsPeriod() throws SQLException {
        migrate("9");
        try (Connection db = connect(database); Statement sql = db.createStatement()) {
            // clock 1: yellow and red raised, then extended to 14 December: stuck before V10
            // clock 2: extended before its yellow, red raised against the extended deadline
            // clock 3: never extended, red raised
            sql.executeUpdate("""
                    INSERT INTO case_clock (id, case_id, department, kind, state, calendar_code, limit_amount,
                        limit_unit, started_at, due_at, original_due_at, yellow_at, yellow_raised, red_raised,
                        next_check_at, version)
                    VALUES (1, 'c-1', 'urban', 'RESOLUTION', 'RUNNING', '24x7', 7, 'WORKING_DAYS',
                            '2026-11-30 01:30:00', '2026-12-14 09:30:00', '2026-12-09 09:30:00',
                            '2026-12-07 01:30:00', TRUE, TRUE, NULL, 3),
                           (2, 'c-2', 'urban', 'UPDATE', 'RUNNING', '24x7', 16, 'WORKING_HOURS',
                            '2026-11-30 01:30:00', '2026-12-03 06:00:00', '2026-12-02 03:30:00',
                            '2026-12-02 07:00:00', TRUE, TRUE, NULL, 3),
                           (3, 'c-3', 'urban', 'CLAIM', 'RUNNING', '24x7', 2, 'WORKING_HOURS',
                            '2026-11-30 01:30:00', '2026-11-30 03:30:00', '2026-11-30 03:30:00',
                            '2026-11-30 03:00:00', TRUE, TRUE, NULL, 2)""");
            sql.executeUpdate("""
                    INSERT INTO deadline_extension (id, case_id, clock_id, department, state, reason, requested_by,
                        requested_at, due_before, requested_due_at, decided_by, decided_at, version)
                    VALUES ('e-1', 'c-1', 1, 'urban', 'APPROVED', 'r', 'wang.li', '2026-12-09 09:00:00',
                            '2026-12-09 09:30:00', '2026-12-14 09:30:00', 'zhao.min', '2026-12-10 01:30:00', 1),
                           ('e-2', 'c-2', 2, 'urban', 'APPROVED', 'r', 'wang.li', '2026-12-01 02:00:00',
                            '2026-12-02 03:30:00', '2026-12-03 06:00:00', 'zhao.min', '2026-12-01 03:00:00', 1),
                           ('e-3', 'c-3', 3, 'urban', 'REFUSED', 'r', 'wang.li', '2026-11-30 02:00:00',
                            '2026-11-30 03:30:00', '2026-11-30 06:00:00', 'zhao.min', '2026-11-30 02:30:00', 1)""");
            sql.executeUpdate("""
                    INSERT INTO clock_warning (clock_id, case_id, department, kind, level, due_at, raised_at)
                    VALUES (1, 'c-1', 'urban', 'RESOLUTION', 'YELLOW', '2026-12-09 09:30:00', '2026-12-07 01:31:00'),
                           (1, 'c-1', 'urban', 'RESOLUTION', 'RED', '2026-12-09 09:30:00', '2026-12-09 09:31:00'),
                           (2, 'c-2', 'urban', 'UPDATE', 'YELLOW', '2026-12-03 06:00:00', '2026-12-02 07:01:00'),
                           (2, 'c-2', 'urban', 'UPDATE', 'RED', '2026-12-03 06:00:00', '2026-12-03 06:01:00'),
                           (3, 'c-3', 'urban', 'CLAIM', 'YELLOW', '2026-11-30 03:30:00', '2026-11-30 03:01:00'),
                           (3, 'c-3', 'urban', 'CLAIM', 'RED', '2026-11-30 03:30:00', '2026-11-30 03:31:00')""");
        }

        migrate(null);

        assertEquals(List.of("1 1 true false 2026-12-14T09:30", "2 1 true true null", "3 0 true true null"), rows(
                "SELECT id, deadline_period, yellow_raised, red_raised, next_check_at FROM case_clock ORDER BY id"));
        assertEquals(List.of("1 YELLOW 0", "1 RED 0", "2 YELLOW 1", "2 RED 1", "3 YELLOW 0", "3 RED 0"),
                rows("SELECT clock_id, level, deadline_period FROM clock_warning ORDER BY clock_id, id"));
    }

    private void migrate(String target) {
        var flyway = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(InfrastructureTestResource.jdbcUrl(database), InfrastructureTestResource.username(),
                        InfrastructureTestResource.password())
                .locations("classpath:db/migration", "classpath:db/platform");
        (target == null ? flyway : flyway.target(target)).load().migrate();
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = connect(database); Statement sql = db.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(InfrastructureTestResource.jdbcUrl(database),
                InfrastructureTestResource.username(), InfrastructureTestResource.password());
    }
}
