ALTER TABLE grievance_case
    ADD COLUMN closed_at     DATETIME(6) NULL AFTER resolved_at,
    ADD COLUMN reopen_count  INT         NOT NULL DEFAULT 0 AFTER closed_at;

-- What residents add to their case after submitting it (from grievance.supplemented). Kept by case
-- id alone: it may arrive while the case still waits in triage, before it reaches a department.
CREATE TABLE case_supplement (
    id        VARCHAR(36)   NOT NULL,
    case_id   VARCHAR(36)   NOT NULL,
    text      VARCHAR(2000) NOT NULL,
    added_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_case_supplement_case (case_id, added_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Residents' ratings of each resolution (from grievance.evaluated), the first half of 一诺双评.
CREATE TABLE resident_rating (
    id                VARCHAR(36)  NOT NULL,
    case_id           VARCHAR(36)  NOT NULL,
    resolution_round  INT          NOT NULL,
    rating            VARCHAR(20)  NOT NULL,
    comment           VARCHAR(500) NULL,
    rated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_resident_rating_round (case_id, resolution_round)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
