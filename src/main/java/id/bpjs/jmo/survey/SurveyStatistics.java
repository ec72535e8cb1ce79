package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.ServiceChannel;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey figures, read from the daily aggregates: one query returns one row of sums (or one row per month), never
 * the responses themselves.
 */
@Service
@Transactional(readOnly = true)
public class SurveyStatistics {

    /** A month and the sums over its responses. */
    public record MonthlyTotals(YearMonth month, SurveyTotals totals) {

        /**
         * The attribute's mean (1–5) as a monthly trend draws it, or null — a gap — when fewer than
         * {@link id.bpjs.jmo.base.stats.Significance#MIN_N} responses answered it that month: a month the period
         * only touches at its edge (one day of it, one response) would otherwise swing the line as far as a full month.
         */
        public @org.jspecify.annotations.Nullable Double plottedMean(id.bpjs.jmo.base.domain.RogersAttribute attribute) {
            return totals.n(attribute) < id.bpjs.jmo.base.stats.Significance.MIN_N ? null : totals.mean(attribute);
        }
    }

    private final JdbcTemplate jdbc;

    SurveyStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public SurveyTotals totals(RecordFilter filter) {
        var where = new ArrayList<Object>();
        var sql = "select " + sums() + " from survey_daily" + where(filter, where);
        return jdbc.queryForObject(sql, (rs, row) -> totals(rs, 1), where.toArray());
    }

    public List<MonthlyTotals> monthly(RecordFilter filter) {
        var where = new ArrayList<Object>();
        var sql = "select extract(year from response_date) as y, extract(month from response_date) as m, " + sums()
                + " from survey_daily" + where(filter, where)
                + " group by extract(year from response_date), extract(month from response_date) order by y, m";
        return jdbc.query(sql, (rs, row) -> new MonthlyTotals(YearMonth.of(rs.getInt(1), rs.getInt(2)), totals(rs, 3)),
                where.toArray());
    }

    /**
     * The recommend score's three groups over the filter, summed from the daily aggregates. No branch rule here: the
     * caller passes a filter already narrowed to what the user may see ({@link RecommendScores#of} does).
     */
    public RecommendScore recommendScore(RecordFilter filter) {
        var args = new ArrayList<Object>();
        var sql = "select coalesce(sum(rec_promoters), 0), coalesce(sum(rec_passives), 0),"
                + " coalesce(sum(rec_detractors), 0) from survey_daily" + where(filter, args);
        return jdbc.queryForObject(sql, (rs, row) -> new RecommendScore(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                args.toArray());
    }

    /** Survey channels counted under a dashboard channel: respondents served both ways count under both. */
    public static List<String> channels(ServiceChannel channel) {
        return switch (channel) {
            case JMO -> List.of(SurveyChannel.JMO.name(), SurveyChannel.BOTH.name());
            case COUNTER -> List.of(SurveyChannel.COUNTER.name(), SurveyChannel.BOTH.name());
        };
    }

    private static String sums() {
        var sql = new StringBuilder();
        for (var column : SurveyAggregates.COLUMNS) {
            sql.append(sql.isEmpty() ? "" : ", ").append("coalesce(sum(").append(column).append("), 0)");
        }
        return sql.toString();
    }

    /** The filter as a condition on {@code survey_daily} (days, branch, channel incl. BOTH), appending its arguments. */
    static String where(RecordFilter filter, List<Object> args) {
        var sql = new StringBuilder(" where response_date between ? and ?");
        args.add(Date.valueOf(filter.period().from()));
        args.add(Date.valueOf(filter.period().to()));
        if (filter.branchId() != null) {
            sql.append(" and branch_id = ?");
            args.add(filter.branchId());
        }
        if (filter.channel() != null) {
            var channels = channels(filter.channel());
            sql.append(" and channel in (").append("?, ".repeat(channels.size() - 1)).append("?)");
            args.addAll(channels);
        }
        return sql.toString();
    }

    /** Reads the sums in the order of {@link SurveyAggregates#COLUMNS}. */
    private static SurveyTotals totals(ResultSet rs, int first) throws SQLException {
        int c = first;
        long responses = rs.getLong(c++);
        long[] answered = new long[5];
        long[] sum = new long[5];
        long[] squares = new long[5];
        long[] satisfied = new long[5];
        long[] products = new long[5];
        long[] overallSums = new long[5];
        long[] overallSquares = new long[5];
        for (int a = 0; a < 5; a++) {
            answered[a] = rs.getLong(c++);
            sum[a] = rs.getLong(c++);
            squares[a] = rs.getLong(c++);
            satisfied[a] = rs.getLong(c++);
            products[a] = rs.getLong(c++);
            overallSums[a] = rs.getLong(c++);
            overallSquares[a] = rs.getLong(c++);
        }
        long overallResponses = rs.getLong(c++);
        long sumOverall = rs.getLong(c++);
        long squaresOverall = rs.getLong(c++);
        long satisfiedOverall = rs.getLong(c++);
        long ikmResponses = rs.getLong(c++);
        long[] sumU = new long[9];
        for (int u = 0; u < 9; u++) {
            sumU[u] = rs.getLong(c++);
        }
        // the recommend groups that follow are read by recommendScore; then Σ (U1 + … + U9)² (V30)
        long ikmRowSquares = rs.getLong(first + SurveyAggregates.COLUMNS.indexOf(SurveyAggregates.IKM_ROW_SQUARES));
        return new SurveyTotals(responses, answered, sum, squares, satisfied, products, overallSums, overallSquares,
                overallResponses, sumOverall, squaresOverall, satisfiedOverall, ikmResponses, sumU, ikmRowSquares);
    }
}
