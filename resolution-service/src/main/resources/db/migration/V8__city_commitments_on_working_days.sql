-- The city-wide commitments were seeded on 24x7 (V6) because business calendars did not exist yet.
-- GENERAL (7 working days) and COMPLEX (15 working days) are promises in working days 工作日: they count
-- on cn-standard (V5), so a case queued on Friday evening is not late on Monday morning. Each move is a
-- new version of the commitment, audited as an administrator's change would be. Only rows still as
-- seeded move: a commitment an administrator has since changed keeps what they chose.
--
-- UTILITIES (water, power, gas, heating) stays on 24x7: its resolution limit is 24 calendar hours
-- because a household without water or heating cannot wait for Monday, and the utilities' repair
-- crews and the 12345 hotline answer round the clock; its claim and update limits run on the same
-- duty roster.
UPDATE service_commitment
   SET calendar_code = 'cn-standard',
       changed_at = '2026-11-30 00:00:00',
       version = version + 1
 WHERE department = '*'
   AND tier IN ('GENERAL', 'COMPLEX')
   AND calendar_code = '24x7'
   AND changed_by = 'flyway';

-- One INSERT per commitment: MariaDB 11.4.5 (the tests' server) refuses a multi-row INSERT … SELECT into
-- audit_record ("Column 'occurred_at' cannot be null", even for a constant), one row at a time works.
INSERT INTO audit_record (occurred_at, actor, actor_role, action, case_id, department, before_value, after_value,
        detail, trace_id)
SELECT changed_at, 'flyway', 'system', 'DEADLINE_POLICY_CHANGED', NULL, NULL, CONCAT('v', version - 1),
       CONCAT('v', version),
       CONCAT('service commitment ', id, ' changed: * / (default), tier GENERAL, calendar cn-standard ',
              '(was 24x7, seeded before business calendars existed)'),
       NULL
  FROM service_commitment
 WHERE department = '*' AND category = '' AND tier = 'GENERAL' AND changed_by = 'flyway'
   AND changed_at = '2026-11-30 00:00:00';

INSERT INTO audit_record (occurred_at, actor, actor_role, action, case_id, department, before_value, after_value,
        detail, trace_id)
SELECT changed_at, 'flyway', 'system', 'DEADLINE_POLICY_CHANGED', NULL, NULL, CONCAT('v', version - 1),
       CONCAT('v', version),
       CONCAT('service commitment ', id, ' changed: * / ', category, ', tier COMPLEX, calendar cn-standard ',
              '(was 24x7, seeded before business calendars existed)'),
       NULL
  FROM service_commitment
 WHERE department = '*' AND tier = 'COMPLEX' AND changed_by = 'flyway' AND changed_at = '2026-11-30 00:00:00';
