-- Rules match on more than the category: every condition given must hold, an absent one (NULL)
-- matches any case. Keywords are alternatives, one per line, matched as substrings of the
-- normalised title and description (Chinese has no spaces between words).
ALTER TABLE routing_rule
    ADD COLUMN kind          VARCHAR(20)   NULL AFTER priority,
    ADD COLUMN keywords      VARCHAR(2000) NULL AFTER category,
    ADD COLUMN district      VARCHAR(64)   NULL AFTER keywords,
    ADD COLUMN green_channel BOOLEAN       NULL AFTER district,
    ADD COLUMN channel       VARCHAR(20)   NULL AFTER green_channel;
