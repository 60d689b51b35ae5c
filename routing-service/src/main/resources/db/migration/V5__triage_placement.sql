-- A dispatcher's placement takes a case out of the queue; the entry stays, so the time it waited
-- remains known and a second placement of the same case is refused. The trace id lets the routed
-- event and the audit records of a placement by hand follow the case like any other.
ALTER TABLE triage_entry
    ADD COLUMN trace_id   VARCHAR(64)  NULL AFTER submission,
    ADD COLUMN placed_at  DATETIME(6)  NULL,
    ADD COLUMN placed_by  VARCHAR(100) NULL,
    ADD KEY idx_triage_waiting (placed_at, parked_at);
