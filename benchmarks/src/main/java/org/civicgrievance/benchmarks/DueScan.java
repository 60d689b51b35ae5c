package org.civicgrievance.benchmarks;

/**
 * A scheduled job that claims the rows falling due, batch by batch, as the resolution service runs
 * it: {@code SELECT * … WHERE <column> <= ? ORDER BY <column> LIMIT ? FOR UPDATE SKIP LOCKED}.
 *
 * @param name   what the job is called in the figures
 * @param table  the table it scans
 * @param column the due-time column, indexed by {@code index}
 * @param index  the index that should make the cost follow the due rows, not the table
 */
record DueScan(String name, String table, String column, String index) {

    /** DeadlineScanner through ClockRepository.claimDue: the next yellow or red point of each live clock. */
    static final DueScan DEADLINES = new DueScan("deadline scan", "case_clock", "next_check_at", "idx_clock_next_check");

    /** WaitingLimit through CaseRepository.lockWaitingPast: cases whose wait for the resident ran out. */
    static final DueScan WAITING_LIMIT = new DueScan("waiting limit", "grievance_case", "waiting_until",
            "idx_case_waiting_until");

    /** The statement exactly as the service sends it. */
    String claimSql() {
        return claim("");
    }

    /** The same statement with the index hidden from the optimiser: what the index buys. */
    String claimSqlIgnoringIndex() {
        return claim(" IGNORE INDEX (" + index + ")");
    }

    private String claim(String hint) {
        return "SELECT * FROM " + table + hint + " WHERE " + column + " <= ?"
                + " ORDER BY " + column + " LIMIT ? FOR UPDATE SKIP LOCKED";
    }
}
