-- Plain SKM data (issue 13): a response may carry the IKM part (U1-U9), the Rogers part (overall satisfaction with
-- any of the five Rogers items) or both. The fields the regulation's questionnaire does not have become nullable; the
-- public survey still asks for all of them (checked by PublicSurveyService through the PublicForm validation group).
ALTER TABLE survey_response ALTER COLUMN channel DROP NOT NULL;
ALTER TABLE survey_response ALTER COLUMN uses_jmo DROP NOT NULL;
ALTER TABLE survey_response ALTER COLUMN score_relative_advantage DROP NOT NULL;
ALTER TABLE survey_response ALTER COLUMN score_compatibility DROP NOT NULL;
ALTER TABLE survey_response ALTER COLUMN score_complexity DROP NOT NULL;
ALTER TABLE survey_response ALTER COLUMN score_trialability DROP NOT NULL;
ALTER TABLE survey_response ALTER COLUMN score_observability DROP NOT NULL;
ALTER TABLE survey_response ALTER COLUMN overall_satisfaction DROP NOT NULL;
-- at least one complete part: the IKM block (all or nothing, ck_survey_ikm_complete) or overall satisfaction
ALTER TABLE survey_response ADD CONSTRAINT ck_survey_one_part CHECK (u1 IS NOT NULL OR overall_satisfaction IS NOT NULL);
-- a Rogers item is read against overall satisfaction (importance = Pearson's r), so it never stands without it
ALTER TABLE survey_response ADD CONSTRAINT ck_survey_rogers_overall CHECK (overall_satisfaction IS NOT NULL OR (
    score_relative_advantage IS NULL AND score_compatibility IS NULL AND score_complexity IS NULL AND
    score_trialability IS NULL AND score_observability IS NULL));

-- Every figure counts its own n: per Rogers item the responses that answered it (n_x) and the overall-satisfaction
-- sums over those same responses (ovs_x, ovq_x: the pairs of the correlation); n_overall for overall satisfaction;
-- ikm_responses (already there) for the IKM. Responses without a channel are kept under channel 'NONE'.
ALTER TABLE survey_daily ADD COLUMN n_ra BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN ovs_ra BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN ovq_ra BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN n_co BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN ovs_co BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN ovq_co BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN n_cx BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN ovs_cx BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN ovq_cx BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN n_tr BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN ovs_tr BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN ovq_tr BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN n_ob BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN ovs_ob BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN ovq_ob BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE survey_daily ADD COLUMN n_overall BIGINT DEFAULT 0 NOT NULL;

-- Rebuilt exactly from the raw rows (the same statement as SurveyAggregates.rebuildStatement; a test compares them).
DELETE FROM survey_daily;
insert into survey_daily (response_date, branch_id, channel, responses, n_ra, sum_ra, sq_ra, sat_ra, xy_ra, ovs_ra, ovq_ra, n_co, sum_co, sq_co, sat_co, xy_co, ovs_co, ovq_co, n_cx, sum_cx, sq_cx, sat_cx, xy_cx, ovs_cx, ovq_cx, n_tr, sum_tr, sq_tr, sat_tr, xy_tr, ovs_tr, ovq_tr, n_ob, sum_ob, sq_ob, sat_ob, xy_ob, ovs_ob, ovq_ob, n_overall, sum_overall, sq_overall, sat_overall, ikm_responses, sum_u1, sum_u2, sum_u3, sum_u4, sum_u5, sum_u6, sum_u7, sum_u8, sum_u9) select cast(submitted_at as date), branch_id, coalesce(channel, 'NONE'), count(*), count(score_relative_advantage), coalesce(sum(score_relative_advantage), 0), coalesce(sum(score_relative_advantage * score_relative_advantage), 0), sum(case when score_relative_advantage >= 4 then 1 else 0 end), coalesce(sum(score_relative_advantage * overall_satisfaction), 0), coalesce(sum(case when score_relative_advantage is not null then overall_satisfaction end), 0), coalesce(sum(case when score_relative_advantage is not null then overall_satisfaction * overall_satisfaction end), 0), count(score_compatibility), coalesce(sum(score_compatibility), 0), coalesce(sum(score_compatibility * score_compatibility), 0), sum(case when score_compatibility >= 4 then 1 else 0 end), coalesce(sum(score_compatibility * overall_satisfaction), 0), coalesce(sum(case when score_compatibility is not null then overall_satisfaction end), 0), coalesce(sum(case when score_compatibility is not null then overall_satisfaction * overall_satisfaction end), 0), count(score_complexity), coalesce(sum(score_complexity), 0), coalesce(sum(score_complexity * score_complexity), 0), sum(case when score_complexity >= 4 then 1 else 0 end), coalesce(sum(score_complexity * overall_satisfaction), 0), coalesce(sum(case when score_complexity is not null then overall_satisfaction end), 0), coalesce(sum(case when score_complexity is not null then overall_satisfaction * overall_satisfaction end), 0), count(score_trialability), coalesce(sum(score_trialability), 0), coalesce(sum(score_trialability * score_trialability), 0), sum(case when score_trialability >= 4 then 1 else 0 end), coalesce(sum(score_trialability * overall_satisfaction), 0), coalesce(sum(case when score_trialability is not null then overall_satisfaction end), 0), coalesce(sum(case when score_trialability is not null then overall_satisfaction * overall_satisfaction end), 0), count(score_observability), coalesce(sum(score_observability), 0), coalesce(sum(score_observability * score_observability), 0), sum(case when score_observability >= 4 then 1 else 0 end), coalesce(sum(score_observability * overall_satisfaction), 0), coalesce(sum(case when score_observability is not null then overall_satisfaction end), 0), coalesce(sum(case when score_observability is not null then overall_satisfaction * overall_satisfaction end), 0), count(overall_satisfaction), coalesce(sum(overall_satisfaction), 0), coalesce(sum(overall_satisfaction * overall_satisfaction), 0), sum(case when overall_satisfaction >= 4 then 1 else 0 end), sum(case when u1 is not null then 1 else 0 end), sum(coalesce(u1, 0)), sum(coalesce(u2, 0)), sum(coalesce(u3, 0)), sum(coalesce(u4, 0)), sum(coalesce(u5, 0)), sum(coalesce(u6, 0)), sum(coalesce(u7, 0)), sum(coalesce(u8, 0)), sum(coalesce(u9, 0)) from survey_response group by cast(submitted_at as date), branch_id, coalesce(channel, 'NONE');

-- Answer words (issue 13 §2): files from Google Forms and paper transcriptions hold words, not scores. The words are
-- data an admin extends (AnswerWordsView, traced in settings_change). scale: U1..U9 for one element, IKM for words any
-- element may use (an element's own words win), LIKERT5 for the 1-5 items (Rogers items, overall satisfaction). word is
-- stored normalised as AnswerWords.normalize writes it: lower case, letters and digits, single spaces.
CREATE TABLE answer_word (
    id    BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    scale VARCHAR(8)   NOT NULL,
    word  VARCHAR(100) NOT NULL,
    score INTEGER      NOT NULL,
    CONSTRAINT uk_answer_word UNIQUE (scale, word),
    CONSTRAINT ck_answer_word_scale CHECK (scale IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9', 'IKM', 'LIKERT5')),
    CONSTRAINT ck_answer_word_word CHECK (LENGTH(TRIM(word)) > 0),
    CONSTRAINT ck_answer_word_score CHECK (score BETWEEN 1 AND 4 OR (scale = 'LIKERT5' AND score = 5))
);
-- The regulation's sample questionnaire (Permen PANRB 14/2017, a=1 ... d=4) and common 1-5 Likert words.
INSERT INTO answer_word (scale, word, score) VALUES
    ('U1', 'tidak sesuai', 1),
    ('U1', 'kurang sesuai', 2),
    ('U1', 'sesuai', 3),
    ('U1', 'sangat sesuai', 4),
    ('U2', 'tidak mudah', 1),
    ('U2', 'kurang mudah', 2),
    ('U2', 'mudah', 3),
    ('U2', 'sangat mudah', 4),
    ('U3', 'tidak cepat', 1),
    ('U3', 'kurang cepat', 2),
    ('U3', 'cepat', 3),
    ('U3', 'sangat cepat', 4),
    ('U4', 'sangat mahal', 1),
    ('U4', 'cukup mahal', 2),
    ('U4', 'murah', 3),
    ('U4', 'gratis', 4),
    ('U5', 'tidak sesuai', 1),
    ('U5', 'kurang sesuai', 2),
    ('U5', 'sesuai', 3),
    ('U5', 'sangat sesuai', 4),
    ('U6', 'tidak kompeten', 1),
    ('U6', 'kurang kompeten', 2),
    ('U6', 'kompeten', 3),
    ('U6', 'sangat kompeten', 4),
    ('U7', 'tidak sopan dan ramah', 1),
    ('U7', 'kurang sopan dan ramah', 2),
    ('U7', 'sopan dan ramah', 3),
    ('U7', 'sangat sopan dan ramah', 4),
    ('U8', 'buruk', 1),
    ('U8', 'cukup', 2),
    ('U8', 'baik', 3),
    ('U8', 'sangat baik', 4),
    ('U9', 'tidak ada', 1),
    ('U9', 'ada tetapi tidak berfungsi', 2),
    ('U9', 'berfungsi kurang maksimal', 3),
    ('U9', 'dikelola dengan baik', 4),
    ('IKM', 'tidak baik', 1),
    ('IKM', 'kurang baik', 2),
    ('IKM', 'baik', 3),
    ('IKM', 'sangat baik', 4),
    ('LIKERT5', 'sangat tidak puas', 1),
    ('LIKERT5', 'tidak puas', 2),
    ('LIKERT5', 'netral', 3),
    ('LIKERT5', 'puas', 4),
    ('LIKERT5', 'sangat puas', 5),
    ('LIKERT5', 'sangat tidak setuju', 1),
    ('LIKERT5', 'tidak setuju', 2),
    ('LIKERT5', 'ragu ragu', 3),
    ('LIKERT5', 'setuju', 4),
    ('LIKERT5', 'sangat setuju', 5),
    ('LIKERT5', 'very dissatisfied', 1),
    ('LIKERT5', 'dissatisfied', 2),
    ('LIKERT5', 'neutral', 3),
    ('LIKERT5', 'satisfied', 4),
    ('LIKERT5', 'very satisfied', 5),
    ('LIKERT5', 'strongly disagree', 1),
    ('LIKERT5', 'disagree', 2),
    ('LIKERT5', 'agree', 4),
    ('LIKERT5', 'strongly agree', 5);
