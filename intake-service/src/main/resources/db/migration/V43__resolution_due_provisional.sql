-- The resident's "expected by" rests on provisional days: it lies beyond the calendar's horizon, where
-- resolution assumed the statutory holidays before the year's schedule was published (resolution's V11).
ALTER TABLE grievance ADD COLUMN resolution_due_provisional BOOLEAN NOT NULL DEFAULT FALSE AFTER resolution_due_at;
