-- Open311 GeoReport v2 (/open311/v2). V30, not V4: V20 is reserved for another branch's work, and
-- leaving room keeps the versions of parallel branches from colliding when they are merged.

-- Keys of the Open311 clients allowed to submit (POST requests). Administrators issue and revoke
-- them; the key itself is shown once and only its SHA-256 hash is kept. Keys are 256-bit random
-- strings, so an unsalted hash can be looked up and still not be reversed.
CREATE TABLE open311_api_key (
    id          VARCHAR(36)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    key_hash    VARCHAR(64)  NOT NULL,
    -- the key's last characters, so administrators can tell keys apart without the secret
    key_hint    VARCHAR(8)   NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    revoked_at  DATETIME(6)  NULL,
    revoked_by  VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_open311_api_key_hash (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The history of each case's public status: one row per case.status-changed event applied to the
-- read model (stale and redelivered events are not applied, so they add no row). Open311 clients
-- follow it through FixMyStreet's servicerequestupdates extension.
CREATE TABLE status_update (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    grievance_id     VARCHAR(36)  NOT NULL,
    status_sequence  INT          NOT NULL,
    status           VARCHAR(32)  NOT NULL,
    status_text_zh   VARCHAR(200) NOT NULL,
    status_text_en   VARCHAR(200) NOT NULL,
    department       VARCHAR(64)  NULL,
    changed_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    -- a second guard, after the read model's own, against one change being recorded twice
    UNIQUE KEY uk_status_update_sequence (grievance_id, status_sequence),
    KEY idx_status_update_changed_at (changed_at, id),
    CONSTRAINT fk_status_update_grievance FOREIGN KEY (grievance_id) REFERENCES grievance (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Cases that changed status before this history existed get their current status as one update.
INSERT INTO status_update (grievance_id, status_sequence, status, status_text_zh, status_text_en, department, changed_at)
SELECT id, status_sequence, status, status_text_zh, status_text_en, department, updated_at
FROM grievance
WHERE status_sequence > 0;

-- GET requests.{format}?service_code=… lists one service's cases by submission time
ALTER TABLE grievance ADD KEY idx_grievance_category_submitted (category, submitted_at);
