package id.bpjs.jmo.survey;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code survey_daily} exact: rebuilt from the responses after bulk loads, and incremented in the same
 * transaction as each single response that is recorded.
 */
@Service
@Transactional
public class SurveyAggregates {

    static final String[] ATTRIBUTE_COLUMNS = {"score_relative_advantage", "score_compatibility", "score_complexity",
            "score_trialability", "score_observability"};
    static final String[] ATTRIBUTE_KEYS = {"ra", "co", "cx", "tr", "ob"};

    /** The aggregate columns, in the order of {@link #values(SurveyResponse)}. */
    static final List<String> COLUMNS;
    /** For each aggregate column, the expression over survey_response rows that sums into it. */
    static final List<String> EXPRESSIONS;

    /** The column of Σ (U1 + … + U9)² over the IKM responses (V30). */
    static final String IKM_ROW_SQUARES = "sq_ikm_row";
    /** One response's IKM row sum U1 + … + U9 as SQL (null without the IKM part). */
    static final String IKM_ROW_SUM = "(u1 + u2 + u3 + u4 + u5 + u6 + u7 + u8 + u9)";

    /** Survey responses without a channel (plain SKM data) are kept under this key: the key cannot be null. */
    public static final String NO_CHANNEL = "NONE";

    static {
        var columns = new ArrayList<String>();
        var expressions = new ArrayList<String>();
        columns.add("responses");
        expressions.add("count(*)");
        // every item counts its own n (count(x) skips blanks); an answered Rogers item always has overall
        // satisfaction beside it (ck_survey_rogers_overall), so its pairs with overall satisfaction are the rows
        // counted in n_x, and ovs_x/ovq_x hold the overall sums over exactly those rows (Pearson's r needs them)
        for (int a = 0; a < 5; a++) {
            var x = ATTRIBUTE_COLUMNS[a];
            var key = ATTRIBUTE_KEYS[a];
            columns.addAll(List.of("n_" + key, "sum_" + key, "sq_" + key, "sat_" + key, "xy_" + key, "ovs_" + key,
                    "ovq_" + key));
            expressions.addAll(List.of("count(" + x + ")", "coalesce(sum(" + x + "), 0)",
                    "coalesce(sum(" + x + " * " + x + "), 0)",
                    "sum(case when " + x + " >= 4 then 1 else 0 end)",
                    "coalesce(sum(" + x + " * overall_satisfaction), 0)",
                    "coalesce(sum(case when " + x + " is not null then overall_satisfaction end), 0)",
                    "coalesce(sum(case when " + x + " is not null then overall_satisfaction * overall_satisfaction"
                            + " end), 0)"));
        }
        columns.addAll(List.of("n_overall", "sum_overall", "sq_overall", "sat_overall", "ikm_responses"));
        expressions.addAll(List.of("count(overall_satisfaction)", "coalesce(sum(overall_satisfaction), 0)",
                "coalesce(sum(overall_satisfaction * overall_satisfaction), 0)",
                "sum(case when overall_satisfaction >= 4 then 1 else 0 end)",
                "sum(case when u1 is not null then 1 else 0 end)"));
        for (int u = 1; u <= 9; u++) {
            columns.add("sum_u" + u);
            expressions.add("sum(coalesce(u" + u + ", 0))");
        }
        // the recommend score (0–10) in its three groups, for the net score: promoters 9–10, passives 7–8,
        // detractors 0–6 (V19); an unanswered score is in none of them
        columns.addAll(List.of("rec_promoters", "rec_passives", "rec_detractors"));
        expressions.addAll(List.of("sum(case when recommend_score >= 9 then 1 else 0 end)",
                "sum(case when recommend_score between 7 and 8 then 1 else 0 end)",
                "sum(case when recommend_score <= 6 then 1 else 0 end)"));
        // the spread of the IKM (V30): Σ over IKM responses of the square of the row sum U1 + … + U9 (an integer
        // 9–36); with ikm_responses and Σ sum_u1..sum_u9 it gives the exact variance of the respondents' row sums.
        // U1..U9 are all given or all blank (ck_survey_ikm_complete), so a response without the IKM part adds nothing
        columns.add(IKM_ROW_SQUARES);
        expressions.add("coalesce(sum(" + IKM_ROW_SUM + " * " + IKM_ROW_SUM + "), 0)");
        COLUMNS = List.copyOf(columns);
        EXPRESSIONS = List.copyOf(expressions);
    }

