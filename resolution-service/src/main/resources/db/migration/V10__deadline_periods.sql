-- Deadline periods: each approved extension opens a new period of the clock (0 = the original
-- deadline, n = after the n-th approved extension). Yellow and red are raised at most once per
-- period, so an extended deadline that is breached again raises a red card again; every card ever
-- raised stays on record with the period and the due time it was raised against.
-- yellow_raised / red_raised now speak of the current period only.
ALTER TABLE case_clock ADD COLUMN deadline_period INT NOT NULL DEFAULT 0 AFTER original_due_at;
ALTER TABLE clock_warning ADD COLUMN deadline_period INT NOT NULL DEFAULT 0 AFTER level;

UPDATE case_clock c
   SET c.deadline_period = (SELECT COUNT(*) FROM deadline_extension e
                             WHERE e.clock_id = c.id AND e.state = 'APPROVED');

-- a card belongs to the period that was running when it was raised
UPDATE clock_warning w
   SET w.deadline_period = (SELECT COUNT(*) FROM deadline_extension e
                             WHERE e.clock_id = w.clock_id AND e.state = 'APPROVED' AND e.decided_at <= w.raised_at)
 WHERE w.level <> 'ALERT';

-- the backstop against two scanners, now per period (the old key was unique per clock and level,
-- so every existing row stays unique)
ALTER TABLE clock_warning DROP INDEX uk_warning_clock_level,
    ADD UNIQUE KEY uk_warning_clock_period_level (clock_id, deadline_period, level);

-- Extended clocks whose red card was raised in an earlier period were stuck (red_raised, nothing
-- left to check): re-arm their red for the current period. Their yellow is left as it is (a yellow
-- raised before the extension is not re-armed for these migrated clocks).
UPDATE case_clock c
   SET c.red_raised = EXISTS (SELECT 1 FROM clock_warning w
                               WHERE w.clock_id = c.id AND w.level = 'RED' AND w.deadline_period = c.deadline_period)
 WHERE c.deadline_period > 0;

UPDATE case_clock c
   SET c.next_check_at = CASE WHEN NOT c.yellow_raised THEN LEAST(c.yellow_at, c.due_at)
                              WHEN NOT c.red_raised THEN c.due_at
                              ELSE NULL END
 WHERE c.deadline_period > 0 AND c.state = 'RUNNING';
