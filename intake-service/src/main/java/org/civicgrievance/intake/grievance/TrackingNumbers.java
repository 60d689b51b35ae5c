package org.civicgrievance.intake.grievance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;


/**
 * Allocates tracking numbers such as {@code GR-2026-00012345}: short enough to read over the phone,
 * counting from 1 each year, unique across every instance of intake.
 *
 * <p>Each instance reserves a block of numbers at a time from the per-year counter row, in a
 * statement of its own that commits at once (MySQL has no sequences: {@code LAST_INSERT_ID(expr)}
 * hands the new value back on the same connection), and hands them out from memory. So no
 * submission holds the counter's row lock while it works, and only one in a block waits for the
 * database at all. The price, accepted and documented: numbers are not gap-free (a restart drops the
 * rest of a block, a rolled-back submission its number) and two instances interleave, so a higher
 * number is not always a later case.
 *
 * <p>Reservations go through a small pool of their own ({@code quarkus.datasource.tracking-numbers}),
 * never the one submissions' transactions hold: with every connection of that pool held by a
 * submission waiting for its number, a reservation needing one more would wait for ever.
 */
@ApplicationScoped
public class TrackingNumbers {

    private final AgroalDataSource counter;
    private final int blockSize;
    private volatile Block current = Block.EMPTY;

    public TrackingNumbers(@DataSource("tracking-numbers") AgroalDataSource counter,
            @ConfigProperty(name = "grievance.intake.tracking-numbers.block-size") int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("grievance.intake.tracking-numbers.block-size must be at least 1");
        }
        this.counter = counter;
        this.blockSize = blockSize;
    }

    /** The next number of {@code year}; joins no transaction, and holds no lock beyond a reservation. */
    public String next(int year) {
        while (true) {
            Block block = current;
            long value = block.year == year ? block.take() : Block.EXHAUSTED;
            if (value != Block.EXHAUSTED) {
                return format(year, value);
            }
            renew(block, year);
        }
    }

    /** One thread reserves; the others, finding a fresh block when they get the monitor, use it. */
    private synchronized void renew(Block exhausted, int year) {
        if (current == exhausted) {
            current = reserve(year);
        }
    }

    private Block reserve(int year) {
        try (Connection connection = counter.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO tracking_counter (year, last_value) VALUES (?, LAST_INSERT_ID(?))
                        ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + ?)""");
                PreparedStatement reserved = connection.prepareStatement("SELECT LAST_INSERT_ID()")) {
            upsert.setInt(1, year);
            upsert.setLong(2, blockSize);
            upsert.setLong(3, blockSize);
            upsert.executeUpdate();
            try (ResultSet last = reserved.executeQuery()) {
                last.next();
                long end = last.getLong(1);
                return new Block(year, end - blockSize + 1, end);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not reserve tracking numbers for " + year, e);
        }
    }

    static String format(int year, long value) {
        return String.format("GR-%04d-%08d", year, value);
    }

    /** Numbers {@code next..last} of one year, handed out without a lock. */
    private static final class Block {

        static final long EXHAUSTED = -1;
        static final Block EMPTY = new Block(0, 1, 0);

        final int year;
        final long last;
        final AtomicLong next;

        Block(int year, long first, long last) {
            this.year = year;
            this.last = last;
            this.next = new AtomicLong(first);
        }

        long take() {
            long value = next.getAndIncrement();
            return value <= last ? value : EXHAUSTED;
        }
    }
}
