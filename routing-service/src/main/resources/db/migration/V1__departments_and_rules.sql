CREATE TABLE department (
    code      VARCHAR(64)  NOT NULL,
    name_zh   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    active    BOOLEAN      NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- First match by ascending priority wins; the unique priority makes ties impossible.
CREATE TABLE routing_rule (
    id               BIGINT       NOT NULL,
    version          INT          NOT NULL,
    priority         INT          NOT NULL,
    category         VARCHAR(64)  NULL,
    department_code  VARCHAR(64)  NOT NULL,
    description      VARCHAR(200) NOT NULL,
    active           BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_routing_rule_priority (priority),
    CONSTRAINT fk_routing_rule_department FOREIGN KEY (department_code) REFERENCES department (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every placement of a case, with the rule that decided it, so each one can be explained.
CREATE TABLE placement (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    case_id          VARCHAR(36)  NOT NULL,
    tracking_number  VARCHAR(20)  NOT NULL,
    department_code  VARCHAR(64)  NOT NULL,
    rule_id          BIGINT       NULL,
    rule_version     INT          NULL,
    reason           VARCHAR(500) NOT NULL,
    placed_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_placement_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Cases no rule placed, waiting for a dispatcher. The submitted payload is kept to route it later.
CREATE TABLE triage_entry (
    case_id          VARCHAR(36)  NOT NULL,
    tracking_number  VARCHAR(20)  NOT NULL,
    category         VARCHAR(64)  NOT NULL,
    reason           VARCHAR(500) NOT NULL,
    submission       MEDIUMTEXT   NOT NULL,
    parked_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (case_id),
    KEY idx_triage_parked_at (parked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO department (code, name_zh, name_en, active) VALUES
    ('urban-management', '城市管理局', 'Urban Management Bureau', TRUE),
    ('transport', '交通运输局', 'Transport Bureau', TRUE),
    ('water-affairs', '水务局', 'Water Affairs Bureau', TRUE),
    ('environment', '生态环境局', 'Ecology and Environment Bureau', TRUE),
    ('housing', '住房和城乡建设局', 'Housing and Urban-Rural Development Bureau', TRUE);

INSERT INTO routing_rule (id, version, priority, category, department_code, description, active) VALUES
    (1, 1, 10, 'street-lighting', 'urban-management', 'Street lights belong to urban management', TRUE),
    (2, 1, 20, 'city-appearance', 'urban-management', 'Litter, illegal stalls and signage belong to urban management', TRUE),
    (3, 1, 30, 'road-damage', 'transport', 'Potholes and damaged roads belong to transport', TRUE),
    (4, 1, 40, 'water-supply', 'water-affairs', 'Water supply and drainage belong to water affairs', TRUE),
    (5, 1, 50, 'noise', 'environment', 'Noise belongs to ecology and environment', TRUE),
    (6, 1, 60, 'air-pollution', 'environment', 'Air pollution belongs to ecology and environment', TRUE),
    (7, 1, 70, 'property-management', 'housing', 'Residential property management belongs to housing', TRUE);
