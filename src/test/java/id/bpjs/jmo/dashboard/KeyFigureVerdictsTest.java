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

    /**
     * IKM questionnaires (no Rogers part) given as pairs (how many respondents, their row sum U1 + … + U9): each
     * respondent answers the nine elements as evenly as the row sum allows (29 → 4, 4, 3, 3, 3, 3, 3, 3, 3).
     */
    private static SurveyTotals ikm(int... groups) {
        var sumU = new long[9];
        long n = 0;
        long rowSquares = 0;
        for (int g = 0; g < groups.length; g += 2) {
            int count = groups[g];
            int rowSum = groups[g + 1];
            for (int u = 0; u < 9; u++) {
                sumU[u] += (long) count * (rowSum / 9 + (u < rowSum % 9 ? 1 : 0));
            }
            n += count;
            rowSquares += (long) count * rowSum * rowSum;
        }
        return new SurveyTotals(n, new long[5], new long[5], new long[5], new long[5], 0, 0, 0, n, sumU, rowSquares);
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
        // half all 4s (row sum 36), half all 3s (27): mean row sum 31,5, IKM = 25 × 31,5 / 9 = 87,50
        var data = ikmOnly(SurveyTotals.empty(), ikm(100, 36, 100, 27));
        assertThat(data.ikm().orElseThrow().ikmRounded()).isEqualByComparingTo("87.50");
        assertThat(ikmOnly(ikm(100, 36, 100, 27), SurveyTotals.empty()).ikm()).isEmpty();
        assertThat(ikmOnly(SurveyTotals.empty(), ikm(100, 36, 100, 27)).ikmChange()).isEmpty();
    }

    @Test
    void an_ikm_from_62_50_to_87_50_on_200_questionnaires_each_is_a_real_rise() {
        // row sums 100 × 18 and 100 × 27 (mean 22,5) → 100 × 27 and 100 × 36 (mean 31,5); each variance
        // 200 × 4,5² / 199 = 20,352, SE = √(2 × 20,352 / 200) = 0,4511, t = 9 / 0,4511 = 19,95 (df 398)
        var change = ikmOnly(ikm(100, 18, 100, 27), ikm(100, 27, 100, 36)).ikmChange().orElseThrow();
        assertThat(change.change()).isEqualByComparingTo("25.00");
        assertThat(change.test().verdict()).isEqualTo(Verdict.UP);
        // the difference is in row-sum points: 9 × 25/9 = 25 IKM points
        assertThat(change.test().difference()).isCloseTo(9.0, within(1e-12));
        assertThat(change.test().pValue()).isLessThan(1e-50);
    }

    @Test
    void ten_questionnaires_from_75_00_to_80_56_are_a_real_rise_that_the_widest_spread_called_chance() {
        // row sums 5 × 26 and 5 × 28 (mean 27, IKM 75,00) → 5 × 28 and 5 × 30 (mean 29, IKM 80,56): each sample
        // variance 10 × 1² / 9 = 1,111, SE = √(2 × 1,111 / 10) = 0,4714, t = 2 / 0,4714 = 4,243, df = 18:
        // p = 0,00049
        var data = ikmOnly(ikm(5, 26, 5, 28), ikm(5, 28, 5, 30));
        var change = data.ikmChange().orElseThrow();
        assertThat(change.change()).isEqualByComparingTo("5.56");
        assertThat(change.test().verdict()).isEqualTo(Verdict.UP);
        assertThat(change.test().difference()).isCloseTo(2.0, within(1e-12));
        assertThat(change.test().pValue()).isCloseTo(0.00049, within(0.00001));
        // before V30 kept Σ(row sum)², the test took the widest spread 1–4 allows for the respondents' averages
        // (3 → 3,222): Σx² = 5Σx − 4n, variances 2,222 and 1,920, t = 0,345, p = 0,73: "within chance"
        var conservative = Significance.means(new Significance.Moments(10, 30, 5 * 30 - 40),
                new Significance.Moments(10, 290 / 9.0, 5 * 290 / 9.0 - 40));
        assertThat(conservative.verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(conservative.pValue()).isCloseTo(0.73, within(0.01));
        // the statistic does not depend on the unit: the IKM itself (25/9 × the row sum) gives the same p
        var previous = ikm(5, 26, 5, 28).ikmRowMoments();
        var current = ikm(5, 28, 5, 30).ikmRowMoments();
        assertThat(Significance.means(inIkmPoints(previous), inIkmPoints(current)).pValue())
                .isCloseTo(change.test().pValue(), within(1e-12));
    }

    /** The moments of the IKM (25/9 × each row sum) from those of the row sums. */
    private static Significance.Moments inIkmPoints(Significance.Moments rowSums) {
        double k = 25 / 9.0;
        return new Significance.Moments(rowSums.n(), k * rowSums.sum(), k * k * rowSums.sumOfSquares());
    }

    @Test
    void an_ikm_from_75_00_to_76_25_on_200_questionnaires_is_real_when_respondents_agree_and_chance_when_they_split() {
        // agreeing: 100 × 26 and 100 × 28 (mean 27, variance 200/199 = 1,005) → 110 × 27 and 90 × 28 (mean 27,45,
        // variance 49,5/199 = 0,249): SE = √(1,005/200 + 0,249/200) = 0,0792, t = 0,45 / 0,0792 = 5,68, p ≈ 3·10⁻⁸
        var agreeing = ikmOnly(ikm(100, 26, 100, 28), ikm(110, 27, 90, 28)).ikmChange().orElseThrow();
        assertThat(agreeing.change()).isEqualByComparingTo("1.25");
        assertThat(agreeing.test().verdict()).isEqualTo(Verdict.UP);
        assertThat(agreeing.test().pValue()).isLessThan(1e-6);
        // split between all 2s (18) and all 4s (36): 100 + 100 (mean 27, variance 81,41) → 95 + 105 (mean 27,45,
        // variance 81,20): SE = √((81,41 + 81,20) / 200) = 0,9017, t = 0,499, p = 0,618
        var split = ikmOnly(ikm(100, 18, 100, 36), ikm(95, 18, 105, 36)).ikmChange().orElseThrow();
        assertThat(split.change()).isEqualByComparingTo("1.25");
        assertThat(split.test().verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(split.test().pValue()).isCloseTo(0.618, within(0.001));
        // five questionnaires in a period are too few, however large the change
        assertThat(ikmOnly(ikm(5, 13), ikm(200, 35)).ikmChangeTest().verdict()).isEqualTo(Verdict.TOO_FEW);
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
