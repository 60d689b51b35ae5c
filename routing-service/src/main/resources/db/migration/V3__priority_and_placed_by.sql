-- The priority each placement gave the case, and the priority a case waits in triage with
-- (special handling and green channel go to the head of the queue).
ALTER TABLE placement ADD COLUMN priority VARCHAR(20) NOT NULL DEFAULT 'NORMAL' AFTER reason;
ALTER TABLE triage_entry ADD COLUMN priority VARCHAR(20) NOT NULL DEFAULT 'NORMAL' AFTER reason;
-- Who placed the case: routing-service by rule, or the dispatcher who placed it by hand.
ALTER TABLE placement ADD COLUMN placed_by VARCHAR(100) NOT NULL DEFAULT 'routing-service' AFTER priority;
