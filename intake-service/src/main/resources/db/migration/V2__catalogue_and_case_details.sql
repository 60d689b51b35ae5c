-- The published service catalogue: categories residents may raise (their codes are what routing
-- rules match on) and the extra questions each asks (Open311 "attributes").
CREATE TABLE service_category (
    code            VARCHAR(64)  NOT NULL,
    name_zh         VARCHAR(100) NOT NULL,
    name_en         VARCHAR(100) NOT NULL,
    description_zh  VARCHAR(500) NOT NULL,
    description_en  VARCHAR(500) NOT NULL,
    group_zh        VARCHAR(100) NOT NULL,
    group_en        VARCHAR(100) NOT NULL,
    sort_order      INT          NOT NULL,
    active          BOOLEAN      NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE category_question (
    id             BIGINT       NOT NULL,
    category_code  VARCHAR(64)  NOT NULL,
    code           VARCHAR(64)  NOT NULL,
    type           VARCHAR(20)  NOT NULL,
    required       BOOLEAN      NOT NULL,
    label_zh       VARCHAR(200) NOT NULL,
    label_en       VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_category_question_code (category_code, code),
    CONSTRAINT fk_category_question_category FOREIGN KEY (category_code) REFERENCES service_category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE category_question_option (
    question_id  BIGINT       NOT NULL,
    position     INT          NOT NULL,
    code         VARCHAR(64)  NOT NULL,
    label_zh     VARCHAR(100) NOT NULL,
    label_en     VARCHAR(100) NOT NULL,
    PRIMARY KEY (question_id, position),
    CONSTRAINT fk_question_option_question FOREIGN KEY (question_id) REFERENCES category_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO service_category (code, name_zh, name_en, description_zh, description_en, group_zh, group_en, sort_order, active) VALUES
    ('street-lighting', '路灯照明', 'Street lighting', '路灯不亮、常亮或损坏', 'Street lights out, always on or damaged', '市政设施', 'Public works', 10, TRUE),
    ('road-damage', '道路损坏', 'Road damage', '坑洼、塌陷、井盖缺失', 'Potholes, subsidence, missing manhole covers', '市政设施', 'Public works', 20, TRUE),
    ('water-supply', '供水排水', 'Water supply and drainage', '停水、水质、积水、管道破裂', 'No water, water quality, flooding, burst pipes', '市政设施', 'Public works', 30, TRUE),
    ('city-appearance', '市容环境', 'City appearance', '垃圾、占道经营、违规广告', 'Litter, street stalls, illegal signs', '市容环境', 'City environment', 40, TRUE),
    ('noise', '噪声扰民', 'Noise', '施工、商业、社会生活噪声', 'Construction, business and neighbourhood noise', '生态环境', 'Environment', 50, TRUE),
    ('air-pollution', '大气污染', 'Air pollution', '烟尘、异味、露天焚烧', 'Smoke, odours, open burning', '生态环境', 'Environment', 60, TRUE),
    ('property-management', '物业管理', 'Property management', '小区物业服务与公共设施', 'Residential property services and shared facilities', '住房', 'Housing', 70, TRUE),
    ('other', '其他', 'Other', '以上类别之外的事项，由调度员分派', 'Anything else; a dispatcher assigns it', '其他', 'Other', 999, TRUE);

INSERT INTO category_question (id, category_code, code, type, required, label_zh, label_en) VALUES
    (1, 'street-lighting', 'pole_number', 'STRING', FALSE, '灯杆编号（杆上的白色编号）', 'Pole number (white number on the pole)'),
    (2, 'street-lighting', 'fault', 'SINGLE_CHOICE', FALSE, '故障情况', 'What is wrong'),
    (3, 'road-damage', 'hazard', 'SINGLE_CHOICE', TRUE, '损坏类型', 'Kind of damage'),
    (4, 'road-damage', 'size_metres', 'NUMBER', FALSE, '大约尺寸（米）', 'Approximate size (metres)'),
    (5, 'noise', 'source', 'MULTIPLE_CHOICE', FALSE, '噪声来源', 'Source of the noise'),
    (6, 'noise', 'last_heard', 'DATETIME', FALSE, '最近一次听到的时间', 'When you last heard it'),
    (7, 'water-supply', 'households_affected', 'NUMBER', FALSE, '受影响户数', 'Households affected');

INSERT INTO category_question_option (question_id, position, code, label_zh, label_en) VALUES
    (2, 0, 'out', '不亮', 'Not lit'),
    (2, 1, 'always-on', '白天常亮', 'On during the day'),
    (2, 2, 'flickering', '闪烁', 'Flickering'),
    (2, 3, 'damaged', '灯杆损坏', 'Pole damaged'),
    (3, 0, 'pothole', '坑洼', 'Pothole'),
    (3, 1, 'subsidence', '塌陷', 'Subsidence'),
    (3, 2, 'manhole', '井盖缺失或破损', 'Manhole cover missing or broken'),
    (5, 0, 'construction', '建筑施工', 'Construction'),
    (5, 1, 'business', '商业经营', 'Business'),
    (5, 2, 'neighbours', '社会生活', 'Neighbours'),
    (5, 3, 'traffic', '交通', 'Traffic');

-- What the resident said beyond the common fields
ALTER TABLE grievance
    ADD COLUMN attributes          TEXT        NULL AFTER longitude,
    -- anonymous: contact kept for intake's own call-backs, never passed to departments
    ADD COLUMN anonymous           BOOLEAN     NOT NULL DEFAULT FALSE AFTER contact_email,
    -- green channel 绿色通道 reasons, comma-separated: ELDERLY, SICK, DISABLED, OUT_OF_TOWN
    ADD COLUMN green_channel       VARCHAR(64) NULL AFTER anonymous,
    ADD COLUMN preferred_language  VARCHAR(5)  NOT NULL DEFAULT 'zh-CN' AFTER green_channel,
    -- a case submitted within 48 h from the same person or place with very similar text
    ADD COLUMN likely_duplicate_of VARCHAR(36) NULL AFTER preferred_language,
    ADD KEY idx_grievance_submitted_at (submitted_at),
    ADD KEY idx_grievance_contact_phone (contact_phone),
    ADD KEY idx_grievance_contact_email (contact_email);
