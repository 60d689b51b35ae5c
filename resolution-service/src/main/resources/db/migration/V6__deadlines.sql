-- Service commitments 承诺服务: per department and category (empty category = the department's
-- default; department '*' = the city-wide default), the calendar and the time limits the case's
-- clocks run on. Limits are an amount and a unit (CALENDAR_HOURS, WORKING_MINUTES, WORKING_HOURS,
-- WORKING_DAYS), as calendar.TimeLimit states them.
CREATE TABLE service_commitment (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    department            VARCHAR(64)   NOT NULL,
    category              VARCHAR(64)   NOT NULL DEFAULT '',
    tier                  VARCHAR(20)   NOT NULL,
    calendar_code         VARCHAR(32)   NOT NULL,
    claim_amount          INT           NOT NULL,
    claim_unit            VARCHAR(20)   NOT NULL,
    update_amount         INT           NOT NULL,
    update_unit           VARCHAR(20)   NOT NULL,
    resolution_amount     INT           NOT NULL,
    resolution_unit       VARCHAR(20)   NOT NULL,
    callback_amount       INT           NOT NULL,
    callback_unit         VARCHAR(20)   NOT NULL,
    reopened_amount       INT           NOT NULL,
    reopened_unit         VARCHAR(20)   NOT NULL,
    scope_zh              VARCHAR(500)  NULL,
    scope_en              VARCHAR(500)  NULL,
    changed_by            VARCHAR(64)   NOT NULL,
    changed_at            DATETIME(6)   NOT NULL,
    version               INT           NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_commitment_department_category (department, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The 12345 hotline norm as the city-wide defaults, until departments publish their own. All on the
-- round-the-clock calendar for now: the working-day calendars (cn-standard) arrive with their own change.
INSERT INTO service_commitment (department, category, tier, calendar_code, claim_amount, claim_unit, update_amount,
        update_unit, resolution_amount, resolution_unit, callback_amount, callback_unit, reopened_amount, reopened_unit,
        scope_zh, scope_en, changed_by, changed_at, version)
VALUES ('*', '', 'GENERAL', '24x7', 2, 'WORKING_HOURS', 16, 'WORKING_HOURS', 7, 'WORKING_DAYS', 3, 'WORKING_DAYS',
        3, 'WORKING_DAYS', '一般诉求', 'General requests', 'flyway', '2026-11-27 00:00:00', 0),
       ('*', 'water-supply', 'UTILITIES', '24x7', 1, 'WORKING_HOURS', 4, 'WORKING_HOURS', 24, 'CALENDAR_HOURS',
        2, 'WORKING_DAYS', 12, 'CALENDAR_HOURS', '供水、供电、供气、供暖', 'Water, power, gas and heating', 'flyway',
        '2026-11-27 00:00:00', 0),
       ('*', 'property-management', 'COMPLEX', '24x7', 2, 'WORKING_HOURS', 24, 'WORKING_HOURS', 15, 'WORKING_DAYS',
        3, 'WORKING_DAYS', 7, 'WORKING_DAYS', '涉及多方的复杂诉求', 'Complex requests involving several parties',
        'flyway', '2026-11-27 00:00:00', 0);

-- One clock of a case: CLAIM, UPDATE, RESOLUTION or CALLBACK. A case has at most one live
-- (RUNNING or PAUSED) clock of each kind; ended ones stay as the record. next_check_at is the next
-- warning point not yet raised (null when none is left or the clock is not running): the scanner
-- reads only rows falling due through its index.
CREATE TABLE case_clock (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    case_id           VARCHAR(36)  NOT NULL,
    department        VARCHAR(64)  NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    calendar_code     VARCHAR(32)  NOT NULL,
    limit_amount      INT          NOT NULL,
    limit_unit        VARCHAR(20)  NOT NULL,
    started_at        DATETIME(6)  NOT NULL,
    due_at            DATETIME(6)  NOT NULL,
    original_due_at   DATETIME(6)  NOT NULL,
    yellow_at         DATETIME(6)  NOT NULL,
    paused_at         DATETIME(6)  NULL,
    ended_at          DATETIME(6)  NULL,
    yellow_raised     BOOLEAN      NOT NULL DEFAULT FALSE,
    red_raised        BOOLEAN      NOT NULL DEFAULT FALSE,
    next_check_at     DATETIME(6)  NULL,
    version           BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY idx_clock_case (case_id, kind),
    KEY idx_clock_next_check (next_check_at),
    KEY idx_clock_red (red_raised, state, department)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Warnings raised on a clock: YELLOW and RED once each (the unique key is the backstop against two
-- scanners), and ALERT when a special-handling case is queued (supervisors told at once).
CREATE TABLE clock_warning (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    clock_id    BIGINT       NOT NULL,
    case_id     VARCHAR(36)  NOT NULL,
    department  VARCHAR(64)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    level       VARCHAR(10)  NOT NULL,
    due_at      DATETIME(6)  NOT NULL,
    raised_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_warning_clock_level (clock_id, level),
    KEY idx_warning_department (department, raised_at),
    KEY idx_warning_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A handler's request for more time on a clock, with the reason the resident is shown, and the
-- supervisor's decision.
CREATE TABLE deadline_extension (
    id                VARCHAR(36)  NOT NULL,
    case_id           VARCHAR(36)  NOT NULL,
    clock_id          BIGINT       NOT NULL,
    department        VARCHAR(64)  NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    reason            VARCHAR(500) NOT NULL,
    requested_by      VARCHAR(64)  NOT NULL,
    requested_at      DATETIME(6)  NOT NULL,
    due_before        DATETIME(6)  NOT NULL,
    requested_due_at  DATETIME(6)  NOT NULL,
    decided_by        VARCHAR(64)  NULL,
    decided_at        DATETIME(6)  NULL,
    decision_note     VARCHAR(500) NULL,
    version           BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY idx_extension_case (case_id, requested_at),
    KEY idx_extension_department (department, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
