-- The duplicate search (DuplicateFinder) looks a submission up by four bounded index ranges, one per
-- way two cases can be about the same thing: the same phone, the same e-mail, the same address (a
-- normalised key), or a nearby point (a grid cell of 0.001 degrees). Address key and cell are set only
-- on the first case of a chain, the only kind compared; phone and e-mail are read as they are.
ALTER TABLE grievance
    ADD COLUMN address_key CHAR(16) NULL,
    ADD COLUMN geo_cell BIGINT NULL,
    DROP KEY idx_grievance_contact_phone,
    DROP KEY idx_grievance_contact_email,
    ADD KEY idx_grievance_phone_submitted (contact_phone, submitted_at),
    ADD KEY idx_grievance_email_submitted (contact_email, submitted_at),
    ADD KEY idx_grievance_address_key_submitted (address_key, submitted_at),
    ADD KEY idx_grievance_geo_cell_submitted (geo_cell, submitted_at);

-- Only cases still inside the search's 48-hour window (with a day's margin) can be found again, so only
-- they get keys. SQL has no NFKC: full-width forms in these few rows' addresses stay as typed.
UPDATE grievance
SET address_key = LEFT(SHA2(NULLIF(LOWER(REGEXP_REPLACE(address, '[\\p{Z}\\p{P}\\p{S}\\s]+', '')), ''), 256), 16),
    geo_cell = FLOOR((latitude + 90) * 1000) * 1000000 + FLOOR((longitude + 180) * 1000)
WHERE likely_duplicate_of IS NULL AND split_from IS NULL AND submitted_at >= NOW() - INTERVAL 3 DAY;
