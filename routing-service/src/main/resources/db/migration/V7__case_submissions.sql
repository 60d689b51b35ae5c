-- Routing keeps the submitted facts of every case it receives (and of every part a dispatcher split
-- off), so a case a department returns can be decided again without asking intake. Cases waiting in
-- triage already kept their payload; cases placed by rule before this version did not: a return of
-- one of those cannot be decided again and is logged as an error (see RoutingService.replace).
CREATE TABLE case_submission (
    case_id          VARCHAR(36)  NOT NULL,
    tracking_number  VARCHAR(20)  NOT NULL,
    split_from       VARCHAR(36)  NULL,
    submission       MEDIUMTEXT   NOT NULL,
    trace_id         VARCHAR(64)  NULL,
    received_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO case_submission (case_id, tracking_number, split_from, submission, trace_id, received_at)
SELECT case_id, tracking_number, NULL, submission, trace_id, parked_at FROM triage_entry;
