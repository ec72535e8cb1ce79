package id.bpjs.jmo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.survey.SurveyStatistics;
import id.bpjs.jmo.survey.SurveyTotals;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** A month without responses stays on the trend's axis (as a gap), it does not vanish from the series. */
@SpringBootTest
@ActiveProfiles("test")
class TrendGapsTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_month_without_data_between_two_months_with_data_is_kept_empty() {
        var responses = new SurveyTotals(3, new long[5], new long[5], new long[5], new long[5], 0, 0, 0, 0,
                new long[9], 0);
        var series = DashboardService.everyMonth(new DateRange(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 10)),
                List.of(new SurveyStatistics.MonthlyTotals(YearMonth.of(2026, 1), responses),
                        new SurveyStatistics.MonthlyTotals(YearMonth.of(2026, 3), responses)));
        assertThat(series).extracting(SurveyStatistics.MonthlyTotals::month).containsExactly(YearMonth.of(2026, 1),
                YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(series).extracting(m -> m.totals().responses()).containsExactly(3L, 0L, 3L);
    }

    @Test
    void a_month_with_fewer_than_ten_answers_to_an_item_is_a_gap_in_its_line() {
        // one day of May in a "last 6 months" period: one response, complexity 5; June: ten responses of 3
        var one = new SurveyTotals(1, new long[] {4, 4, 5, 4, 4}, new long[] {16, 16, 25, 16, 16}, new long[5],
                new long[5], 0, 0, 0, 0, new long[9], 0);
        var ten = new SurveyTotals(10, new long[] {30, 30, 30, 30, 30}, new long[] {90, 90, 90, 90, 90},
                new long[5], new long[5], 0, 0, 0, 0, new long[9], 0);
        var may = new SurveyStatistics.MonthlyTotals(YearMonth.of(2026, 5), one);
        var june = new SurveyStatistics.MonthlyTotals(YearMonth.of(2026, 6), ten);
        var complexity = id.bpjs.jmo.base.domain.RogersAttribute.COMPLEXITY;
        assertThat(may.plottedMean(complexity)).isNull();
        assertThat(june.plottedMean(complexity)).isEqualTo(3.0);
    }

    @Test
    @WithUserDetails("manajer")
    void the_dashboard_series_has_every_month_of_the_period_including_those_before_the_first_response() {
        var today = LocalDate.now();
        // the demo data cover the last 24 months: the first four months of this period have none
        var period = new DateRange(today.minusMonths(28).withDayOfMonth(1), today.minusMonths(20));
        var data = dashboard.load(new RecordFilter(period, null, null), today);
        var months = data.monthly().stream().map(SurveyStatistics.MonthlyTotals::month).toList();
        assertThat(months.getFirst()).isEqualTo(YearMonth.from(period.from()));
        assertThat(months.getLast()).isEqualTo(YearMonth.from(period.to()));
        for (int i = 1; i < months.size(); i++) {
            assertThat(months.get(i)).isEqualTo(months.get(i - 1).plusMonths(1));
        }
        for (var month : data.monthly()) {
            long raw = jdbc.queryForObject("select count(*) from survey_response where submitted_at >= ? and"
                    + " submitted_at < ?", Long.class,
                    java.sql.Timestamp.valueOf(month.month().atDay(1).atStartOfDay()),
                    java.sql.Timestamp.valueOf(month.month().plusMonths(1).atDay(1).atStartOfDay()));
            if (raw == 0) {
                assertThat(month.totals().responses()).as(month.month().toString()).isZero();
            }
        }
        assertThat(data.monthly()).filteredOn(m -> m.totals().responses() == 0).isNotEmpty();
        assertThat(data.monthly()).filteredOn(m -> m.totals().responses() > 0).isNotEmpty();
    }
}
