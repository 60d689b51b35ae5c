-- The horizon of a calendar that follows the national holiday schedule: the last day whose holidays
-- and make-up days 调休 are confirmed (the State Council publishes a year each November). Beyond it
-- the statutory holidays apply provisionally (calendar.StatutoryHolidays). NULL: the calendar has
-- only the special days it was given (round the clock, or another country's office).
ALTER TABLE business_calendar ADD COLUMN holidays_confirmed_through DATE NULL AFTER working_weekdays;
ALTER TABLE business_calendar_version ADD COLUMN holidays_confirmed_through DATE NULL AFTER working_weekdays;

-- the two seeded calendars carry the State Council's 2026 notice (V5)
UPDATE business_calendar SET holidays_confirmed_through = '2026-12-31' WHERE code IN ('cn-standard', 'cn-extended');
UPDATE business_calendar_version v
  JOIN business_calendar c ON c.code = v.calendar_code AND c.version = v.version
   SET v.holidays_confirmed_through = c.holidays_confirmed_through;

-- The waits of a clock that ended, as "paused/resumed" ISO instants separated by spaces, so its due
-- time can be computed again from its start when its calendar changes. NULL: unknown (a clock of a
-- case that waited for the resident before this migration); such a clock keeps its times.
ALTER TABLE case_clock ADD COLUMN pauses VARCHAR(4000) NULL DEFAULT '' AFTER paused_at;
UPDATE case_clock c SET c.pauses = NULL
 WHERE c.ended_at IS NULL
   AND EXISTS (SELECT 1 FROM audit_record a WHERE a.case_id = c.case_id
                AND a.action = 'CASE_WAITING_FOR_RESIDENT' AND a.occurred_at >= c.started_at);

-- a calendar's live clocks, in id order, for recomputation in batches: live clocks have no end
ALTER TABLE case_clock ADD KEY idx_clock_calendar_live (calendar_code, ended_at, id);

-- A calendar change whose running clocks are still to be computed again. Each batch moves the
-- cursor (last_clock_id) in the transaction that moves the clocks, under this row's lock, so every
-- clock is recomputed once however many replicas work on it.
CREATE TABLE clock_recomputation (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    calendar_code     VARCHAR(64)  NOT NULL,
    calendar_version  INT          NOT NULL,
    requested_by      VARCHAR(100) NOT NULL,
    requested_at      DATETIME(6)  NOT NULL,
    last_clock_id     BIGINT       NOT NULL DEFAULT 0,
    clocks_seen       INT          NOT NULL DEFAULT 0,
    clocks_moved      INT          NOT NULL DEFAULT 0,
    finished_at       DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY idx_recomputation_open (finished_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the resident's "expected by" says when it rests on provisional days (beyond the calendar's horizon)
ALTER TABLE grievance_case ADD COLUMN resolution_due_provisional BOOLEAN NOT NULL DEFAULT FALSE AFTER resolution_due_at;
