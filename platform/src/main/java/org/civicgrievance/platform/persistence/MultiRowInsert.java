package org.civicgrievance.platform.persistence;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Inserts many rows of one table with one {@code INSERT ... VALUES (...), (...)} per chunk, in the
 * caller's transaction. For rows written at a consumer batch's pace, where Hibernate would send one
 * statement per row: it cannot batch inserts that follow rows with generated ids in the same flush.
 * Rows of one statement get increasing {@code AUTO_INCREMENT} ids in the order given (not always
 * consecutive: MySQL 8 interleaves the allocation of concurrent statements).
 */
public final class MultiRowInsert {

    /** Rows per statement: a consumer batch is 100 events; payloads of up to ~10 KB stay far below max_allowed_packet. */
    static final int ROWS_PER_STATEMENT = 100;

    private MultiRowInsert() {
    }

    /**
     * @param table   the table, written by the caller (never from input)
     * @param columns its columns, in the order {@code values} returns them
     * @param values  one row's values
     */
    public static <T> void insert(EntityManager entityManager, String table, List<String> columns, List<T> rows,
            Function<T, List<Object>> values) {
        String row = "(" + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table)
                    .append(" (").append(String.join(", ", columns)).append(") VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(row);
            }
            Query insert = entityManager.createNativeQuery(sql.toString());
            int position = 1;
            for (T each : chunk) {
                for (Object value : values.apply(each)) {
                    insert.setParameter(position++, value);
                }
            }
            insert.executeUpdate();
        }
    }
}
