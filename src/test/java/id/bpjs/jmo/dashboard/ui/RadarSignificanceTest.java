package id.bpjs.jmo.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.dashboard.DashboardData;
import id.bpjs.jmo.survey.RecommendScore;
import id.bpjs.jmo.survey.SurveyTotals;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.xdev.chartjs.model.charts.RadarChart;

/**
 * The radar marks an attribute only when its change against the previous period is beyond chance at 95 % (Welch's t
 * from n, Σx, Σx²). Known answers: 100 responses per period, each item with sample variance 1; a mean moving 0.5
 * (t ≈ 3.5, p ≈ 0.0005) is marked, a mean moving 0.05 (t ≈ 0.35, p ≈ 0.72) and an unchanged mean are not.
 */
class RadarSignificanceTest {

    /** n = 100 per item; Σx and Σx² per item in Rogers' order. */
    private static SurveyTotals totals(long[] sum, long[] squares) {
        return new SurveyTotals(100, sum, squares, new long[5], new long[5], 350, 1324, 0, 0, new long[9], 0);
    }

    private static DashboardData data(SurveyTotals previous, SurveyTotals current) {
        var filter = new RecordFilter(new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), null, null);
        return new DashboardData(filter, LocalDate.of(2026, 11, 27), current, previous, List.of(), null, null,
                List.of(), List.of(), List.of(), null, null, List.of(), null, new RecommendScore(0, 0, 0),
                new RecommendScore(0, 0, 0));
    }

    private final DashboardChartConfigs charts = new DashboardChartConfigs(key -> Translations.get(Formats.ID, key), Formats.ID);

    @Test
    void only_changes_beyond_chance_carry_a_mark_on_the_radar_and_the_table_says_each_verdict() {
        // previous: every item mean 3.5, variance 1 (Σx² = 99·1 + 350²/100)
        var previous = totals(new long[] {350, 350, 350, 350, 350}, new long[] {1324, 1324, 1324, 1324, 1324});
        // relative advantage +0.05, compatibility unchanged, complexity −0.5, trialability unchanged,
        // observability +0.5
        var current = totals(new long[] {355, 350, 300, 350, 400}, new long[] {1359, 1324, 999, 1324, 1699});

        var built = charts.radar(data(previous, current));

        var labels = ((RadarChart) built.chart()).getData().getLabels();
        assertThat(labels).containsExactly(RogersAttribute.RELATIVE_ADVANTAGE.label(Formats.ID),
                RogersAttribute.COMPATIBILITY.label(Formats.ID), RogersAttribute.COMPLEXITY.label(Formats.ID) + " ▼",
                RogersAttribute.TRIALABILITY.label(Formats.ID), RogersAttribute.OBSERVABILITY.label(Formats.ID) + " ▲");
        var verdicts = built.rows().stream().map(row -> row.get(3)).toList();
        assertThat(verdicts.get(0)).startsWith("masih dalam batas kebetulan (p = 0,7");
        assertThat(verdicts.get(1)).isEqualTo("masih dalam batas kebetulan (p = 1,000)");
        assertThat(verdicts.get(2)).isEqualTo("turun bermakna (p < 0,001)");
        assertThat(verdicts.get(4)).isEqualTo("naik bermakna (p < 0,001)");
    }

    @Test
    void too_few_responses_are_never_marked_however_large_the_change() {
        var previous = new SurveyTotals(5, new long[] {20, 20, 20, 20, 20}, new long[] {84, 84, 84, 84, 84},
                new long[5], new long[5], 20, 84, 0, 0, new long[9], 0);
        var current = new SurveyTotals(5, new long[] {5, 5, 5, 5, 5}, new long[] {5, 5, 5, 5, 5}, new long[5],
                new long[5], 5, 5, 0, 0, new long[9], 0);

        var built = charts.radar(data(previous, current));

        assertThat(((RadarChart) built.chart()).getData().getLabels()).noneMatch(l -> l.endsWith("▼") || l.endsWith("▲"));
        assertThat(built.rows()).allMatch(row -> row.get(3).equals("respons terlalu sedikit untuk menilai"));
    }
}
