-- The audit trail is append-only in the database itself, whichever account connects: an update or
-- a delete of an entry fails. (Production also grants the application account only SELECT and
-- INSERT on this table: deploy/mysql/grants.sql.)
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records are append-only: no update';

CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records are append-only: no delete';
