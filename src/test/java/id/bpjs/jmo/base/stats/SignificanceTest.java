package id.bpjs.jmo.base.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bpjs.jmo.base.stats.Significance.Moments;
import id.bpjs.jmo.base.stats.Significance.Verdict;
import org.junit.jupiter.api.Test;

class SignificanceTest {

    /** n answers with the given mean and sample variance, as sums. */
    private static Moments moments(long n, double mean, double variance) {
        double sum = n * mean;
        return new Moments(n, sum, variance * (n - 1) + sum * sum / n);
    }

    @Test
    void moments_give_back_mean_and_sample_variance() {
        // answers 1, 2, 3, 4, 5: mean 3, sample variance 2.5
        var m = new Moments(5, 15, 55);
        assertThat(m.mean()).isEqualTo(3.0);
        assertThat(m.variance()).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void half_a_point_on_a_hundred_answers_each_is_a_real_rise() {
        // t = 0.5 / sqrt(1/100 + 1/100) = 3.536 with df 198: p ≈ 0.0005
        var change = Significance.means(moments(100, 3.0, 1), moments(100, 3.5, 1));
        assertThat(change.verdict()).isEqualTo(Verdict.UP);
        assertThat(change.difference()).isCloseTo(0.5, within(1e-12));
        assertThat(change.pValue()).isCloseTo(0.000505, within(0.00005));
    }

    @Test
    void a_tenth_of_a_point_on_a_hundred_answers_each_is_noise() {
        // t = 0.707, df 198: p ≈ 0.48
        var change = Significance.means(moments(100, 3.5, 1), moments(100, 3.4, 1));
        assertThat(change.verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(change.pValue()).isCloseTo(0.480, within(0.005));
    }

    @Test
    void welch_uses_the_satterthwaite_degrees_of_freedom_for_unequal_groups() {
        // n1 = 10, s1² = 4; n2 = 40, s2² = 1; a = 0.4, b = 0.025, df = 0.180625 / (0.0177778 + 0.0000160) = 10.15
        // t = 1 / sqrt(0.425) = 1.534: two-sided p with 10.15 df ≈ 0.156 (with 48 pooled df it would be 0.10)
        var change = Significance.means(moments(10, 3.0, 4), moments(40, 4.0, 1));
        assertThat(change.verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(change.pValue()).isCloseTo(0.156, within(0.004));
    }

    @Test
    void fewer_than_ten_answers_in_a_period_is_too_few_to_tell() {
        var change = Significance.means(moments(9, 2.0, 0.5), moments(200, 4.5, 0.5));
        assertThat(change.verdict()).isEqualTo(Verdict.TOO_FEW);
        assertThat(change.pValue()).isNaN();
    }

    @Test
    void identical_answers_in_both_periods_do_not_change() {
        var change = Significance.means(moments(20, 4, 0), moments(30, 4, 0));
        assertThat(change.verdict()).isEqualTo(Verdict.NO_CHANGE);
    }

    @Test
    void a_share_from_45_to_60_percent_of_a_hundred_is_a_real_rise() {
        // pooled p = 0.525, z = 0.15 / 0.07062 = 2.124: p = 0.0337
        var change = Significance.shares(45, 100, 60, 100);
        assertThat(change.verdict()).isEqualTo(Verdict.UP);
        assertThat(change.pValue()).isCloseTo(0.0337, within(0.0005));
        assertThat(Significance.shares(45, 100, 52, 100).verdict()).isEqualTo(Verdict.NO_CHANGE);
    }

    @Test
    void eight_weeks_of_two_errors_then_nine_in_one_week_is_a_spike() {
        // 16 reports in 8 weeks, 9 in 1: given 25, P(X ≥ 9 | Bin(25, 1/9)) is tiny
        var change = Significance.rates(16, 8, 9, 1);
        assertThat(change.verdict()).isEqualTo(Verdict.UP);
        assertThat(change.difference()).isCloseTo(7.0, within(1e-12));
        assertThat(Significance.rates(16, 8, 3, 1).verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(Significance.rates(0, 8, 0, 1).verdict()).isEqualTo(Verdict.NO_CHANGE);
    }

    @Test
    void the_poisson_upper_tail_matches_the_table() {
        // P(X ≥ 7 | λ = 2) = 1 − 0.995466 = 0.004534
        assertThat(Significance.poissonUpperTail(7, 2)).isCloseTo(0.004534, within(0.000005));
        assertThat(Significance.poissonUpperTail(0, 2)).isEqualTo(1.0);
    }

    @Test
    void wilson_interval_of_eight_out_of_ten() {
        var interval = Significance.wilson(8, 10);
        assertThat(interval.low()).isCloseTo(0.4902, within(0.0005));
        assertThat(interval.high()).isCloseTo(0.9433, within(0.0005));
    }
}
