-- Transactional outbox: a service's domain write and the event it emits commit together.
CREATE TABLE outbox_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    event_id      VARCHAR(36)  NOT NULL,
    topic         VARCHAR(100) NOT NULL,
    message_key   VARCHAR(64)  NOT NULL,
    event_type    VARCHAR(100) NOT NULL,
    payload       MEDIUMTEXT   NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    published_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_outbox_event_id (event_id),
    -- the relay reads unpublished rows in insertion order
    KEY idx_outbox_unpublished (published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Idempotent inbox: an event id is recorded in the same transaction as its effect.
CREATE TABLE inbox_processed_event (
    consumer      VARCHAR(64)  NOT NULL,
    event_id      VARCHAR(36)  NOT NULL,
    event_type    VARCHAR(100) NOT NULL,
    processed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (consumer, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
