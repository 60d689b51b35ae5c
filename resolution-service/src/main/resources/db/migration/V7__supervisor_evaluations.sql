-- One promise, two evaluations 一诺双评: besides the resident, a supervisor of the department rates
-- how each resolution was handled, once per resolution round.
ALTER TABLE grievance_case
    -- the status position of the current resolution: what both ratings of it refer to
    ADD COLUMN resolution_round INT NULL AFTER resolved_at;

CREATE TABLE supervisor_rating (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    case_id           VARCHAR(36)   NOT NULL,
    department        VARCHAR(64)   NOT NULL,
    -- the handler whose handling was rated (the case's holder when it was resolved)
    handler           VARCHAR(64)   NOT NULL,
    resolution_round  INT           NOT NULL,
    stars             INT           NOT NULL,
    comment           VARCHAR(500)  NULL,
    rated_by          VARCHAR(64)   NOT NULL,
    rated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_supervisor_rating_round (case_id, resolution_round),
    -- monthly stars per department (and all departments) read by time
    KEY idx_supervisor_rating_department (department, rated_at),
    KEY idx_supervisor_rating_time (rated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- residents' ratings are read by month as well
ALTER TABLE resident_rating ADD KEY idx_resident_rating_time (rated_at);
