-- Staff who may sign in. Passwords are stored only as bcrypt hashes; accounts are switched off
-- (active = FALSE) rather than deleted, so the names in the services' audit trails stay meaningful.
CREATE TABLE staff_account (
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    department     VARCHAR(64)  NULL,
    active         BOOLEAN      NOT NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Roles as the tokens' "groups" claim names them: operator, handler, supervisor, inspector, admin.
CREATE TABLE staff_account_role (
    username  VARCHAR(64) NOT NULL,
    role      VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT fk_staff_account_role_account FOREIGN KEY (username) REFERENCES staff_account (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per failed (or still running) sign-in, for throttling password guessing. Keyed by the
-- username as typed (lower-cased), not by account: unknown usernames are throttled alike, so
-- throttling reveals nothing about which accounts exist. Rows older than the window are purged.
CREATE TABLE failed_sign_in (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64) NOT NULL,
    attempted_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_failed_sign_in_username_time (username, attempted_at),
    KEY ix_failed_sign_in_time (attempted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
