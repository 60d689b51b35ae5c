-- Production accounts for one MySQL 8 server holding the three services' schemas.
--
-- Each service gets two accounts: a migrator that Flyway uses at start-up (owns the schema; give it
-- to the service as QUARKUS_FLYWAY_USERNAME / QUARKUS_FLYWAY_PASSWORD) and an application account
-- with data rights only (QUARKUS_DATASOURCE_USERNAME / QUARKUS_DATASOURCE_PASSWORD). The resolution application may only read and append the audit
-- trail; its other tables get full data rights. Run as an administrator after the first migration,
-- and again after a migration adds a table to resolution (table-level grants name each table).
-- MySQL 8 with binary logging lets the migrator create resolution's triggers only with
-- log_bin_trust_function_creators=1 (or SUPER); set it on the server or the V2 migration fails.
-- Replace the passwords (or use your secret store's placeholders) before running.
--
-- resolution-service's ProductionGrantsTest runs this script on a MariaDB that enforces grants,
-- after the real migrations, and checks the application account's rights. Not yet tried: the
-- separate Flyway account at start-up on a real MySQL 8. The append-only rule is also enforced
-- by triggers (resolution's V2 migration), for every account.

CREATE USER IF NOT EXISTS 'intake_migrator'@'%' IDENTIFIED BY 'change-me';
CREATE USER IF NOT EXISTS 'intake_app'@'%' IDENTIFIED BY 'change-me';
GRANT ALL PRIVILEGES ON intake.* TO 'intake_migrator'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON intake.* TO 'intake_app'@'%';

CREATE USER IF NOT EXISTS 'routing_migrator'@'%' IDENTIFIED BY 'change-me';
CREATE USER IF NOT EXISTS 'routing_app'@'%' IDENTIFIED BY 'change-me';
GRANT ALL PRIVILEGES ON routing.* TO 'routing_migrator'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON routing.* TO 'routing_app'@'%';

CREATE USER IF NOT EXISTS 'resolution_migrator'@'%' IDENTIFIED BY 'change-me';
CREATE USER IF NOT EXISTS 'resolution_app'@'%' IDENTIFIED BY 'change-me';
GRANT ALL PRIVILEGES ON resolution.* TO 'resolution_migrator'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON resolution.grievance_case TO 'resolution_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON resolution.outbox_event TO 'resolution_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON resolution.inbox_processed_event TO 'resolution_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON resolution.idempotent_request TO 'resolution_app'@'%';
GRANT SELECT, INSERT ON resolution.case_supplement TO 'resolution_app'@'%';
GRANT SELECT, INSERT ON resolution.resident_rating TO 'resolution_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON resolution.service_commitment TO 'resolution_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON resolution.case_clock TO 'resolution_app'@'%';
GRANT SELECT, INSERT ON resolution.clock_warning TO 'resolution_app'@'%';
GRANT SELECT, INSERT, UPDATE ON resolution.deadline_extension TO 'resolution_app'@'%';
-- handlers' notes are written once and never changed
GRANT SELECT, INSERT ON resolution.case_note TO 'resolution_app'@'%';
-- a supervisor's rating of a resolution's handling is given once
GRANT SELECT, INSERT ON resolution.supervisor_rating TO 'resolution_app'@'%';
-- append-only: no UPDATE, no DELETE
GRANT SELECT, INSERT ON resolution.audit_record TO 'resolution_app'@'%';
-- business calendars: the current version changes (its special days are rewritten), past versions never do
GRANT SELECT, INSERT, UPDATE ON resolution.business_calendar TO 'resolution_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON resolution.business_calendar_day TO 'resolution_app'@'%';
GRANT SELECT, INSERT ON resolution.business_calendar_version TO 'resolution_app'@'%';
