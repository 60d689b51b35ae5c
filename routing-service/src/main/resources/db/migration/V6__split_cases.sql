-- A dispatcher may split a case between departments: each part is a case of its own, placed
-- like any other, and remembers the case it came from.
ALTER TABLE placement
    ADD COLUMN split_from VARCHAR(36) NULL,
    ADD KEY idx_placement_split_from (split_from);
