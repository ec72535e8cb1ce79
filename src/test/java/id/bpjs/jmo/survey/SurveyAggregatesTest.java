package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.time.ServiceTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.branch.BranchService;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The daily aggregates stay exactly equal to what the responses add up to. */
@SpringBootTest
@ActiveProfiles("test")
class SurveyAggregatesTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyAggregates aggregates;
    @Autowired
    BranchService branches;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recording_single_responses_keeps_the_aggregates_equal_to_a_full_rebuild() {
        var branch = branches.byCode("TGL").orElseThrow();
        var now = LocalDateTime.now(ServiceTime.DEFAULT_ZONE).minusMinutes(5);
        for (int i = 0; i < 3; i++) {
            var response = new SurveyResponse();
            response.setBranch(branch);
            response.setSubmittedAt(now.minusDays(i));
            response.setChannel(i == 0 ? SurveyChannel.BOTH : SurveyChannel.JMO);
            response.setScoreComplexity(1 + i);
            response.setScoreCompatibility(5 - i);
            response.setOverallSatisfaction(2 + i);
            if (i == 1) {
                response.setIkmAnswers(4, 4, 3, 4, 3, 2, 4, 4, 1);
            }
            surveys.record(response);
        }
        // a second IKM response on the same day, branch and channel adds to the row's Σ (U1 + … + U9)² (V30):
        // row sums 29 (above) and 27, so the day's column grows by 29² + 27²
        var day = now.minusDays(1);
        var key = new Object[] {java.sql.Date.valueOf(day.toLocalDate()), branch.getId(), SurveyChannel.JMO.name()};
        var keptBefore = rowSquares(key);
        var another = new SurveyResponse();
        another.setBranch(branch);
        another.setSubmittedAt(day);
        another.setChannel(SurveyChannel.JMO);
        another.setIkmAnswers(3, 3, 3, 3, 3, 3, 3, 3, 3);
        surveys.record(another);
        assertThat(rowSquares(key)).isEqualTo(keptBefore + 27 * 27);
        assertThat(keptBefore).isGreaterThanOrEqualTo(29 * 29);
        var incremental = snapshot();
        aggregates.rebuild();
        assertThat(snapshot()).isEqualTo(incremental);
        assertThat(jdbc.queryForObject("select sum(sq_ikm_row) from survey_daily", Long.class)).isEqualTo(
                jdbc.queryForObject("select sum((u1 + u2 + u3 + u4 + u5 + u6 + u7 + u8 + u9)"
                        + " * (u1 + u2 + u3 + u4 + u5 + u6 + u7 + u8 + u9)) from survey_response", Long.class));
    }

    private long rowSquares(Object[] key) {
        return jdbc.queryForObject("select coalesce(sum(sq_ikm_row), 0) from survey_daily where response_date = ?"
                + " and branch_id = ? and channel = ?", Long.class, key);
    }

    @Test
    void an_invalid_response_is_refused_and_nothing_is_stored() {
        var before = jdbc.queryForObject("select count(*) from survey_response", Long.class);
        var daily = snapshot();
        var response = new SurveyResponse();
        response.setBranch(branches.byCode("TGL").orElseThrow());
        response.setSubmittedAt(LocalDateTime.now(ServiceTime.DEFAULT_ZONE).minusHours(1));
        response.setScoreObservability(6);
        assertThatThrownBy(() -> surveys.record(response)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("scoreObservability");
        assertThat(jdbc.queryForObject("select count(*) from survey_response", Long.class)).isEqualTo(before);
        assertThat(snapshot()).isEqualTo(daily);
    }

    @Test
    void channel_filters_count_respondents_served_both_ways_under_both() {
        var period = new DateRange(LocalDate.now(ServiceTime.DEFAULT_ZONE).minusYears(2), LocalDate.now(ServiceTime.DEFAULT_ZONE));
        var statistics = new SurveyStatistics(jdbc);
        long all = statistics.totals(new RecordFilter(period, null, null)).responses();
        long jmo = statistics.totals(new RecordFilter(period, null, id.bpjs.jmo.base.domain.ServiceChannel.JMO))
                .responses();
        long counter = statistics.totals(new RecordFilter(period, null,
                id.bpjs.jmo.base.domain.ServiceChannel.COUNTER)).responses();
        long both = jdbc.queryForObject("select count(*) from survey_response where channel = 'BOTH'"
                + " and submitted_at >= ?", Long.class, java.sql.Timestamp.valueOf(period.start()));
        assertThat(jmo + counter).isEqualTo(all + both);
    }

    @Test
    void a_mix_of_ikm_only_rogers_only_and_full_responses_gives_each_figure_over_its_own_n() {
        var branch = branches.byCode("TGL").orElseThrow();
        var day = LocalDate.of(2020, 2, 12);
        // 1: full (JMO); 2: IKM only, plain SKM (no channel); 3 and 4: Rogers only, with blank items
        var full = response(branch, day.atTime(9, 0), SurveyChannel.JMO, new Integer[] {4, 5, 2, 4, 3}, 4);
        full.setIkmAnswers(4, 3, 3, 4, 3, 3, 4, 3, 3);
        var ikmOnly = response(branch, day.atTime(10, 0), null, new Integer[5], null);
        ikmOnly.setIkmAnswers(2, 2, 2, 2, 2, 2, 2, 2, 2);
        ikmOnly.setUsesJmo(null);
        var rogersOnly = response(branch, day.atTime(11, 0), SurveyChannel.COUNTER,
                new Integer[] {2, null, 4, 5, null}, 3);
        var rogersOnly2 = response(branch, day.atTime(12, 0), SurveyChannel.BOTH,
                new Integer[] {5, 3, 3, null, 4}, 5);
        for (var response : List.of(full, ikmOnly, rogersOnly, rogersOnly2)) {
            surveys.record(response);
        }
        var totals = new SurveyStatistics(jdbc).totals(new RecordFilter(new DateRange(day, day), branch.getId(), null));
        assertThat(totals.responses()).isEqualTo(4);
        // relative advantage 4, 2, 5 (n = 3); compatibility 5, 3 (n = 2); complexity 2, 4, 3 (n = 3);
        // trialability 4, 5 (n = 2); observability 3, 4 (n = 2); overall satisfaction 4, 3, 5 (n = 3)
        assertThat(totals.n(RogersAttribute.RELATIVE_ADVANTAGE)).isEqualTo(3);
        assertThat(totals.mean(RogersAttribute.RELATIVE_ADVANTAGE)).isEqualTo(11 / 3.0);
        assertThat(totals.shareSatisfied(RogersAttribute.RELATIVE_ADVANTAGE)).isEqualTo(2 / 3.0);
        assertThat(totals.n(RogersAttribute.COMPATIBILITY)).isEqualTo(2);
        assertThat(totals.mean(RogersAttribute.COMPATIBILITY)).isEqualTo(4.0);
        assertThat(totals.n(RogersAttribute.COMPLEXITY)).isEqualTo(3);
        assertThat(totals.mean(RogersAttribute.COMPLEXITY)).isEqualTo(3.0);
        assertThat(totals.n(RogersAttribute.TRIALABILITY)).isEqualTo(2);
        assertThat(totals.mean(RogersAttribute.TRIALABILITY)).isEqualTo(4.5);
        assertThat(totals.shareSatisfied(RogersAttribute.TRIALABILITY)).isEqualTo(1.0);
        assertThat(totals.n(RogersAttribute.OBSERVABILITY)).isEqualTo(2);
        assertThat(totals.mean(RogersAttribute.OBSERVABILITY)).isEqualTo(3.5);
        assertThat(totals.overallResponses()).isEqualTo(3);
        assertThat(totals.overallMean()).isEqualTo(4.0);
        assertThat(totals.overallShareSatisfied()).isEqualTo(2 / 3.0);
        // Pearson's r of relative advantage over its pairs (4,4), (2,3), (5,5): 3 / sqrt(14/3 × 2)
        assertThat(totals.correlationWithOverall(RogersAttribute.RELATIVE_ADVANTAGE).orElseThrow())
                .isCloseTo(3 / Math.sqrt(28 / 3.0), within(1e-12));
        // trialability has two pairs only: no correlation
        assertThat(totals.correlationWithOverall(RogersAttribute.TRIALABILITY)).isEmpty();
        // IKM over the two responses with U1..U9: sums 6 5 5 6 5 5 6 5 5, NRR 3 2.5 2.5 3 2.5 2.5 3 2.5 2.5 = 24,
        // IKM = 24 × 1/9 × 25 = 66.67
        assertThat(totals.ikmResponses()).isEqualTo(2);
        assertThat(totals.sumU()).containsExactly(6, 5, 5, 6, 5, 5, 6, 5, 5);
        var ikm = id.bpjs.jmo.ikm.IkmCalculator.fromTotals(totals, id.bpjs.jmo.base.domain.WeightConvention.EXACT_NINTH).orElseThrow();
        assertThat(ikm.ikmRounded()).isEqualByComparingTo("66.67");
        // their row sums 30 and 18: Σs = 48, Σs² = 900 + 324 (V30), the moments of the IKM's significance test
        assertThat(totals.ikmRowSquares()).isEqualTo(1224);
        assertThat(totals.ikmRowMoments()).isEqualTo(new id.bpjs.jmo.base.stats.Significance.Moments(2, 48, 1224));
        // a plain SKM response has no channel: a channel filter leaves it out
        var jmo = new SurveyStatistics(jdbc).totals(new RecordFilter(new DateRange(day, day), branch.getId(),
                id.bpjs.jmo.base.domain.ServiceChannel.JMO));
        assertThat(jmo.responses()).isEqualTo(2);
        assertThat(jmo.ikmResponses()).isEqualTo(1);
        assertThat(jmo.n(RogersAttribute.COMPATIBILITY)).isEqualTo(2);
        // and the aggregates kept one by one equal a rebuild from the raw rows
        var incremental = snapshot();
        aggregates.rebuild();
        assertThat(snapshot()).isEqualTo(incremental);
    }

    /**
     * V19 rebuilt the aggregates with the service's statement of then; V30 added one column, filled by an update (the
     * persistence contract shows V19 + V30 give what {@link SurveyAggregates#rebuild()} gives, on both databases).
     */
    @Test
    void the_latest_rebuilding_migration_v19_uses_the_statement_the_service_uses_but_for_the_column_v30_fills()
            throws Exception {
        try (var in = getClass().getResourceAsStream("/db/migration/V19__recommend_score_aggregates.sql")) {
            var statement = java.util.Arrays.stream(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .split("\n")).filter(line -> line.startsWith("insert into survey_daily")).findFirst()
                    .orElseThrow();
            var v30 = SurveyAggregates.COLUMNS.indexOf(SurveyAggregates.IKM_ROW_SQUARES);
            assertThat(v30).isEqualTo(SurveyAggregates.COLUMNS.size() - 1);
            var withoutV30 = SurveyAggregates.rebuildStatement("")
                    .replace(", " + SurveyAggregates.IKM_ROW_SQUARES + ")", ")")
                    .replace(", " + SurveyAggregates.EXPRESSIONS.get(v30) + " from", " from");
            assertThat(withoutV30).isNotEqualTo(SurveyAggregates.rebuildStatement(""));
            assertThat(statement).isEqualTo(withoutV30 + ";");
        }
    }

    @Test
    void a_response_without_a_complete_part_or_with_a_rogers_item_but_no_overall_satisfaction_is_refused() {
        var branch = branches.byCode("TGL").orElseThrow();
        var nothing = response(branch, LocalDateTime.now().minusHours(2), null, new Integer[5], null);
        assertThatThrownBy(() -> surveys.record(nothing)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("onePartComplete");
        var itemAlone = response(branch, LocalDateTime.now().minusHours(2), null, new Integer[] {3, null, null, null,
                null}, null);
        itemAlone.setIkmAnswers(3, 3, 3, 3, 3, 3, 3, 3, 3);
        assertThatThrownBy(() -> surveys.record(itemAlone)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("rogersWithOverall");
    }

    private static SurveyResponse response(id.bpjs.jmo.branch.Branch branch, LocalDateTime at,
            @org.jspecify.annotations.Nullable SurveyChannel channel, Integer[] rogers,
            @org.jspecify.annotations.Nullable Integer overall) {
        var response = new SurveyResponse();
        response.setBranch(branch);
        response.setSubmittedAt(at);
        response.setChannel(channel);
        for (var attribute : RogersAttribute.values()) {
            response.setScore(attribute, rogers[attribute.ordinal()]);
        }
        response.setOverallSatisfaction(overall);
        return response;
    }

    private List<Map<String, Object>> snapshot() {
        var rows = new java.util.ArrayList<>(jdbc.queryForList(
                "select * from survey_daily order by response_date, branch_id, channel"));
        rows.addAll(jdbc.queryForList("select * from survey_profile_daily"
                + " order by dimension, response_date, branch_id, channel, grp"));
        return rows;
    }

    @Autowired
    id.bpjs.jmo.ikm.IkmReports reports;

    /** The IKM report's breakdowns from the profile aggregates are what grouping the IKM responses gives. */
    @Test
    @org.springframework.security.test.context.support.WithUserDetails("manajer")
    void the_ikm_breakdowns_read_from_the_profile_aggregates_equal_grouping_the_responses() {
        var period = DateRange.lastMonths(12, LocalDate.now());
        var filter = new RecordFilter(period, null, id.bpjs.jmo.base.domain.ServiceChannel.JMO);
        var convention = id.bpjs.jmo.base.domain.WeightConvention.values()[0];
        var report = reports.report(filter, convention);
        assertThat(report.breakdowns()).hasSize(4);
        for (var breakdown : report.breakdowns()) {
            var expression = ProfileDimensions.EXPRESSIONS.get(breakdown.dimension());
            var expected = jdbc.query("select " + expression + ", count(*), sum(u1), sum(u2), sum(u3), sum(u4),"
                    + " sum(u5), sum(u6), sum(u7), sum(u8), sum(u9) from survey_response where u1 is not null"
                    + " and submitted_at >= ? and submitted_at < ? and channel in ('JMO', 'BOTH') group by "
                    + expression, (rs, row) -> {
                        long[] sums = new long[9];
                        for (int u = 0; u < 9; u++) {
                            sums[u] = rs.getLong(3 + u);
                        }
                        return new id.bpjs.jmo.ikm.IkmReport.Group(rs.getString(1), rs.getLong(2),
                                id.bpjs.jmo.ikm.IkmCalculator.fromSums(rs.getLong(2), sums, convention));
                    }, java.sql.Timestamp.valueOf(period.start()), java.sql.Timestamp.valueOf(period.endExclusive()));
            assertThat(expected).as(breakdown.dimension()).isNotEmpty();
            // IkmCalculator.Result holds an array: compare the groups by their content
            java.util.function.Function<id.bpjs.jmo.ikm.IkmReport.Group, String> content = group -> group.key() + " | "
                    + group.respondents() + " | " + group.result().map(r -> r.respondents() + " "
                            + java.util.Arrays.toString(r.sums()) + " " + r.convention()).orElse("-");
            assertThat(breakdown.groups()).as(breakdown.dimension()).map(content)
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(content).toList());
        }
    }

    @Test
    void migration_v23_fills_the_profile_aggregates_as_the_service_keeps_them() throws Exception {
        // the demo's rows were filled by the service's statements; the migration's own statements give the same rows
        var kept = snapshot();
        assertThat(jdbc.queryForObject("select count(*) from survey_profile_daily", Long.class)).isPositive();
        try (var in = getClass().getResourceAsStream("/db/migration/V23__survey_profile_daily.sql")) {
            var sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            var inserts = java.util.Arrays.stream(sql.split(";")).map(String::strip)
                    .filter(statement -> statement.startsWith("INSERT INTO survey_profile_daily")).toList();
            assertThat(inserts).hasSize(ProfileDimensions.ORDER.size());
            jdbc.update("delete from survey_profile_daily");
            inserts.forEach(jdbc::update);
        }
        assertThat(snapshot()).isEqualTo(kept);
    }
}
