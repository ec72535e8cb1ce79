package id.bpjs.jmo.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of Permen PANRB 14/2017. */
class IkmCalculatorTest {

    private static long[] all(long value) {
        var sums = new long[9];
        Arrays.fill(sums, value);
        return sums;
    }

    @Test
    void all_answers_four_give_100_with_an_exact_ninth_and_99_9_with_0_111() {
        assertThat(IkmCalculator.fromSums(10, all(40), WeightConvention.EXACT_NINTH).orElseThrow().ikm())
                .isCloseTo(100.0, within(1e-9));
        assertThat(IkmCalculator.fromSums(10, all(40), WeightConvention.PRINTED_0_111).orElseThrow().ikm())
                .isCloseTo(99.9, within(1e-9));
    }

    @Test
    void a_worked_example_by_hand() {
        // 4 respondents; element sums 12,13,14,10,16,15,11,12,13 → NRR 3, 3.25, 3.5, 2.5, 4, 3.75, 2.75, 3, 3.25
        // Σ NRR = 29 → × 1/9 × 25 = 80.5556 → B
        var result = IkmCalculator.fromSums(4, new long[] {12, 13, 14, 10, 16, 15, 11, 12, 13},
                WeightConvention.EXACT_NINTH).orElseThrow();
        assertThat(result.nrr()[3]).isEqualTo(2.5);
        assertThat(result.ikm()).isCloseTo(29.0 / 9 * 25, within(1e-9));
        assertThat(result.grade()).isEqualTo(IkmGrade.B);
    }

    @Test
    void a_period_without_respondents_has_no_ikm_instead_of_a_division_by_zero() {
        assertThat(IkmCalculator.fromSums(0, all(0), WeightConvention.EXACT_NINTH)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"25.00,D", "64.99,D", "65.00,C", "76.60,C", "76.604,C", "76.605,B", "76.61,B", "88.30,B",
            "88.31,A", "100.00,A"})
    void grade_boundaries(double ikm, IkmGrade grade) {
        assertThat(IkmGrade.of(ikm)).isEqualTo(grade);
    }

    @ParameterizedTest
    @CsvSource({"100,80", "220,140", "500,217", "1200,291", "10000,370", "20000,377"})
    void krejcie_morgan_reproduces_the_published_table(long population, long sample) {
        assertThat(IkmCalculator.minimumSample(population)).isEqualTo(sample);
    }
}
