package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.time.ServiceTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
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
        var incremental = snapshot();
        aggregates.rebuild();
        assertThat(snapshot()).isEqualTo(incremental);
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

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("select * from survey_daily order by response_date, branch_id, channel");
    }
}
