-- The case lifecycle (issue 6): outcomes that do not pretend, waiting for the resident, returns, merges.
ALTER TABLE grievance_case
    ADD COLUMN outcome         VARCHAR(20)   NULL AFTER resolution_note,
    ADD COLUMN outcome_reason  VARCHAR(1000) NULL AFTER outcome,
    ADD COLUMN where_else      VARCHAR(500)  NULL AFTER outcome_reason,
    ADD COLUMN duplicate_of    VARCHAR(36)   NULL AFTER where_else,
    ADD COLUMN waiting_until   DATETIME(6)   NULL AFTER duplicate_of,
    ADD COLUMN return_count    INT           NOT NULL DEFAULT 0 AFTER reopen_count,
    -- the waiting-limit scanner reads only the cases whose wait fell due, however many are open
    ADD KEY idx_case_waiting_until (waiting_until);

-- Handlers' notes on a case: internal ones stay in resolution; those visible to the resident travel in
-- case.status-changed at the position (status_sequence) they took in the case's public history.
CREATE TABLE case_note (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    case_id              VARCHAR(36)   NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    text                 VARCHAR(2000) NOT NULL,
    visible_to_resident  BOOLEAN       NOT NULL,
    status_sequence      INT           NULL,
    author               VARCHAR(64)   NOT NULL,
    author_role          VARCHAR(20)   NOT NULL,
    written_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_case_note_case (case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
