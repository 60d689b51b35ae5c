-- Opinion forms 征求意见表: a questionnaire an office publishes for a period; anyone may answer
-- while it is open, and an answer that raises a concrete problem can become a case.

-- The form. Questions and options are rewritten freely while it is a DRAFT (two administrators may
-- edit it, hence version) and frozen from PUBLISHED on. Whether it is open is derived from status,
-- opens_at and closes_at (closes_at is exclusive).
CREATE TABLE opinion_form (
    id            VARCHAR(36)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(2000) NULL,
    -- BCP 47 tag of the language the questions are written in, e.g. zh-CN
    language      VARCHAR(16)   NOT NULL,
    -- who it addresses: RESIDENTS, SHOPS, UNITS, comma-separated
    audience      VARCHAR(64)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    opens_at      DATETIME(6)   NOT NULL,
    closes_at     DATETIME(6)   NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    published_by  VARCHAR(64)   NULL,
    published_at  DATETIME(6)   NULL,
    closed_by     VARCHAR(64)   NULL,
    closed_at     DATETIME(6)   NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    -- the public list of open forms
    KEY idx_opinion_form_open (status, closes_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Questions in order; question_key (q1, q2, ...) is what answers and results refer to.
CREATE TABLE opinion_question (
    form_id        VARCHAR(36)  NOT NULL,
    position       INT          NOT NULL,
    question_key   VARCHAR(8)   NOT NULL,
    type           VARCHAR(20)  NOT NULL,
    question_text  VARCHAR(500) NOT NULL,
    required       BOOLEAN      NOT NULL,
    PRIMARY KEY (form_id, position),
    UNIQUE KEY uk_opinion_question_key (form_id, question_key),
    CONSTRAINT fk_opinion_question_form FOREIGN KEY (form_id) REFERENCES opinion_form (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Options of the choice questions, numbered across the form (o1, o2, ...) so an option id names
-- exactly one question's option.
CREATE TABLE opinion_option (
    form_id       VARCHAR(36)  NOT NULL,
    position      INT          NOT NULL,
    option_key    VARCHAR(8)   NOT NULL,
    question_key  VARCHAR(8)   NOT NULL,
    label         VARCHAR(200) NOT NULL,
    PRIMARY KEY (form_id, position),
    UNIQUE KEY uk_opinion_option_key (form_id, option_key),
    CONSTRAINT fk_opinion_option_form FOREIGN KEY (form_id) REFERENCES opinion_form (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One respondent's answers. No account and no address is kept; answer_code_hash is the salted
-- hash of the secret code shown once to the respondent. case_id links the one case this answer
-- may become (the grievance table does not know about forms).
CREATE TABLE opinion_answer (
    id                    VARCHAR(36)  NOT NULL,
    form_id               VARCHAR(36)  NOT NULL,
    answer_code_hash      VARCHAR(64)  NOT NULL,
    submitted_at          DATETIME(6)  NOT NULL,
    case_id               VARCHAR(36)  NULL,
    case_tracking_number  VARCHAR(20)  NULL,
    -- the operator who made the case; NULL with a case_id means the respondent made it
    case_made_by          VARCHAR(64)  NULL,
    case_made_at          DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_opinion_answer_case (case_id),
    KEY idx_opinion_answer_form (form_id, submitted_at),
    CONSTRAINT fk_opinion_answer_form FOREIGN KEY (form_id) REFERENCES opinion_form (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per answered question, and per chosen option of a multiple-choice question: results
-- are counted with GROUP BY over these rows.
CREATE TABLE opinion_answer_item (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    answer_id      VARCHAR(36)   NOT NULL,
    question_key   VARCHAR(8)    NOT NULL,
    option_key     VARCHAR(8)    NULL,
    rating         INT           NULL,
    text_value     VARCHAR(5000) NULL,
    PRIMARY KEY (id),
    KEY idx_opinion_answer_item_answer (answer_id),
    CONSTRAINT fk_opinion_answer_item_answer FOREIGN KEY (answer_id) REFERENCES opinion_answer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
