-- The discipline officials' list of what is overdue now, a page at a time, longest overdue first:
-- every department's, and one department's. A live clock has not ended (ended_at is set when it is
-- met or stopped), so both read only the red live clocks, in due order, and stop at the page.
ALTER TABLE case_clock
    ADD KEY idx_clock_overdue (red_raised, ended_at, due_at),
    ADD KEY idx_clock_overdue_department (department, red_raised, ended_at, due_at),
    DROP KEY idx_clock_red;
