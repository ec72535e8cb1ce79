-- What an IKM publication needs besides the figures (Permen PANRB 14/2017 asks units to publish the result with a
-- follow-up plan, signed by the head of the unit). Portable SQL: the same file runs on H2 (MODE=PostgreSQL) and
-- PostgreSQL.

-- The head of the branch (Kepala Kantor Cabang) who signs the branch's IKM report.
ALTER TABLE branch ADD COLUMN head_name VARCHAR(100);

-- Rencana tindak lanjut: one text per branch and report period (e.g. semester I 2026).
CREATE TABLE ikm_follow_up (
    branch_id   BIGINT        NOT NULL REFERENCES branch (id),
    period_from DATE          NOT NULL,
    period_to   DATE          NOT NULL,
    plan        VARCHAR(4000) NOT NULL,
    updated_by  VARCHAR(50)   NOT NULL,
    updated_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_ikm_follow_up PRIMARY KEY (branch_id, period_from, period_to),
    CONSTRAINT ck_ikm_follow_up_period CHECK (period_to >= period_from)
);
