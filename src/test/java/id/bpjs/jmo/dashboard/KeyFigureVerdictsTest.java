package id.bpjs.jmo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.stats.Significance;
import id.bpjs.jmo.base.stats.Significance.Verdict;
import id.bpjs.jmo.claim.ClaimChannel;
import id.bpjs.jmo.claim.ClaimStatistics;
import id.bpjs.jmo.survey.RecommendScore;
import id.bpjs.jmo.survey.SurveyTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The IKM, JHT paid on time and the recommend score say whether their change is beyond chance, on data whose answer is
 * known: for each a clearly real change, one chance explains, and too few to tell.
 */
class KeyFigureVerdictsTest {

    private static final RecordFilter SEMESTER = new RecordFilter(new DateRange(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 6, 30)), null, null);
    private static final ClaimStatistics.PaymentSpeed NO_CLAIMS = new ClaimStatistics.PaymentSpeed(List.of());
    private static final RecommendScore NO_ANSWERS = new RecommendScore(0, 0, 0);

    private static DashboardData data(SurveyTotals previous, SurveyTotals current,
            ClaimStatistics.PaymentSpeed previousPayment, ClaimStatistics.PaymentSpeed payment,
            RecommendScore previousRecommend, RecommendScore recommend) {
        return new DashboardData(SEMESTER, LocalDate.of(2026, 6, 30), current, previous, List.of(), null, null,
                List.of(), List.of(), List.of(), payment, previousPayment, List.of(), null, recommend,
                previousRecommend);
    }

    /** n IKM questionnaires whose every element U1..U9 averages {@code mean} (no Rogers part). */
    private static SurveyTotals ikm(long n, double mean) {
        var sumU = new long[9];
        Arrays.fill(sumU, Math.round(n * mean));
        return new SurveyTotals(n, new long[5], new long[5], new long[5], new long[5], 0, 0, 0, n, sumU, 0);
    }

    private static DashboardData ikmOnly(SurveyTotals previous, SurveyTotals current) {
        return data(previous, current, NO_CLAIMS, NO_CLAIMS, NO_ANSWERS, NO_ANSWERS);
    }

    /** {@code paid} claims, {@code onTime} of them within 5 working days (3), the rest in 8. */
    private static ClaimStatistics.PaymentSpeed paid(long paid, long onTime) {
        return new ClaimStatistics.PaymentSpeed(List.of(new ClaimStatistics.DaysCount(ClaimChannel.JMO, 3, onTime),
                new ClaimStatistics.DaysCount(ClaimChannel.BRANCH, 8, paid - onTime)));
    }

    private static DashboardData claimsOnly(ClaimStatistics.PaymentSpeed previous, ClaimStatistics.PaymentSpeed now) {
        return data(SurveyTotals.empty(), SurveyTotals.empty(), previous, now, NO_ANSWERS, NO_ANSWERS);
    }

    private static DashboardData recommendOnly(RecommendScore previous, RecommendScore now) {
        return data(SurveyTotals.empty(), SurveyTotals.empty(), NO_CLAIMS, NO_CLAIMS, previous, now);
    }

    @Test
    void the_ikm_is_computed_for_the_view_with_the_exact_ninth() {
        var data = ikmOnly(SurveyTotals.empty(), ikm(200, 3.5));
        assertThat(data.ikm().orElseThrow().ikmRounded()).isEqualByComparingTo("87.50");
        assertThat(ikmOnly(ikm(200, 3.5), SurveyTotals.empty()).ikm()).isEmpty();
        assertThat(ikmOnly(SurveyTotals.empty(), ikm(200, 3.5)).ikmChange()).isEmpty();
    }

    @Test
    void an_ikm_from_62_50_to_87_50_on_200_questionnaires_each_is_a_real_rise() {
        // per-respondent averages 2,5 → 3,5; the widest spread on 1–4 has variance 2,25 and 1,25 (× 200/199):
        // t = 1 / √((2,261 + 1,256) / 200) = 7,5
        var change = ikmOnly(ikm(200, 2.5), ikm(200, 3.5)).ikmChange().orElseThrow();
        assertThat(change.change()).isEqualByComparingTo("25.00");
        assertThat(change.test().verdict()).isEqualTo(Verdict.UP);
        assertThat(change.test().difference()).isCloseTo(1.0, within(1e-12));
        assertThat(change.test().pValue()).isLessThan(0.001);
    }

    @Test
    void an_ikm_from_75_00_to_76_25_on_200_questionnaires_each_is_within_chance() {
        // averages 3,00 → 3,05: t = 0,05 / √((2,010 + 1,998) / 200) = 0,35, p ≈ 0,72
        var change = ikmOnly(ikm(200, 3.0), ikm(200, 3.05)).ikmChange().orElseThrow();
        assertThat(change.change()).isEqualByComparingTo("1.25");
        assertThat(change.test().verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(change.test().pValue()).isCloseTo(0.72, within(0.01));
        // five questionnaires in a period are too few, however large the change
        assertThat(ikmOnly(ikm(5, 1.5), ikm(200, 3.9)).ikmChangeTest().verdict()).isEqualTo(Verdict.TOO_FEW);
    }

    @Test
    void jht_paid_on_time_from_60_to_85_percent_of_100_claims_each_is_a_real_rise() {
        // two-proportion z: pooled 0,725, SE = √(0,725 · 0,275 · 0,02) = 0,0631, z = 3,96, p ≈ 0,00008
        var change = claimsOnly(paid(100, 60), paid(100, 85)).claimOnTimeChangePoints().orElseThrow();
        assertThat(change.change()).isEqualByComparingTo("25.0");
        assertThat(change.test().verdict()).isEqualTo(Verdict.UP);
        assertThat(change.test().pValue()).isCloseTo(0.000075, within(0.00001));
    }

    @Test
    void jht_paid_on_time_from_60_to_65_percent_of_100_claims_each_is_within_chance() {
        // pooled 0,625, SE = 0,0685, z = 0,73, p ≈ 0,47
        var change = claimsOnly(paid(100, 60), paid(100, 65)).claimOnTimeChangePoints().orElseThrow();
        assertThat(change.change()).isEqualByComparingTo("5.0");
        assertThat(change.test().verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(change.test().pValue()).isCloseTo(0.465, within(0.01));
        // the same fall on 200 claims each is real: 65 % → 50 % (z = 3,04)
        assertThat(claimsOnly(paid(200, 130), paid(200, 100)).claimOnTimeChangeTest().verdict())
                .isEqualTo(Verdict.DOWN);
        assertThat(claimsOnly(paid(8, 2), paid(100, 90)).claimOnTimeChangeTest().verdict())
                .isEqualTo(Verdict.TOO_FEW);
    }

    @Test
    void a_recommend_score_from_0_to_plus_50_on_100_answers_each_is_a_real_rise() {
        // ±1 coding: variances 60/99 and 45/99, t = 0,5 / √(0,00606 + 0,00455) = 4,86
        var change = recommendOnly(new RecommendScore(30, 40, 30), new RecommendScore(60, 30, 10)).recommendChange()
                .orElseThrow();
        assertThat(change.change()).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(change.test().verdict()).isEqualTo(Verdict.UP);
        assertThat(change.test().difference()).isCloseTo(0.5, within(1e-12));
        assertThat(change.test().pValue()).isLessThan(0.001);
    }

    @Test
    void a_recommend_score_from_0_to_plus_6_on_100_answers_each_is_within_chance() {
        // t = 0,06 / √(0,00606 + 0,00602) = 0,55, p ≈ 0,59
        var change = recommendOnly(new RecommendScore(30, 40, 30), new RecommendScore(33, 40, 27)).recommendChange()
                .orElseThrow();
        assertThat(change.change()).isEqualByComparingTo("6.0");
        assertThat(change.test().verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(change.test().pValue()).isCloseTo(0.59, within(0.01));
    }

    @Test
    void the_net_score_is_tested_not_the_promoter_share() {
        // detractors became passives, promoters stayed: the net score rises 0 → +25 (t = 2,64, p ≈ 0,009) although the
        // promoter share did not move at all
        var previous = new RecommendScore(30, 40, 30);
        var now = new RecommendScore(30, 65, 5);
        assertThat(Significance.shares(30, 100, 30, 100).verdict()).isEqualTo(Verdict.NO_CHANGE);
        var test = recommendOnly(previous, now).recommendChangeTest();
        assertThat(test.verdict()).isEqualTo(Verdict.UP);
        assertThat(test.pValue()).isCloseTo(0.009, within(0.002));
        assertThat(recommendOnly(new RecommendScore(3, 2, 1), now).recommendChangeTest().verdict())
                .isEqualTo(Verdict.TOO_FEW);
    }
}
