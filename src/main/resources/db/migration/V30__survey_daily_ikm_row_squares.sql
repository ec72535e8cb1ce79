-- The spread of the IKM (issue 16): per day, branch and channel, the sum over IKM responses of the square of each
-- respondent's row sum U1 + ... + U9 (an integer 9-36, so its square is an integer and the sum is exact). With n
-- (ikm_responses) and the row sums' total (sum_u1 + ... + sum_u9) it gives Welch's t of the IKM's change exactly
-- (dashboard.DashboardData.ikmChangeTest); before, the test had to assume the widest spread the 1-4 scale allows.
-- Kept by SurveyAggregates with the other columns (the expression of its rebuild statement; SurveyAggregates.values
-- for a single response).
ALTER TABLE survey_daily ADD COLUMN sq_ikm_row BIGINT DEFAULT 0 NOT NULL;

-- Filled for the existing rows from the responses of each row's day, branch and channel (read through the branch and
-- time index), the sums SurveyAggregates keeps; a test compares the two on H2 and PostgreSQL.
update survey_daily set sq_ikm_row = (select coalesce(sum((r.u1 + r.u2 + r.u3 + r.u4 + r.u5 + r.u6 + r.u7 + r.u8 + r.u9) * (r.u1 + r.u2 + r.u3 + r.u4 + r.u5 + r.u6 + r.u7 + r.u8 + r.u9)), 0) from survey_response r where r.branch_id = survey_daily.branch_id and r.submitted_at >= cast(survey_daily.response_date as timestamp) and r.submitted_at < cast(survey_daily.response_date + 1 as timestamp) and coalesce(r.channel, 'NONE') = survey_daily.channel and r.u1 is not null);
