package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RogersAttribute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What makes two survey responses the same for the import's duplicate check: the submitted time to the second (the
 * branch's wall time, as the import reads it), the branch and every answer field a row carries. Google Forms exports
 * are cumulative, so a branch that imports its sheet every month brings every earlier response again; two responses
 * equal in all of this are one respondent's row read twice, not two respondents.
 *
 * @param rogers the five Rogers items in {@link RogersAttribute} order, each may be null (not answered)
 * @param ikm U1–U9, all null for a response without the IKM part
 */
record SurveyResponseKey(LocalDateTime submittedAt, long branchId, @Nullable String channel, String gender, int age,
        String education, String occupation, @Nullable Boolean usesJmo, List<@Nullable Integer> rogers,
        @Nullable Integer overallSatisfaction, @Nullable Integer recommendScore, List<@Nullable Integer> ikm,
        @Nullable String comment) {

    /** The columns {@link #read} reads, for a select over {@code survey_response}. */
    static final String COLUMNS = "submitted_at, branch_id, channel, gender, age, education, occupation, uses_jmo,"
            + " score_relative_advantage, score_compatibility, score_complexity, score_trialability,"
            + " score_observability, overall_satisfaction, recommend_score, u1, u2, u3, u4, u5, u6, u7, u8, u9,"
            + " comment";

    /** The key of a checked row (its branch is set). */
    static SurveyResponseKey of(SurveyResponse r) {
        var rogers = new @Nullable Integer[RogersAttribute.values().length];
        for (var attribute : RogersAttribute.values()) {
            rogers[attribute.ordinal()] = r.score(attribute);
        }
        return new SurveyResponseKey(toSecond(r.getSubmittedAt()),
                Objects.requireNonNull(Objects.requireNonNull(r.getBranch()).getId()),
                r.getChannel() == null ? null : r.getChannel().name(), r.getGender().name(), r.getAge(),
                r.getEducation().name(), r.getOccupation().name(), r.getUsesJmo(), Arrays.asList(rogers),
                r.getOverallSatisfaction(), r.getRecommendScore(), Arrays.asList(r.ikmAnswers()), r.getComment());
    }

    /** The key of the current row of a select of {@link #COLUMNS}. */
    static SurveyResponseKey read(ResultSet rs) throws SQLException {
        var rogers = new @Nullable Integer[] {rs.getObject("score_relative_advantage", Integer.class),
                rs.getObject("score_compatibility", Integer.class), rs.getObject("score_complexity", Integer.class),
                rs.getObject("score_trialability", Integer.class), rs.getObject("score_observability", Integer.class)};
        var ikm = new @Nullable Integer[9];
        for (int u = 0; u < 9; u++) {
            ikm[u] = rs.getObject("u" + (u + 1), Integer.class);
        }
        return new SurveyResponseKey(toSecond(rs.getTimestamp("submitted_at").toLocalDateTime()),
                rs.getLong("branch_id"), rs.getString("channel"), rs.getString("gender"), rs.getInt("age"),
                rs.getString("education"), rs.getString("occupation"), rs.getObject("uses_jmo", Boolean.class),
                Arrays.asList(rogers), rs.getObject("overall_satisfaction", Integer.class),
                rs.getObject("recommend_score", Integer.class), Arrays.asList(ikm), rs.getString("comment"));
    }

    static LocalDateTime toSecond(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS);
    }
}