    /**
     * The statement that fills {@code survey_daily} from {@code survey_response} rows matching {@code where} (SQL,
     * may be empty). The latest migration that rebuilds the aggregates (V19) holds a literal copy of the statement
     * without a where clause and without {@link #IKM_ROW_SQUARES}, which V30 then fills with an update; tests keep
     * the copy equal and V19 + V30 equal to {@link #rebuild()}.
     */
    static String rebuildStatement(String where) {
        var day = "cast(submitted_at as date)";
        var channel = "coalesce(channel, '" + NO_CHANNEL + "')";
        return "insert into survey_daily (response_date, branch_id, channel, " + String.join(", ", COLUMNS)
                + ") select " + day + ", branch_id, " + channel + ", " + String.join(", ", EXPRESSIONS)
                + " from survey_response" + where + " group by " + day + ", branch_id, " + channel;
    }

    /**
     * The statement that fills {@code survey_profile_daily} (V23) for one profile dimension of the IKM report
     * ({@link ProfileDimensions#EXPRESSIONS}) from the IKM responses matching {@code where} (SQL beginning with " and ", or
     * empty): per day, branch, channel and group, the count and the sum of each of the nine elements.
     */
    static String profileStatement(String dimension, String where) {
        var day = "cast(submitted_at as date)";
        var channel = "coalesce(channel, '" + NO_CHANNEL + "')";
        var group = ProfileDimensions.EXPRESSIONS.get(dimension);
        var sums = new StringBuilder();
        var columns = new StringBuilder();
        for (int u = 1; u <= 9; u++) {
            sums.append(", sum(u").append(u).append(")");
            columns.append(", sum_u").append(u);
        }
        return "insert into survey_profile_daily (response_date, branch_id, channel, dimension, grp, responses"
                + columns + ") select " + day + ", branch_id, " + channel + ", '" + dimension + "', " + group
                + ", count(*)" + sums + " from survey_response where u1 is not null" + where + " group by " + day
                + ", branch_id, " + channel + ", " + group;
    }

    private final JdbcTemplate jdbc;

    private final id.bpjs.jmo.branch.BranchLocks branchLocks;

    SurveyAggregates(JdbcTemplate jdbc, id.bpjs.jmo.branch.BranchLocks branchLocks) {
        this.jdbc = jdbc;
        this.branchLocks = branchLocks;
    }

    /** Recomputes every daily figure from the responses (after a bulk load or import). */
    public void rebuild() {
        jdbc.update("delete from survey_daily");
        jdbc.update(rebuildStatement(""));
        jdbc.update("delete from survey_profile_daily");
        for (var dimension : ProfileDimensions.ORDER) {
            jdbc.update(profileStatement(dimension, ""));
        }
    }

    /**
     * Recomputes the profile rows of one day and branch from its responses (a few thousand at national volume,
     * found through the branch and time index). The branch row is locked first, so two responses stored at once
     * for the same branch do not both delete and insert the same rows.
     */
    private void refreshProfiles(java.time.LocalDate day, long branchId) {
        branchLocks.lockForAggregates(List.of(branchId));
        jdbc.update("delete from survey_profile_daily where response_date = ? and branch_id = ?", Date.valueOf(day),
                branchId);
        for (var dimension : ProfileDimensions.ORDER) {
            jdbc.update(profileStatement(dimension, " and submitted_at >= ? and submitted_at < ? and branch_id = ?"),
                    java.sql.Timestamp.valueOf(day.atStartOfDay()),
                    java.sql.Timestamp.valueOf(day.plusDays(1).atStartOfDay()), branchId);
        }
    }

