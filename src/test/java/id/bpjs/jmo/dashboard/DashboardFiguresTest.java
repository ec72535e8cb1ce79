package id.bpjs.jmo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.domain.ServiceChannel;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import id.bpjs.jmo.claim.ClaimChannel;
import id.bpjs.jmo.complaint.ComplaintTimeLimits;
import id.bpjs.jmo.base.domain.WeightConvention;
import id.bpjs.jmo.ikm.IkmCalculator;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard's numbers add up: every figure is recomputed here independently, row by row from the raw records,
 * and compared with what the dashboard computed from aggregates and SQL counts.
 */
@SpringBootTest
@ActiveProfiles("test")
class DashboardFiguresTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BranchService branches;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    ComplaintTimeLimits limits;

    private final LocalDate today = LocalDate.now();

    @Test
    @WithUserDetails("manajer")
    void all_branches_twelve_months() {
        check(new RecordFilter(DateRange.lastMonths(12, today), null, null));
    }

    @Test
    @WithUserDetails("manajer")
    void one_branch_one_channel_six_months() {
        var pwt = branches.byCode("PWT").orElseThrow().getId();
        check(new RecordFilter(DateRange.lastMonths(6, today), pwt, ServiceChannel.JMO));
        check(new RecordFilter(DateRange.lastMonths(6, today), pwt, ServiceChannel.COUNTER));
    }

    @Test
    @WithUserDetails("manajer")
    void a_period_from_a_wednesday_to_a_thursday_counts_only_its_own_days_in_its_first_and_last_week() {
        // complaints exist before and after: the partial edge weeks must not take the rest of their week
        var from = today.minusDays(21).with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.WEDNESDAY));
        var to = today.minusDays(7).with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.THURSDAY));
        assertThat(jdbc.queryForObject("select count(*) from complaint where received_at >= ? and received_at < ?",
                Long.class, Timestamp.valueOf(DashboardData.weekOf(from).atStartOfDay()),
                Timestamp.valueOf(from.atStartOfDay()))).as("complaints in the first week before the period")
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from complaint where received_at >= ? and received_at < ?",
                Long.class, Timestamp.valueOf(to.plusDays(1).atStartOfDay()),
                Timestamp.valueOf(DashboardData.weekOf(to).plusWeeks(1).atStartOfDay())))
                .as("complaints in the last week after the period").isPositive();
        check(new RecordFilter(new DateRange(from, to), null, null));
    }

    @Test
    @WithUserDetails("manajer")
    void an_empty_period_gives_zeros_not_errors() {
        // 2001: before any demo data and before any period other tests import (plain SKM files of 2019, 2023, 2024)
        var data = dashboard.load(new RecordFilter(new DateRange(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 31)),
                null, null), today);
        assertThat(data.survey().responses()).isZero();
        assertThat(data.weakest()).isEmpty();
        assertThat(IkmCalculator.fromTotals(data.survey(), WeightConvention.EXACT_NINTH)).isEmpty();
        assertThat(data.payment().median(ClaimChannel.JMO)).isEmpty();
        assertThat(data.payment().shareWithin(5)).isEmpty();
        assertThat(data.complaints().received()).isZero();
    }

    @Test
    @WithUserDetails("petugas.smg")
    void staff_get_their_own_branch_whatever_they_ask_for() {
        var pwt = branches.byCode("PWT").orElseThrow().getId();
        var smg = branches.byCode("SMG").orElseThrow().getId();
        var data = dashboard.load(new RecordFilter(DateRange.lastMonths(12, today), pwt, null), today);
        assertThat(data.filter().branchId()).isEqualTo(smg);
        var all = dashboard.load(new RecordFilter(DateRange.lastMonths(12, today), null, null), today);
        assertThat(all.filter().branchId()).isEqualTo(smg);
        assertThat(all.survey().responses()).isEqualTo(rawSurvey(new RecordFilter(DateRange.lastMonths(12, today),
                smg, null)).size());
    }

    @Test
    @WithUserDetails("manajer")
    void changes_are_tested_from_the_aggregates_as_from_the_raw_answers() {
        var filter = new RecordFilter(DateRange.lastMonths(3, today), null, null);
        var data = dashboard.load(filter, today);
        var now = rawMoments(filter, "overall_satisfaction");
        var before = rawMoments(new RecordFilter(filter.period().previous(), null, null), "overall_satisfaction");
        var expected = id.bpjs.jmo.base.stats.Significance.means(before, now);
        assertThat(data.overallSatisfactionChange().verdict()).isEqualTo(expected.verdict());
        assertThat(data.overallSatisfactionChange().pValue()).isCloseTo(expected.pValue(), within(1e-9));
        var cx = data.attributeChange(RogersAttribute.COMPLEXITY);
        var cxExpected = id.bpjs.jmo.base.stats.Significance.means(rawMoments(new RecordFilter(
                filter.period().previous(), null, null), "score_complexity"), rawMoments(filter, "score_complexity"));
        assertThat(cx.verdict()).isEqualTo(cxExpected.verdict());
        assertThat(cx.difference()).isCloseTo(cxExpected.difference(), within(1e-12));
        // the IKM: Welch's t of the respondents' row sums U1 + … + U9, from the aggregates (V30) as from the raw rows
        var rowSum = "(u1 + u2 + u3 + u4 + u5 + u6 + u7 + u8 + u9)";
        var ikmExpected = id.bpjs.jmo.base.stats.Significance.means(rawMoments(new RecordFilter(
                filter.period().previous(), null, null), rowSum), rawMoments(filter, rowSum));
        assertThat(ikmExpected.verdict()).isNotEqualTo(id.bpjs.jmo.base.stats.Significance.Verdict.TOO_FEW);
        assertThat(data.ikmChangeTest().verdict()).isEqualTo(ikmExpected.verdict());
        assertThat(data.ikmChangeTest().difference()).isCloseTo(ikmExpected.difference(), within(1e-9));
        assertThat(data.ikmChangeTest().pValue()).isCloseTo(ikmExpected.pValue(), within(1e-9));
        // responses per period: the exact Poisson comparison of the two counts over equal lengths
        var responses = data.countChange(data.previousSurvey().responses(), data.survey().responses());
        assertThat(responses.difference() * filter.period().days()).isCloseTo(
                data.survey().responses() - data.previousSurvey().responses(), within(1e-6));
    }

    private id.bpjs.jmo.base.stats.Significance.Moments rawMoments(RecordFilter filter, String column) {
        return jdbc.queryForObject("select count(" + column + "), coalesce(sum(" + column + "), 0), coalesce(sum("
                + column + " * " + column + "), 0) from survey_response where submitted_at >= ? and submitted_at < ?",
                (rs, row) -> new id.bpjs.jmo.base.stats.Significance.Moments(rs.getLong(1), rs.getLong(2),
                        rs.getLong(3)), Timestamp.valueOf(filter.period().start()),
                Timestamp.valueOf(filter.period().endExclusive()));
    }

    private void check(RecordFilter filter) {
        var data = dashboard.load(filter, today);

        // survey: means, shares, correlations, IKM from the raw responses
        var rows = rawSurvey(filter);
        assertThat(data.survey().responses()).isEqualTo(rows.size());
        assertThat(rows).isNotEmpty();
        String[] columns = {"score_relative_advantage", "score_compatibility", "score_complexity",
                "score_trialability", "score_observability"};
        for (var attribute : RogersAttribute.values()) {
            // each figure over its own n: the responses that answered the item (imports may leave it out)
            var answered = rows.stream().filter(r -> r.get(columns[attribute.ordinal()]) != null
                    && r.get("overall_satisfaction") != null).toList();
            assertThat(data.survey().n(attribute)).isEqualTo(answered.size());
            var x = answered.stream().mapToDouble(r -> ((Number) r.get(columns[attribute.ordinal()])).doubleValue())
                    .toArray();
            var y = answered.stream().mapToDouble(r -> ((Number) r.get("overall_satisfaction")).doubleValue())
                    .toArray();
            assertThat(data.survey().mean(attribute)).isCloseTo(mean(x), within(1e-9));
            assertThat(data.survey().shareSatisfied(attribute)).isCloseTo(
                    java.util.Arrays.stream(x).filter(v -> v >= 4).count() / (double) x.length, within(1e-9));
            assertThat(data.survey().correlationWithOverall(attribute).orElseThrow())
                    .isCloseTo(pearson(x, y), within(1e-9));
        }
        var ikmRows = rows.stream().filter(r -> r.get("u1") != null).toList();
        var ikm = IkmCalculator.fromTotals(data.survey(), WeightConvention.EXACT_NINTH);
        if (ikmRows.isEmpty()) {
            assertThat(ikm).isEmpty();
        } else {
            double total = 0;
            for (int u = 1; u <= 9; u++) {
                final int element = u;
                total += ikmRows.stream().mapToDouble(r -> ((Number) r.get("u" + element)).doubleValue()).average()
                        .orElseThrow() / 9;
            }
            assertThat(ikm.orElseThrow().ikm().doubleValue()).isCloseTo(total * 25, within(1e-9));
        }
        // the IKM's spread: Σ over the IKM responses of (U1 + … + U9)²
        assertThat(data.survey().ikmRowSquares()).isEqualTo(ikmRows.stream().mapToLong(r -> {
            long sum = 0;
            for (int u = 1; u <= 9; u++) {
                sum += ((Number) r.get("u" + u)).longValue();
            }
            return sum * sum;
        }).sum());
        long monthlySum = data.monthly().stream().mapToLong(m -> m.totals().responses()).sum();
        assertThat(monthlySum).isEqualTo(rows.size());

        // complaints: received, open, overdue (row by row with the calendar), error reports, per day and attribute
        var complaints = rawComplaints(filter);
        assertThat(data.complaints().received()).isEqualTo(complaints.size());
        var open = complaints.stream().filter(c -> List.of("NEW", "IN_PROGRESS", "WAITING_FOR_PARTICIPANT")
                .contains((String) c.get("status"))).toList();
        assertThat(data.complaints().open()).isEqualTo(open.size());
        long overdue = open.stream().filter(c -> {
            int age = calendar.workingDaysBetween(((Timestamp) c.get("received_at")).toLocalDateTime().toLocalDate(),
                    today);
            return age > limits.resolutionDays() || c.get("first_response_at") == null && age > limits.firstResponseDays();
        }).count();
        assertThat(data.complaints().overdue()).isEqualTo(overdue);
        assertThat(data.complaints().errorReports())
                .isEqualTo(complaints.stream().filter(c -> "APP_ERROR".equals(c.get("category"))).count());
        assertThat(data.complaintsPerWeek().stream().mapToLong(d -> d.count()).sum()).isEqualTo(complaints.size());
        // the weekly chart: every week of the period, each category counted by the complaint's Monday (ISO week)
        var perWeek = new java.util.TreeMap<LocalDate, Map<String, Long>>();
        for (var week = DashboardData.weekOf(filter.period().from()); !week.isAfter(filter.period().to());
                week = week.plusWeeks(1)) {
            perWeek.put(week, new java.util.TreeMap<>());
        }
        for (var c : complaints) {
            perWeek.get(DashboardData.weekOf(((Timestamp) c.get("received_at")).toLocalDateTime().toLocalDate()))
                    .merge((String) c.get("category"), 1L, Long::sum);
        }
        var charted = new java.util.TreeMap<LocalDate, Map<String, Long>>();
        for (var week : data.complaintWeeks()) {
            var counts = new java.util.TreeMap<String, Long>();
            week.counts().forEach((category, n) -> counts.put(category.name(), n));
            charted.put(week.start(), counts);
        }
        assertThat(charted).isEqualTo(perWeek);
        assertThat(data.complaintAttributes().stream().mapToLong(a -> a.complaints()).sum()).isEqualTo(complaints.size());
        assertThat(data.openByAge().stream().mapToLong(s -> s.total()).sum()).isEqualTo(open.size());
        assertThat(data.openByAge().stream().mapToLong(s -> s.pastResolutionLimit()).sum()).isEqualTo(open.stream()
                .filter(c -> calendar.workingDaysBetween(((Timestamp) c.get("received_at")).toLocalDateTime()
                        .toLocalDate(), today) > limits.resolutionDays()).count());

        // claims: medians per channel and the share paid within 5 working days
        var claims = rawPaidClaims(filter);
        for (var channel : ClaimChannel.values()) {
            var days = claims.stream().filter(c -> channel.name().equals(c.get("channel")))
                    .map(c -> ((Number) c.get("working_days_to_payment")).intValue()).sorted().toList();
            assertThat(data.payment().paid(channel)).isEqualTo(days.size());
            if (!days.isEmpty()) {
                assertThat(data.payment().median(channel)).contains(days.get((days.size() + 1) / 2 - 1));
            }
        }
        if (!claims.isEmpty()) {
            assertThat(data.payment().shareWithin(5).orElseThrow()).isCloseTo(claims.stream()
                    .filter(c -> ((Number) c.get("working_days_to_payment")).intValue() <= 5).count()
                    / (double) claims.size(), within(1e-12));
        }
        long rated = jdbc.queryForObject("select count(*) from jht_claim where speed_rating is not null and attribute"
                + " is not null and submitted_at >= ? and submitted_at < ?" + branchAndChannel(filter),
                Long.class, args(filter, "JMO", "BRANCH").toArray());
        assertThat(data.ratings().stream().mapToLong(r -> r.ratings()).sum()).isEqualTo(rated);
    }

    private List<Map<String, Object>> rawSurvey(RecordFilter filter) {
        var sql = new StringBuilder("select * from survey_response where submitted_at >= ? and submitted_at < ?");
        var args = new ArrayList<Object>(List.of(Timestamp.valueOf(filter.period().start()),
                Timestamp.valueOf(filter.period().endExclusive())));
        if (filter.branchId() != null) {
            sql.append(" and branch_id = ?");
            args.add(filter.branchId());
        }
        if (filter.channel() != null) {
            sql.append(" and channel in (?, 'BOTH')");
            args.add(filter.channel() == ServiceChannel.JMO ? "JMO" : "COUNTER");
        }
        return jdbc.queryForList(sql.toString(), args.toArray());
    }

    private List<Map<String, Object>> rawComplaints(RecordFilter filter) {
        return jdbc.queryForList("select * from complaint where received_at >= ? and received_at < ?"
                + branchAndChannel(filter), args(filter, "JMO_APP", "COUNTER").toArray());
    }

    private List<Map<String, Object>> rawPaidClaims(RecordFilter filter) {
        return jdbc.queryForList("select * from jht_claim where submitted_at >= ? and submitted_at < ?"
                + branchAndChannel(filter) + " and outcome = 'PAID'", args(filter, "JMO", "BRANCH").toArray());
    }

    private static String branchAndChannel(RecordFilter filter) {
        return (filter.branchId() != null ? " and branch_id = ?" : "") + (filter.channel() != null ? " and channel = ?" : "");
    }

    private static List<Object> args(RecordFilter filter, String jmo, String counter) {
        var args = new ArrayList<Object>(List.of(Timestamp.valueOf(filter.period().start()),
                Timestamp.valueOf(filter.period().endExclusive())));
        if (filter.branchId() != null) {
            args.add(filter.branchId());
        }
        if (filter.channel() != null) {
            args.add(filter.channel() == ServiceChannel.JMO ? jmo : counter);
        }
        return args;
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElse(0);
    }

    private static double pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
