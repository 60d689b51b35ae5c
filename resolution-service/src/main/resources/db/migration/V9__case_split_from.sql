-- The case a dispatcher split this one from (routing's triage split): each part is a case of its own
-- whose case.status-changed names the original, so intake can show the resident every part under the
-- tracking number they hold. Null for a case placed whole.
ALTER TABLE grievance_case
    ADD COLUMN split_from VARCHAR(36) NULL,
    ADD KEY idx_case_split_from (split_from);
