-- What resolution tells the resident with each update (issue 6): the honest outcome of a closed case
-- (with the reason and where else to go), and the department's questions and notes. A note takes a
-- position in the sequence of its own, so a status_update row may repeat the previous status.
ALTER TABLE status_update
    ADD COLUMN outcome          VARCHAR(20)   NULL,
    ADD COLUMN outcome_text_zh  VARCHAR(200)  NULL,
    ADD COLUMN outcome_text_en  VARCHAR(200)  NULL,
    ADD COLUMN outcome_reason   VARCHAR(1000) NULL,
    ADD COLUMN where_else       VARCHAR(500)  NULL,
    ADD COLUMN note_kind        VARCHAR(20)   NULL,
    ADD COLUMN note_text        VARCHAR(2000) NULL;
