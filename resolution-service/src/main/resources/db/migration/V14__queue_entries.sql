-- The work lists in the order handlers work them, kept as the cases change, so a page of a list is
-- read from an index however long the list is: one row per open case that is waiting to be claimed
-- (QUEUED: handler null) or held (CLAIMED, IN_PROGRESS, WAITING_FOR_RESIDENT, REOPENED: its holder),
-- removed when it is neither. The order is urgency: a red card first (card_rank 0), then a yellow one
-- (1), then none (2); within each, special handling (priority_rank 0), the green channel (1), the rest
-- (2); then the nearest due time of the case's live clocks, then the longest wait.
-- Kept by queue/QueueEntries from the case's transitions and from every change of its clocks.
CREATE TABLE queue_entry (
    case_id        VARCHAR(36)  NOT NULL,
    department     VARCHAR(64)  NOT NULL,
    handler        VARCHAR(64)  NULL,
    card_rank      TINYINT      NOT NULL,
    priority_rank  TINYINT      NOT NULL,
    next_due_at    DATETIME(6)  NULL,
    queued_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (case_id),
    KEY idx_queue_entry_urgency (department, handler, card_rank, priority_rank, next_due_at, queued_at, case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO queue_entry (case_id, department, handler, card_rank, priority_rank, next_due_at, queued_at)
SELECT c.id, c.department, IF(c.status = 'QUEUED', NULL, c.handler),
       2 - COALESCE(MAX(CASE WHEN k.red_raised THEN 2 WHEN k.yellow_raised THEN 1 ELSE 0 END), 0),
       CASE c.priority WHEN 'SPECIAL_HANDLING' THEN 0 WHEN 'GREEN_CHANNEL' THEN 1 ELSE 2 END,
       MIN(k.due_at), c.queued_at
FROM grievance_case c
LEFT JOIN case_clock k ON k.case_id = c.id AND k.ended_at IS NULL
WHERE c.status IN ('QUEUED', 'CLAIMED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'REOPENED')
GROUP BY c.id, c.department, c.status, c.handler, c.priority, c.queued_at;
