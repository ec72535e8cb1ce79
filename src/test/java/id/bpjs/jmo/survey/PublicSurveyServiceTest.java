package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.time.ServiceTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The public survey's abuse handling, without a login. */
@SpringBootTest
@ActiveProfiles("test")
class PublicSurveyServiceTest {

    @Autowired
    PublicSurveyService service;
    @Autowired
    SurveyStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;

    private static SurveyResponse answers() {
        var response = new SurveyResponse();
        response.setChannel(SurveyChannel.JMO);
        response.setGender(Gender.P);
        response.setAge(29);
        response.setEducation(Education.S1);
        response.setOccupation(Occupation.SWASTA);
        response.setScoreComplexity(2);
        response.setOverallSatisfaction(4);
        response.setIkmAnswers(3, 3, 3, 4, 3, 3, 4, 3, 2);
        response.setComment("Klaim cepat, tapi verifikasi wajah susah");
        return response;
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from survey_response", Long.class);
    }

    @Test
    void a_submission_is_stored_and_the_dashboard_counts_it_at_once() {
        var today = new RecordFilter(new DateRange(LocalDate.now(ServiceTime.DEFAULT_ZONE), LocalDate.now(ServiceTime.DEFAULT_ZONE)), null, null);
        var totalsBefore = statistics.totals(today);
        long before = totalsBefore.responses();
        assertThat(service.submit("CLP", answers(), "10.0.0.1", UUID.randomUUID().toString()))
                .isEqualTo(PublicSurveyService.Outcome.STORED);
        var after = statistics.totals(today);
        assertThat(after.responses()).isEqualTo(before + 1);
        // the IKM report counts the respondent too (it reads the same aggregates)
        assertThat(after.ikmResponses()).isEqualTo(totalsBefore.ikmResponses() + 1);
    }

    @Test
    void a_double_submit_of_the_same_form_stores_one_response() {
        var token = UUID.randomUUID().toString();
        long before = stored();
        assertThat(service.submit("TGL", answers(), "10.0.0.2", token)).isEqualTo(PublicSurveyService.Outcome.STORED);
        assertThat(service.submit("TGL", answers(), "10.0.0.2", token))
                .isEqualTo(PublicSurveyService.Outcome.ALREADY_STORED);
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void the_rate_limit_holds_per_client_and_branch() {
        long before = stored();
        int accepted = 0;
        for (int i = 0; i < SubmissionLimiter.LIMIT + 5; i++) {
            if (service.submit("PKL", answers(), "10.0.0.3", UUID.randomUUID().toString())
                    == PublicSurveyService.Outcome.STORED) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(SubmissionLimiter.LIMIT);
        assertThat(service.submit("PKL", answers(), "10.0.0.3", UUID.randomUUID().toString()))
                .isEqualTo(PublicSurveyService.Outcome.RATE_LIMITED);
        // another client, or the same client at another branch, is not affected
        assertThat(service.submit("PKL", answers(), "10.0.0.4", UUID.randomUUID().toString()))
                .isEqualTo(PublicSurveyService.Outcome.STORED);
        assertThat(service.submit("MGL", answers(), "10.0.0.3", UUID.randomUUID().toString()))
                .isEqualTo(PublicSurveyService.Outcome.STORED);
        assertThat(stored()).isEqualTo(before + SubmissionLimiter.LIMIT + 2);
    }

    @Test
    void out_of_range_or_oversized_answers_are_refused_and_nothing_is_stored() {
        long before = stored();
        var bad = answers();
        bad.setScoreObservability(7);
        bad.setComment("x".repeat(2001));
        assertThatThrownBy(() -> service.submit("SMG", bad, "10.0.0.5", UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                        e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                        .containsExactlyInAnyOrder("scoreObservability", "comment"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void an_unknown_branch_stores_nothing() {
        assertThat(service.submit("XYZ", answers(), "10.0.0.6", UUID.randomUUID().toString()))
                .isEqualTo(PublicSurveyService.Outcome.UNKNOWN_BRANCH);
    }
}
