-- The RESOLUTION clock's current due time on the case itself, kept by the deadline clocks in the
-- transaction of every change that starts, moves or ends that clock: it travels to the resident in
-- case.status-changed ("expected by"), and the staff lists read it without joining the clocks.
ALTER TABLE grievance_case ADD COLUMN resolution_due_at DATETIME(6) NULL;

UPDATE grievance_case g
  JOIN case_clock c ON c.case_id = g.id AND c.kind = 'RESOLUTION' AND c.state IN ('RUNNING', 'PAUSED')
   SET g.resolution_due_at = c.due_at;