    /** Recomputes the daily figures of the given days (after an import added responses on them). */
    public void rebuildDays(java.util.Collection<java.time.LocalDate> days) {
        for (var day : days) {
            var date = Date.valueOf(day);
            jdbc.update("delete from survey_daily where response_date = ?", date);
            jdbc.update(rebuildStatement(" where submitted_at >= ? and submitted_at < ?"),
                    java.sql.Timestamp.valueOf(day.atStartOfDay()), java.sql.Timestamp.valueOf(day.plusDays(1)
                            .atStartOfDay()));
            jdbc.update("delete from survey_profile_daily where response_date = ?", date);
            for (var dimension : ProfileDimensions.ORDER) {
                jdbc.update(profileStatement(dimension, " and submitted_at >= ? and submitted_at < ?"),
                        java.sql.Timestamp.valueOf(day.atStartOfDay()),
                        java.sql.Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
            }
        }
    }

    /** Adds one response that was just stored (same transaction). */
    public void add(SurveyResponse response) {
        var branch = response.getBranch();
        if (branch == null || branch.getId() == null) {
            throw new IllegalArgumentException("A response needs a stored branch");
        }
        var values = values(response);
        var key = new Object[] {Date.valueOf(response.getSubmittedAt().toLocalDate()), branch.getId(),
                response.getChannel() == null ? NO_CHANNEL : response.getChannel().name()};
        var set = new StringBuilder();
        for (var column : COLUMNS) {
            set.append(set.isEmpty() ? "" : ", ").append(column).append(" = ").append(column).append(" + ?");
        }
        var updateArgs = new ArrayList<Object>(List.of(values));
        updateArgs.addAll(List.of(key));
        var update = "update survey_daily set " + set + " where response_date = ? and branch_id = ? and channel = ?";
        if (jdbc.update(update, updateArgs.toArray()) == 0) {
            var insertArgs = new ArrayList<Object>(List.of(key));
            insertArgs.addAll(List.of(values));
            // another response inserted the day's row at the same moment: add to it. Not a caught duplicate-key
            // error: on PostgreSQL that aborts the whole transaction, and the response was lost.
            if (jdbc.update("insert into survey_daily (response_date, branch_id, channel, " + String.join(", ", COLUMNS)
                    + ") values (?, ?, ?" + ", ?".repeat(COLUMNS.size()) + ") on conflict do nothing",
                    insertArgs.toArray()) == 0) {
                jdbc.update(update, updateArgs.toArray());
            }
        }
        if (response.ikmAnswers()[0] != null) {
            refreshProfiles(response.getSubmittedAt().toLocalDate(), branch.getId());
        }
    }

    static Object[] values(SurveyResponse r) {
        var values = new ArrayList<Object>();
        values.add(1L);
        var overall = r.getOverallSatisfaction();
        for (var attribute : id.bpjs.jmo.base.domain.RogersAttribute.values()) {
            var score = r.score(attribute);
            if (score == null) {
                values.addAll(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L));
                continue;
            }
            long x = score;
            // the entity refuses an answered item without overall satisfaction, as the table's check does
            long y = java.util.Objects.requireNonNull(overall);
            values.addAll(List.of(1L, x, x * x, x >= 4 ? 1L : 0L, x * y, y, y * y));
        }
        boolean ikm = r.ikmAnswers()[0] != null;
        if (overall == null) {
            values.addAll(List.of(0L, 0L, 0L, 0L));
        } else {
            long y = overall;
            values.addAll(List.of(1L, y, y * y, y >= 4 ? 1L : 0L));
        }
        values.add(ikm ? 1L : 0L);
        for (var answer : r.ikmAnswers()) {
            values.add(answer == null ? 0L : answer.longValue());
        }
        var recommend = r.getRecommendScore();
        values.add(recommend != null && recommend >= 9 ? 1L : 0L);
        values.add(recommend != null && recommend >= 7 && recommend <= 8 ? 1L : 0L);
        values.add(recommend != null && recommend <= 6 ? 1L : 0L);
        long rowSum = 0;
        for (var answer : r.ikmAnswers()) {
            rowSum += answer == null ? 0 : answer;
        }
        values.add(ikm ? rowSum * rowSum : 0L);
        return values.toArray();
    }
}
