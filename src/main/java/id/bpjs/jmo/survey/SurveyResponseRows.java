package id.bpjs.jmo.survey;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The one statement that writes {@code survey_response} rows in JDBC batches, for the survey import and the demo
 * data, and the one order of its values: a row is built with {@link #values}, so a column added to the table is added
 * here once and both writers fail to compile until they supply it (instead of every later value sliding one column).
 * The daily aggregates are not kept by this statement: the caller rebuilds the days it wrote.
 */
public final class SurveyResponseRows {

    /** Values in the order of {@link #values}. */
    public static final String INSERT = "insert into survey_response (submitted_at, branch_id, channel, gender, age,"
            + " education, occupation, uses_jmo, score_relative_advantage, score_compatibility, score_complexity,"
            + " score_trialability, score_observability, overall_satisfaction, recommend_score,"
            + " u1, u2, u3, u4, u5, u6, u7, u8, u9, comment)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private SurveyResponseRows() {
    }

    /**
     * One row for {@link #INSERT}. Enumerations are given by their stored names ({@code "JMO"}, {@code "L"},
     * {@code "SMA"}, {@code "SWASTA"}).
     *
     * @param rogers the five Rogers items 1–5 in {@link id.bpjs.jmo.base.domain.RogersAttribute} order, each may be
     *     empty (not answered)
     * @param ikm the nine IKM elements U1–U9 on 1–4, all empty for a response without the IKM part
     * @throws IllegalArgumentException when {@code rogers} does not hold 5 values or {@code ikm} not 9
     */
    public static Object[] values(LocalDateTime submittedAt, long branchId, @Nullable String channel, String gender,
            int age, String education, String occupation, @Nullable Boolean usesJmo, @Nullable Integer[] rogers,
            @Nullable Integer overallSatisfaction, @Nullable Integer recommendScore, @Nullable Integer[] ikm,
            @Nullable String comment) {
        if (rogers.length != 5 || ikm.length != 9) {
            throw new IllegalArgumentException("A survey response has 5 Rogers items and 9 IKM elements, not "
                    + rogers.length + " and " + ikm.length);
        }
        return new Object[] {Timestamp.valueOf(submittedAt), branchId, channel, gender, age, education, occupation,
                usesJmo, rogers[0], rogers[1], rogers[2], rogers[3], rogers[4], overallSatisfaction, recommendScore,
                ikm[0], ikm[1], ikm[2], ikm[3], ikm[4], ikm[5], ikm[6], ikm[7], ikm[8], comment};
    }
}
