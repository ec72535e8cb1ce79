-- Coding workspace (#7): survey comments and complaint descriptions join the coding queue, and every coded excerpt
-- keeps what the keyword rules suggested so the share of accepted suggestions can be shown.
ALTER TABLE qualitative_note DROP CONSTRAINT ck_note_source;
ALTER TABLE qualitative_note ADD CONSTRAINT ck_note_source
    CHECK (source_type IN ('INTERVIEW', 'OBSERVATION', 'DOCUMENT', 'SURVEY', 'COMPLAINT'));

-- 'SURVEY:<id>' or 'COMPLAINT:<ticket>' for excerpts pulled from the queue: each text is coded once.
ALTER TABLE qualitative_note ADD COLUMN source_ref VARCHAR(40);
ALTER TABLE qualitative_note ADD CONSTRAINT uk_note_source_ref UNIQUE (source_ref);

ALTER TABLE qualitative_note ADD COLUMN suggested_attribute VARCHAR(24);
ALTER TABLE qualitative_note ADD COLUMN suggested_sentiment VARCHAR(8);
ALTER TABLE qualitative_note ADD CONSTRAINT ck_note_suggested_attribute CHECK (suggested_attribute IS NULL
    OR suggested_attribute IN ('RELATIVE_ADVANTAGE', 'COMPATIBILITY', 'COMPLEXITY', 'TRIALABILITY', 'OBSERVABILITY'));
ALTER TABLE qualitative_note ADD CONSTRAINT ck_note_suggested_sentiment CHECK (suggested_sentiment IS NULL
    OR suggested_sentiment IN ('POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED'));

ALTER TABLE qualitative_note ADD COLUMN coded_by VARCHAR(64);
ALTER TABLE qualitative_note ADD COLUMN coded_at TIMESTAMP;
