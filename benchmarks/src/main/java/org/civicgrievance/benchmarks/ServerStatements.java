package org.civicgrievance.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the database server was asked, from its global status counters: every statement of every
 * service, including what the driver and the pool send on their own ({@code SET autocommit},
 * isolation checks) and Hibernate's statement log cannot see.
 */
final class ServerStatements implements AutoCloseable {

    /** Counters by the name printed; {@code Questions} counts every statement a client sent. */
    private static final Map<String, String> COUNTERS = counters();

    private final Connection connection;

    ServerStatements(String jdbcUrl, String user, String password) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl, user, password);
    }

    private static Map<String, String> counters() {
        Map<String, String> counters = new LinkedHashMap<>();
        counters.put("Questions", "all");
        counters.put("Com_select", "select");
        counters.put("Com_insert", "insert");
        counters.put("Com_update", "update");
        counters.put("Com_delete", "delete");
        counters.put("Com_set_option", "set");
        counters.put("Com_commit", "commit");
        counters.put("Com_rollback", "rollback");
        counters.put("Com_show_warnings", "show warnings");
        return counters;
    }

    Map<String, Long> sample() throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('"
                     + String.join("','", COUNTERS.keySet()) + "')")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getLong(2));
            }
        }
        return values;
    }

    /** Statements per case between two samples; this class's own sampling is not counted. */
    static String perCase(Map<String, Long> before, Map<String, Long> after, int cases) {
        StringBuilder line = new StringBuilder("server statements per case:");
        for (Map.Entry<String, String> counter : COUNTERS.entrySet()) {
            long delta = after.getOrDefault(counter.getKey(), 0L) - before.getOrDefault(counter.getKey(), 0L);
            if (counter.getKey().equals("Questions")) {
                delta -= 1; // the SHOW GLOBAL STATUS that took the second sample
            }
            line.append(String.format(Locale.ROOT, " %s %.2f,", counter.getValue(), (double) delta / cases));
        }
        line.setLength(line.length() - 1);
        return line.toString();
    }

    /** Every statement the server was sent per case between two samples (Questions), this class's sampling aside. */
    static double allPerCase(Map<String, Long> before, Map<String, Long> after, int cases) {
        return (double) (after.getOrDefault("Questions", 0L) - before.getOrDefault("Questions", 0L) - 1) / cases;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
