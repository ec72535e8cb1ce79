-- The JHT balance band of a claim was stored but never read: no page, figure, filter, export or rule used it
-- (issue 14, dead code). The constraint goes first, then the column; the same statements run on H2 and PostgreSQL.
ALTER TABLE jht_claim DROP CONSTRAINT ck_claim_amount;
ALTER TABLE jht_claim DROP COLUMN amount_band;
