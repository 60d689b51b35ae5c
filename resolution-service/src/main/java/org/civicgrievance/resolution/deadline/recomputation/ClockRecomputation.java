package org.civicgrievance.resolution.deadline.recomputation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A calendar change whose live clocks are still to be computed again, and how far that got: the
 * clocks are taken in id order and {@code lastClockId} moves with each batch, in the batch's own
 * transaction, so a crash or a second replica never recomputes a clock twice.
 */
@Entity
@Table(name = "clock_recomputation")
public class ClockRecomputation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_code", length = 64, nullable = false, updatable = false)
    private String calendarCode;

    @Column(name = "calendar_version", nullable = false, updatable = false)
    private int calendarVersion;

    @Column(name = "requested_by", length = 100, nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "last_clock_id", nullable = false)
    private long lastClockId;

    @Column(name = "clocks_seen", nullable = false)
    private int clocksSeen;

    @Column(name = "clocks_moved", nullable = false)
    private int clocksMoved;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ClockRecomputation() {
    }

    ClockRecomputation(String calendarCode, int calendarVersion, String requestedBy, Instant requestedAt) {
        this.calendarCode = calendarCode;
        this.calendarVersion = calendarVersion;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void advance(long lastClockId, int seen, int moved) {
        this.lastClockId = lastClockId;
        this.clocksSeen += seen;
        this.clocksMoved += moved;
    }

    void finish(Instant at) {
        this.finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public int getCalendarVersion() {
        return calendarVersion;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public long getLastClockId() {
        return lastClockId;
    }

    public int getClocksSeen() {
        return clocksSeen;
    }

    public int getClocksMoved() {
        return clocksMoved;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
