-- Complaints per week received (the Monday of the ISO 8601 week), branch, channel and category: what the dashboard's
-- weekly complaint chart stacks. Read from complaint_daily (seven key columns, 1.3-2.8 complaints a row at national
-- volume) a 12-month chart read ~230,000 rows at 10 M responses; the whole weeks of a period now come from here
-- (ComplaintStatistics.perWeekAndCategory), the days of its partial first and last weeks from complaint_daily.
-- Kept exact by ComplaintAggregates in the same transaction as complaint_daily (recomputed for the week and branch of
-- every touched day); rebuilt after bulk loads with the statement below. The week expression works on PostgreSQL and
-- on H2 (with or without MODE=PostgreSQL); date_trunc('week') does not: H2 starts its weeks on Sunday.
CREATE TABLE complaint_weekly (
    received_week DATE        NOT NULL,
    branch_id     BIGINT      NOT NULL REFERENCES branch (id),
    channel       VARCHAR(16) NOT NULL,
    category      VARCHAR(24) NOT NULL,
    complaints    BIGINT      NOT NULL,
    PRIMARY KEY (received_week, branch_id, channel, category)
);

insert into complaint_weekly (received_week, branch_id, channel, category, complaints) select cast(received_date - (cast(extract(isodow from received_date) as integer) - 1) as date), branch_id, channel, category, sum(complaints) from complaint_daily group by cast(received_date - (cast(extract(isodow from received_date) as integer) - 1) as date), branch_id, channel, category;
