package org.civicgrievance.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Fills a table of the real, migrated schema with rows over JDBC. The schema is read from
 * information_schema rather than written out here, so the benchmark keeps working when a migration
 * adds a column: every NOT NULL column without a default gets a value of its type (strings start
 * with the row number, so unique keys hold), every other column stays at its default, and the
 * due-time column gets the instant the caller chooses.
 */
final class SyntheticRows {

    private static final int BATCH = 1000;

    private record Column(String name, String type, long maxLength) {
    }

    private final Connection connection;
    private final String table;
    private final String dueColumn;
    private final List<Column> columns;
    private final Instant now;

    SyntheticRows(Connection connection, String table, String dueColumn, Instant now) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.dueColumn = dueColumn;
        this.columns = requiredColumns(connection, table, dueColumn);
        this.now = now;
    }

    /** Inserts rows numbered {@code from} to {@code from + count - 1}, each due when {@code dueAt} says. */
    void insert(long from, long count, LongFunction<Instant> dueAt) throws SQLException {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (" + names + ", " + dueColumn + ") VALUES (" + marks + ", ?)")) {
            for (long row = from; row < from + count; row++) {
                int i = 1;
                for (Column column : columns) {
                    insert.setObject(i++, value(column, row));
                }
                insert.setTimestamp(i, Timestamp.from(dueAt.apply(row)));
                insert.addBatch();
                if ((row - from + 1) % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private Object value(Column column, long row) {
        return switch (column.type()) {
            case "varchar", "char", "text", "mediumtext", "longtext" -> {
                String text = row + "-" + column.name();
                yield text.length() > column.maxLength() ? text.substring(0, (int) column.maxLength()) : text;
            }
            case "tinyint" -> 0;
            case "smallint", "mediumint", "int", "bigint", "decimal" -> row;
            case "datetime", "timestamp" -> Timestamp.from(now);
            case "date" -> java.sql.Date.valueOf(now.toString().substring(0, 10));
            default -> throw new IllegalStateException(
                    "no synthetic value for " + table + "." + column.name() + " of type " + column.type());
        };
    }

    private static List<Column> requiredColumns(Connection connection, String table, String dueColumn)
            throws SQLException {
        List<Column> required = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT column_name, data_type, COALESCE(character_maximum_length, 0)
                FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = ? AND is_nullable = 'NO'
                  AND column_default IS NULL AND extra NOT LIKE '%auto_increment%'
                ORDER BY ordinal_position""")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    if (!name.equalsIgnoreCase(dueColumn)) {
                        required.add(new Column(name, rows.getString(2).toLowerCase(Locale.ROOT), rows.getLong(3)));
                    }
                }
            }
        }
        if (required.isEmpty()) {
            throw new IllegalStateException(table + " not found: is the schema migrated?");
        }
        return required;
    }
}
