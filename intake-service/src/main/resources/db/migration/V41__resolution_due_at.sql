-- When the department is due to resolve the case, as resolution last reported it in
-- case.status-changed (resolutionDueAt): the resident's "expected by" and Open311's expected_datetime.
-- Null while no resolution time limit runs (before queueing, once resolved, closed or merged).
ALTER TABLE grievance ADD COLUMN resolution_due_at DATETIME(6) NULL;
