package id.bpjs.jmo.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.branch.BranchService;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The recommend score (0–10): promoters, passives, detractors and the net score, counted by the database. */
@SpringBootTest
@ActiveProfiles("test")
class RecommendScoresTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    RecommendScores scores;
    @Autowired
    BranchService branches;

    private final DateRange march2016 = new DateRange(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 31));

    @Test
    @WithUserDetails("manajer")
    void promoters_passives_and_detractors_give_the_net_score_and_empty_answers_are_not_counted() {
        var branch = branches.byCode("MGL").orElseThrow();
        var answers = new Integer[] {10, 9, 9, 8, 7, 6, 0, null};
        for (int i = 0; i < answers.length; i++) {
            var response = new SurveyResponse();
            response.setBranch(branch);
            response.setSubmittedAt(LocalDate.of(2016, 3, 10 + i).atTime(10, 0));
            response.setChannel(SurveyChannel.COUNTER);
            response.setRecommendScore(answers[i]);
            surveys.record(response);
        }
        // a response just outside the period does not count
        var outside = new SurveyResponse();
        outside.setBranch(branch);
        outside.setSubmittedAt(LocalDate.of(2016, 4, 1).atTime(0, 0));
        outside.setChannel(SurveyChannel.COUNTER);
        outside.setRecommendScore(0);
        surveys.record(outside);

        var result = scores.of(new RecordFilter(march2016, branch.getId(), null));

        assertThat(result).isEqualTo(new RecommendScore(3, 2, 2));
        assertThat(result.respondents()).isEqualTo(7);
        assertThat(result.netScore()).hasValueSatisfying(nps -> assertThat(nps).isCloseTo(100.0 / 7, within(1e-9)));
        assertThat(result.promoterShare().orElseThrow() + result.passiveShare().orElseThrow()
                + result.detractorShare().orElseThrow()).isCloseTo(1.0, within(1e-12));
        // the JMO channel has none of them
        assertThat(scores.of(new RecordFilter(march2016, branch.getId(), id.bpjs.jmo.base.domain.ServiceChannel.JMO))
                .respondents()).isZero();
        assertThat(Arrays.stream(answers).filter(a -> a != null).count()).isEqualTo(result.respondents());
    }

    @Test
    @WithUserDetails("manajer")
    void without_answers_there_is_no_net_score_instead_of_a_division_by_zero() {
        var result = scores.of(new RecordFilter(new DateRange(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 31)),
                null, null));
        assertThat(result.respondents()).isZero();
        assertThat(result.netScore()).isEmpty();
        assertThat(result.promoterShare()).isEmpty();
    }
}
