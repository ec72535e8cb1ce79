-- Complaint figures per month received (the first day of the month), branch, channel, category, attribute, status and
-- whether the complaint had a first response: complaint_daily (V18) rolled up by month. At national volume the daily
-- table holds only 1.3-2.8 complaints a row (seven key columns), so a 12-month period read it almost like the raw
-- table; the whole months of a period now come from here (ComplaintStatistics), the partial edge months from the
-- daily rows. Kept exact by ComplaintAggregates in the same transaction as complaint_daily (recomputed for the month
-- and branch of every touched day); rebuilt after bulk loads with the statement below.
CREATE TABLE complaint_monthly (
    received_month DATE        NOT NULL,
    branch_id      BIGINT      NOT NULL REFERENCES branch (id),
    channel        VARCHAR(16) NOT NULL,
    category       VARCHAR(24) NOT NULL,
    attribute      VARCHAR(24) NOT NULL,
    status         VARCHAR(24) NOT NULL,
    responded      BOOLEAN     NOT NULL,
    complaints     BIGINT      NOT NULL,
    PRIMARY KEY (received_month, branch_id, channel, category, attribute, status, responded)
);

insert into complaint_monthly (received_month, branch_id, channel, category, attribute, status, responded, complaints) select cast(date_trunc('month', received_date) as date), branch_id, channel, category, attribute, status, responded, sum(complaints) from complaint_daily group by cast(date_trunc('month', received_date) as date), branch_id, channel, category, attribute, status, responded;
