-- Photos of a case: described here, their bytes in the photo store (a directory or volume).
CREATE TABLE grievance_photo (
    id            VARCHAR(36) NOT NULL,
    grievance_id  VARCHAR(36) NOT NULL,
    type          VARCHAR(10) NOT NULL,
    size_bytes    BIGINT      NOT NULL,
    storage_key   VARCHAR(64) NOT NULL,
    uploaded_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_photo_grievance (grievance_id, uploaded_at),
    CONSTRAINT fk_photo_grievance FOREIGN KEY (grievance_id) REFERENCES grievance (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
