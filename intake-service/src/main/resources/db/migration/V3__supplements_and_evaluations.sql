-- What a resident adds to their open case; passed to the department as grievance.supplemented.
CREATE TABLE grievance_supplement (
    id            VARCHAR(36)   NOT NULL,
    grievance_id  VARCHAR(36)   NOT NULL,
    text          VARCHAR(2000) NOT NULL,
    added_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_supplement_grievance (grievance_id, added_at),
    CONSTRAINT fk_supplement_grievance FOREIGN KEY (grievance_id) REFERENCES grievance (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The resident's rating of each resolution 一诺双评; a dissatisfied rating reopens the case.
CREATE TABLE grievance_evaluation (
    id                VARCHAR(36)  NOT NULL,
    grievance_id      VARCHAR(36)  NOT NULL,
    -- the status position of the resolution rated: one rating per resolution
    resolution_round  INT          NOT NULL,
    rating            VARCHAR(20)  NOT NULL,
    comment           VARCHAR(500) NULL,
    evaluated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_evaluation_round (grievance_id, resolution_round),
    CONSTRAINT fk_evaluation_grievance FOREIGN KEY (grievance_id) REFERENCES grievance (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the resolution round the resident last rated; equal to status_sequence once the current one is rated
ALTER TABLE grievance ADD COLUMN rated_round INT NOT NULL DEFAULT 0 AFTER status_sequence;
