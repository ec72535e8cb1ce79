-- JHT claim figures per day of submission, branch and channel, kept exact by ClaimAggregates (rebuilt after bulk
-- loads, recomputed for the day and branch of every claim that changes). Scanning hundreds of thousands of claims
-- for every dashboard load was the slowest part of the dashboard; these tables hold a few rows per branch and day.
CREATE TABLE claim_speed_daily (
    submitted_date DATE       NOT NULL,
    branch_id      BIGINT     NOT NULL REFERENCES branch (id),
    channel        VARCHAR(8) NOT NULL,
    working_days   INTEGER    NOT NULL,
    paid           BIGINT     NOT NULL,
    PRIMARY KEY (submitted_date, branch_id, channel, working_days)
);

CREATE TABLE claim_rating_daily (
    submitted_date DATE        NOT NULL,
    branch_id      BIGINT      NOT NULL REFERENCES branch (id),
    channel        VARCHAR(8)  NOT NULL,
    attribute      VARCHAR(24) NOT NULL,
    ratings        BIGINT      NOT NULL,
    rating_sum     BIGINT      NOT NULL,
    PRIMARY KEY (submitted_date, branch_id, channel, attribute)
);
