-- A case in a department's hands.
CREATE TABLE grievance_case (
    id                VARCHAR(36)   NOT NULL,
    tracking_number   VARCHAR(20)   NOT NULL,
    department        VARCHAR(64)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    category          VARCHAR(64)   NOT NULL,
    title             VARCHAR(200)  NULL,
    description       VARCHAR(5000) NOT NULL,
    address           VARCHAR(500)  NULL,
    district          VARCHAR(64)   NULL,
    contact_name      VARCHAR(100)  NULL,
    contact_phone     VARCHAR(32)   NULL,
    contact_email     VARCHAR(254)  NULL,
    priority          VARCHAR(20)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    status_sequence   INT           NOT NULL,
    handler           VARCHAR(64)   NULL,
    resolution_note   VARCHAR(2000) NULL,
    routing_rule_id   BIGINT        NULL,
    routing_reason    VARCHAR(500)  NULL,
    submitted_at      DATETIME(6)   NOT NULL,
    queued_at         DATETIME(6)   NOT NULL,
    claimed_at        DATETIME(6)   NULL,
    resolved_at       DATETIME(6)   NULL,
    trace_id          VARCHAR(32)   NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_case_tracking_number (tracking_number),
    -- a department's queue: its cases in a status, oldest first
    KEY idx_case_queue (department, status, queued_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only audit trail: every state change of a case and every view of unmasked contact
-- details, with who (and in which role), when, what and the trace id. The application has no
-- update or delete path for it; in production its grants allow INSERT and SELECT only.
CREATE TABLE audit_record (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    actor_role     VARCHAR(20)   NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    case_id        VARCHAR(36)   NULL,
    department     VARCHAR(64)   NULL,
    before_value   VARCHAR(200)  NULL,
    after_value    VARCHAR(200)  NULL,
    detail         VARCHAR(2000) NULL,
    trace_id       VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    KEY idx_audit_case (case_id, id),
    KEY idx_audit_actor (actor, occurred_at),
    KEY idx_audit_department (department, occurred_at),
    KEY idx_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
