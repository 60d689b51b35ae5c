-- Parts of a case a dispatcher split between departments (routing's triage split). Each part is a case
-- of its own in resolution (tracking number <original>-1, -2, ...); intake keeps it as a grievance row
-- linked to the original, so the status read model, its history, ratings and additions work per part.
-- A part opens with the original's access code (its access_code_hash is the original's).
ALTER TABLE grievance
    ADD COLUMN split_from VARCHAR(36) NULL,
    ADD KEY idx_grievance_split_from (split_from),
    ADD CONSTRAINT fk_grievance_split_from FOREIGN KEY (split_from) REFERENCES grievance (id);
