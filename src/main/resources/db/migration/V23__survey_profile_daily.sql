-- The IKM report's breakdowns by respondent profile (gender, age band, education, occupation; Permen PANRB 14/2017
-- asks for the index per group) per day, branch and channel, kept exact by SurveyAggregates like survey_daily: the
-- report read them by grouping every IKM response of the period, which at 10 M responses took 0.7-1.2 s per
-- breakdown on PostgreSQL (issue 15). One row per day, branch, channel, dimension and group: count of IKM responses
-- (u1 answered; the block is all or nothing) and the sum of each of the nine elements. The group expressions are
-- those of ProfileDimensions.EXPRESSIONS; SurveyAggregatesTest compares this table with a full recomputation.
CREATE TABLE survey_profile_daily (
    response_date DATE        NOT NULL,
    branch_id     BIGINT      NOT NULL REFERENCES branch (id),
    channel       VARCHAR(8)  NOT NULL,
    dimension     VARCHAR(16) NOT NULL,
    grp           VARCHAR(16) NOT NULL,
    responses     BIGINT      NOT NULL,
    sum_u1 BIGINT NOT NULL,
    sum_u2 BIGINT NOT NULL,
    sum_u3 BIGINT NOT NULL,
    sum_u4 BIGINT NOT NULL,
    sum_u5 BIGINT NOT NULL,
    sum_u6 BIGINT NOT NULL,
    sum_u7 BIGINT NOT NULL,
    sum_u8 BIGINT NOT NULL,
    sum_u9 BIGINT NOT NULL,
    PRIMARY KEY (dimension, response_date, branch_id, channel, grp)
);

INSERT INTO survey_profile_daily (response_date, branch_id, channel, dimension, grp, responses, sum_u1, sum_u2, sum_u3, sum_u4, sum_u5, sum_u6, sum_u7, sum_u8, sum_u9)
SELECT CAST(submitted_at AS DATE), branch_id, COALESCE(channel, 'NONE'), 'gender', gender, COUNT(*), SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), SUM(u6), SUM(u7), SUM(u8), SUM(u9)
FROM survey_response WHERE u1 IS NOT NULL
GROUP BY CAST(submitted_at AS DATE), branch_id, COALESCE(channel, 'NONE'), gender;

INSERT INTO survey_profile_daily (response_date, branch_id, channel, dimension, grp, responses, sum_u1, sum_u2, sum_u3, sum_u4, sum_u5, sum_u6, sum_u7, sum_u8, sum_u9)
SELECT CAST(submitted_at AS DATE), branch_id, COALESCE(channel, 'NONE'), 'age',
       CASE WHEN age < 25 THEN '< 25' WHEN age < 35 THEN '25–34' WHEN age < 45 THEN '35–44' WHEN age < 55 THEN '45–54' ELSE '55+' END,
       COUNT(*), SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), SUM(u6), SUM(u7), SUM(u8), SUM(u9)
FROM survey_response WHERE u1 IS NOT NULL
GROUP BY CAST(submitted_at AS DATE), branch_id, COALESCE(channel, 'NONE'),
         CASE WHEN age < 25 THEN '< 25' WHEN age < 35 THEN '25–34' WHEN age < 45 THEN '35–44' WHEN age < 55 THEN '45–54' ELSE '55+' END;

INSERT INTO survey_profile_daily (response_date, branch_id, channel, dimension, grp, responses, sum_u1, sum_u2, sum_u3, sum_u4, sum_u5, sum_u6, sum_u7, sum_u8, sum_u9)
SELECT CAST(submitted_at AS DATE), branch_id, COALESCE(channel, 'NONE'), 'education', education, COUNT(*), SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), SUM(u6), SUM(u7), SUM(u8), SUM(u9)
FROM survey_response WHERE u1 IS NOT NULL
GROUP BY CAST(submitted_at AS DATE), branch_id, COALESCE(channel, 'NONE'), education;

INSERT INTO survey_profile_daily (response_date, branch_id, channel, dimension, grp, responses, sum_u1, sum_u2, sum_u3, sum_u4, sum_u5, sum_u6, sum_u7, sum_u8, sum_u9)
SELECT CAST(submitted_at AS DATE), branch_id, COALESCE(channel, 'NONE'), 'occupation', occupation, COUNT(*), SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), SUM(u6), SUM(u7), SUM(u8), SUM(u9)
FROM survey_response WHERE u1 IS NOT NULL
GROUP BY CAST(submitted_at AS DATE), branch_id, COALESCE(channel, 'NONE'), occupation;
