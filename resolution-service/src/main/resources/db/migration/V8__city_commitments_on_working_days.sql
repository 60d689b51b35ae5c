-- The city-wide commitments were seeded on 24x7 (V6) because business calendars did not exist yet.
-- GENERAL (7 working days) and COMPLEX (15 working days) are promises in working days 工作日: they count
-- on cn-standard (V5), so a case queued on Friday evening is not late on Monday morning. Each move is a
-- new version of the commitment, as an administrator's change would be.
--
-- UTILITIES (water, power, gas, heating) stays on 24x7: its resolution limit is 24 calendar hours
-- because a household without water or heating cannot wait for Monday, and the utilities' repair
-- crews and the 12345 hotline answer round the clock; its claim and update limits run on the same
-- duty roster.
UPDATE service_commitment
   SET calendar_code = 'cn-standard',
       changed_by = 'flyway',
       changed_at = '2026-11-30 00:00:00',
       version = version + 1
 WHERE department = '*'
   AND tier IN ('GENERAL', 'COMPLEX')
   AND calendar_code = '24x7';
