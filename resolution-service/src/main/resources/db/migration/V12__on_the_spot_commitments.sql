-- 立查立办, the product's headline promise, published for what the Urban Management Bureau settles on
-- the spot: a street light out or a blot on the city's appearance is claimed within 30 working minutes
-- and resolved within 1 working day (cn-standard), callback within 1 working day, a reopened case
-- within 4 working hours. Administrators change them like any commitment (a new version, audited);
-- every other category keeps the city-wide GENERAL tier (7 working days).
INSERT INTO service_commitment (department, category, tier, calendar_code, claim_amount, claim_unit, update_amount,
        update_unit, resolution_amount, resolution_unit, callback_amount, callback_unit, reopened_amount, reopened_unit,
        scope_zh, scope_en, changed_by, changed_at, version)
VALUES ('urban-management', 'street-lighting', 'ON_THE_SPOT', 'cn-standard', 30, 'WORKING_MINUTES', 4, 'WORKING_HOURS',
        1, 'WORKING_DAYS', 1, 'WORKING_DAYS', 4, 'WORKING_HOURS', '路灯不亮、损坏，立查立办', 'Street lights out or broken, settled on the spot',
        'flyway', '2026-12-07 00:00:00', 0),
       ('urban-management', 'city-appearance', 'ON_THE_SPOT', 'cn-standard', 30, 'WORKING_MINUTES', 4, 'WORKING_HOURS',
        1, 'WORKING_DAYS', 1, 'WORKING_DAYS', 4, 'WORKING_HOURS', '乱堆乱放、占道经营等市容问题，立查立办',
        'Litter, clutter and street stalls spoiling the city''s appearance, settled on the spot',
        'flyway', '2026-12-07 00:00:00', 0);

-- audited as an administrator's creation would be (one INSERT per row: see V8)
INSERT INTO audit_record (occurred_at, actor, actor_role, action, case_id, department, before_value, after_value,
        detail, trace_id)
SELECT changed_at, 'flyway', 'system', 'DEADLINE_POLICY_CHANGED', NULL, 'urban-management', NULL, 'v0',
       CONCAT('service commitment ', id, ' created: urban-management / street-lighting, tier ON_THE_SPOT, calendar ',
              'cn-standard: claim 30 working minutes, resolution 1 working day (立查立办)'), NULL
  FROM service_commitment WHERE department = 'urban-management' AND category = 'street-lighting' AND changed_by = 'flyway';

INSERT INTO audit_record (occurred_at, actor, actor_role, action, case_id, department, before_value, after_value,
        detail, trace_id)
SELECT changed_at, 'flyway', 'system', 'DEADLINE_POLICY_CHANGED', NULL, 'urban-management', NULL, 'v0',
       CONCAT('service commitment ', id, ' created: urban-management / city-appearance, tier ON_THE_SPOT, calendar ',
              'cn-standard: claim 30 working minutes, resolution 1 working day (立查立办)'), NULL
  FROM service_commitment WHERE department = 'urban-management' AND category = 'city-appearance' AND changed_by = 'flyway';
