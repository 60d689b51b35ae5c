-- A department's return 退单 of a case: the placement it ends, who returned it, when and why. One
-- return per placement, so a redelivered or stale return can never end a placement twice. A later
-- placement of the case back on the same department by a dispatcher confirms the case was its own.
CREATE TABLE case_return (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    case_id           VARCHAR(36)   NOT NULL,
    tracking_number   VARCHAR(20)   NOT NULL,
    placement_id      BIGINT        NOT NULL,
    department_code   VARCHAR(64)   NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    returned_by       VARCHAR(100)  NOT NULL,
    returned_at       DATETIME(6)   NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    confirmed_own_at  DATETIME(6)   NULL,
    confirmed_own_by  VARCHAR(100)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_case_return_placement (placement_id),
    KEY idx_case_return_case (case_id),
    KEY idx_case_return_returned_at (returned_at),
    CONSTRAINT fk_case_return_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A case may now wait in triage more than once (parked, placed by hand, returned, parked again):
-- each stay is an entry of its own, so the time of every stay stays known. Each stay has its own
-- due time, fixed when the case is parked (entries from before take the default 2 hours).
ALTER TABLE triage_entry
    DROP PRIMARY KEY,
    ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST,
    ADD COLUMN due_at DATETIME(6) NULL AFTER parked_at,
    ADD COLUMN returned_by_department VARCHAR(64) NULL,
    ADD COLUMN returned_by VARCHAR(100) NULL,
    ADD KEY idx_triage_case (case_id);
UPDATE triage_entry SET due_at = DATE_ADD(parked_at, INTERVAL 2 HOUR);
ALTER TABLE triage_entry MODIFY due_at DATETIME(6) NOT NULL;
