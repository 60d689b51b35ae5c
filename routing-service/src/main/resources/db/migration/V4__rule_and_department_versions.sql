-- Rules and departments are versioned: the current state stays in routing_rule and department
-- (what routing reads), and every version, with who changed it and when, is kept beside it.
ALTER TABLE routing_rule MODIFY id BIGINT NOT NULL AUTO_INCREMENT;
ALTER TABLE routing_rule
    ADD COLUMN changed_by VARCHAR(100) NOT NULL DEFAULT 'migration',
    ADD COLUMN changed_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

CREATE TABLE routing_rule_version (
    rule_id          BIGINT        NOT NULL,
    version          INT           NOT NULL,
    priority         INT           NOT NULL,
    kind             VARCHAR(20)   NULL,
    category         VARCHAR(64)   NULL,
    keywords         VARCHAR(2000) NULL,
    district         VARCHAR(64)   NULL,
    green_channel    BOOLEAN       NULL,
    channel          VARCHAR(20)   NULL,
    department_code  VARCHAR(64)   NOT NULL,
    description      VARCHAR(200)  NOT NULL,
    active           BOOLEAN       NOT NULL,
    changed_by       VARCHAR(100)  NOT NULL,
    changed_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (rule_id, version),
    CONSTRAINT fk_rule_version_rule FOREIGN KEY (rule_id) REFERENCES routing_rule (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO routing_rule_version (rule_id, version, priority, kind, category, keywords, district, green_channel, channel,
                                  department_code, description, active, changed_by, changed_at)
SELECT id, version, priority, kind, category, keywords, district, green_channel, channel, department_code, description,
       active, changed_by, changed_at
FROM routing_rule;

-- Districts a department serves, one per line; none means the whole city. A rule whose department
-- is inactive, or does not serve the case's district, places no case.
ALTER TABLE department
    ADD COLUMN districts  VARCHAR(2000) NULL,
    ADD COLUMN version    INT           NOT NULL DEFAULT 1,
    ADD COLUMN changed_by VARCHAR(100)  NOT NULL DEFAULT 'migration',
    ADD COLUMN changed_at DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

CREATE TABLE department_version (
    code        VARCHAR(64)   NOT NULL,
    version     INT           NOT NULL,
    name_zh     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(100)  NOT NULL,
    districts   VARCHAR(2000) NULL,
    active      BOOLEAN       NOT NULL,
    changed_by  VARCHAR(100)  NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (code, version),
    CONSTRAINT fk_department_version_department FOREIGN KEY (code) REFERENCES department (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO department_version (code, version, name_zh, name_en, districts, active, changed_by, changed_at)
SELECT code, version, name_zh, name_en, districts, active, changed_by, changed_at FROM department;
