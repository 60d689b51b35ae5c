-- A resident's case as intake knows it: what was submitted, plus the public status read model
-- that resolution keeps up to date through case.status-changed events.
CREATE TABLE grievance (
    id                 VARCHAR(36)   NOT NULL,
    tracking_number    VARCHAR(20)   NOT NULL,
    access_code_hash   VARCHAR(64)   NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    category           VARCHAR(64)   NOT NULL,
    title              VARCHAR(200)  NULL,
    description        VARCHAR(5000) NOT NULL,
    address            VARCHAR(500)  NOT NULL,
    district           VARCHAR(64)   NULL,
    latitude           DECIMAL(9, 6) NULL,
    longitude          DECIMAL(9, 6) NULL,
    contact_name       VARCHAR(100)  NULL,
    contact_phone      VARCHAR(32)   NULL,
    contact_email      VARCHAR(254)  NULL,
    channel            VARCHAR(20)   NOT NULL,
    -- the operator who recorded the case on the resident's behalf (hotline, window, visit, session)
    recorded_by        VARCHAR(64)   NULL,
    status             VARCHAR(32)   NOT NULL,
    status_text_zh     VARCHAR(200)  NOT NULL,
    status_text_en     VARCHAR(200)  NOT NULL,
    status_sequence    INT           NOT NULL,
    department         VARCHAR(64)   NULL,
    submitted_at       DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    trace_id           VARCHAR(32)   NOT NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_grievance_tracking_number (tracking_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per year: tracking numbers restart at 1 each year and are allocated under a row lock.
CREATE TABLE tracking_counter (
    year        INT    NOT NULL,
    last_value  BIGINT NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
