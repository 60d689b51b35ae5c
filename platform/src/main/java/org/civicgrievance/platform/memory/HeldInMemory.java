package org.civicgrievance.platform.memory;

import java.util.function.Supplier;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reference data read for every case and changed rarely (calendars, service commitments), held in
 * memory: loaded on first use, again right after a change committed on this replica ({@link #reload}),
 * and periodically for changes made on others ({@link #reloadQuietly}).
 *
 * @param <T> an immutable snapshot of the data
 */
public final class HeldInMemory<T> {

    private final String what;
    private final Supplier<T> loader;
    private volatile T held;
    private volatile boolean stopping;

    /**
     * @param what   names the data in the log
     * @param loader reads a snapshot; runs in a transaction of its own, as a reload may follow the
     *               changing transaction's end
     */
    public HeldInMemory(String what, Supplier<T> loader) {
        this.what = what;
        this.loader = loader;
    }

    public T get() {
        T snapshot = held;
        return snapshot != null ? snapshot : reload();
    }

    /** Serialised, so a load that started earlier never replaces one that started later. */
    public synchronized T reload() {
        T snapshot = QuarkusTransaction.requiringNew().call(loader::get);
        held = snapshot;
        return snapshot;
    }

    /**
     * The periodic reload: a database unreachable for a moment keeps what was loaded in use, and
     * nothing is read once the service is stopping (the scheduler may still fire while the database goes away).
     */
    public void reloadQuietly() {
        if (stopping) {
            return;
        }
        try {
            reload();
        } catch (RuntimeException e) {
            Log.warnf("%s not reloaded, the ones loaded before stay in use: %s", what, e.getMessage());
        }
    }

    public void stop() {
        stopping = true;
    }
}
