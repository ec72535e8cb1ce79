-- Complaint figures per day received, branch, channel, category, attribute, status and whether the complaint had a
-- first response, kept exact by ComplaintAggregates (recomputed for the day and branch of every complaint that is
-- created, edited or moves status; rebuilt after bulk loads). The dashboard's complaint figures (received, open,
-- overdue, error reports, per category and attribute, open by age) read these rows instead of scanning complaints:
-- "overdue" needs only the day received, because ages are counted in whole working days (ComplaintDeadlines).
CREATE TABLE complaint_daily (
    received_date DATE        NOT NULL,
    branch_id     BIGINT      NOT NULL REFERENCES branch (id),
    channel       VARCHAR(16) NOT NULL,
    category      VARCHAR(24) NOT NULL,
    attribute     VARCHAR(24) NOT NULL,
    status        VARCHAR(24) NOT NULL,
    responded     BOOLEAN     NOT NULL,
    complaints    BIGINT      NOT NULL,
    PRIMARY KEY (received_date, branch_id, channel, category, attribute, status, responded)
);

INSERT INTO complaint_daily (received_date, branch_id, channel, category, attribute, status, responded, complaints)
SELECT CAST(received_at AS DATE), branch_id, channel, category, attribute, status, first_response_at IS NOT NULL,
       COUNT(*)
FROM complaint
GROUP BY CAST(received_at AS DATE), branch_id, channel, category, attribute, status, first_response_at IS NOT NULL;
