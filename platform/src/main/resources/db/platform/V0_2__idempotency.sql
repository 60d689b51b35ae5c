-- The first answer to each request made with an Idempotency-Key, replayed to its retries.
-- The row is inserted in the same transaction as the request's work (status 0 until completed).
-- utf8mb4_bin: keys are compared exactly, "abc" and "ABC" are two keys.
CREATE TABLE idempotent_request (
    scope            VARCHAR(64)  NOT NULL,
    idempotency_key  VARCHAR(128) NOT NULL,
    fingerprint      CHAR(64)     NOT NULL,
    status           INT          NOT NULL,
    location         VARCHAR(500) NULL,
    content_type     VARCHAR(100) NULL,
    body             MEDIUMTEXT   NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (scope, idempotency_key),
    KEY idx_idempotent_request_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
