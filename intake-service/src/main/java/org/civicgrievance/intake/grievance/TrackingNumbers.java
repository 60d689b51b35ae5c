package org.civicgrievance.intake.grievance;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Allocates tracking numbers such as {@code GR-2026-00012345}: short enough to read over the phone,
 * counting from 1 each year.
 *
 * <p>MySQL has no sequences; the per-year counter row is incremented with {@code LAST_INSERT_ID(expr)},
 * which hands the new value back on the same connection. The row lock lasts until the submitting
 * transaction commits, so numbers are gap-free but submissions serialise on it briefly.
 */
@ApplicationScoped
public class TrackingNumbers {

    /** A case's number, or a part's of a split case: the original's with -1, -2, … */
    private static final Pattern WELL_FORMED = Pattern.compile("GR-\\d{4}-\\d{8}(-\\d{1,2})?");

    private final EntityManager entityManager;

    public TrackingNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        entityManager.createNativeQuery("""
                INSERT INTO tracking_counter (year, last_value) VALUES (?1, LAST_INSERT_ID(1))
                ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)""")
                .setParameter(1, year)
                .executeUpdate();
        long value = ((Number) entityManager.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return format(year, value);
    }

    static String format(int year, long value) {
        return String.format("GR-%04d-%08d", year, value);
    }

    public static boolean isWellFormed(String trackingNumber) {
        return trackingNumber != null && WELL_FORMED.matcher(trackingNumber).matches();
    }
}
