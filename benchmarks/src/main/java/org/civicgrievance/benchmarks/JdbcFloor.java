package org.civicgrievance.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the same database does with no service in front of it: per transaction one case row and one
 * outbox row, copied from a real submission into scratch tables shaped like intake's ({@code LIKE}), and
 * a commit: the least a submission can cost. Each copy reads its template by primary key, so the floor
 * is a little pessimistic, never flattering.
 */
final class JdbcFloor implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final String caseInsert;
    private final String outboxInsert;
    private final String templateCase;
    private final long templateOutbox;

    JdbcFloor(String url, String user, String password) throws SQLException {
        this.url = url;
        this.user = user;
        this.password = password;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_grievance, bench_outbox");
            statement.execute("CREATE TABLE bench_grievance LIKE grievance");
            statement.execute("CREATE TABLE bench_outbox LIKE outbox_event");
            try (ResultSet row = statement.executeQuery(
                    "SELECT aggregate_id, id FROM (SELECT message_key AS aggregate_id, id FROM outbox_event"
                            + " WHERE topic = 'grievance.submitted' ORDER BY id DESC LIMIT 1) latest")) {
                if (!row.next()) {
                    throw new IllegalStateException("no submission to copy: submit before measuring the floor");
                }
                templateCase = row.getString(1);
                templateOutbox = row.getLong(2);
            }
            caseInsert = copy(connection, "grievance", "bench_grievance", "id", "tracking_number");
            outboxInsert = copy(connection, "outbox_event", "bench_outbox", "id", "event_id");
        }
    }

    /** INSERT … SELECT of every column, with the two given replaced by parameters (id: left to the table when auto). */
    private static String copy(Connection connection, String from, String to, String idColumn, String uniqueColumn)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT column_name, extra FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position""")) {
            query.setString(1, from);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String column = rows.getString(1);
                    boolean generated = rows.getString(2).contains("auto_increment");
                    if (generated) {
                        continue;
                    }
                    columns.add(column);
                    values.add(column.equals(idColumn) || column.equals(uniqueColumn) ? "?" : column);
                }
            }
        }
        return "INSERT INTO %s (%s) SELECT %s FROM %s WHERE %s = ?".formatted(to, String.join(",", columns),
                String.join(",", values), from, idColumn);
    }

    /** @return transactions per second over {@code count} transactions on {@code connections} connections */
    double measure(int count, int connections) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                done.add(pool.submit(() -> {
                    try (Connection connection = connect()) {
                        connection.setAutoCommit(false);
                        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                        try (PreparedStatement aCase = connection.prepareStatement(caseInsert);
                                PreparedStatement event = connection.prepareStatement(outboxInsert)) {
                            while (left.getAndDecrement() > 0) {
                                String id = UUID.randomUUID().toString();
                                bindCase(aCase, id);
                                aCase.executeUpdate();
                                bindEvent(event, id);
                                event.executeUpdate();
                                connection.commit();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private void bindCase(PreparedStatement statement, String id) throws SQLException {
        int parameter = 1;
        for (String part : parameterOrder(caseInsert, "id", "tracking_number")) {
            statement.setString(parameter++, part.equals("id") ? id : "B-" + id.substring(0, 18));
        }
        statement.setString(parameter, templateCase);
    }

    private void bindEvent(PreparedStatement statement, String id) throws SQLException {
        statement.setString(1, id);
        statement.setLong(2, templateOutbox);
    }

    /** The order the id and the unique column appear in the generated SELECT list. */
    private static List<String> parameterOrder(String insert, String first, String second) {
        String select = insert.substring(insert.indexOf(" SELECT ") + 8, insert.indexOf(" FROM "));
        List<String> order = new ArrayList<>();
        String[] columns = insert.substring(insert.indexOf('(') + 1, insert.indexOf(')')).split(",");
        String[] values = select.split(",");
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals("?")) {
                order.add(columns[i].equals(first) ? first : second);
            }
        }
        return order;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_grievance, bench_outbox");
        }
    }
}
