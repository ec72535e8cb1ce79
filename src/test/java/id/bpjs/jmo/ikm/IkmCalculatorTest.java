package id.bpjs.jmo.ikm;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.Ratio;
import id.bpjs.jmo.base.domain.WeightConvention;
import java.math.BigDecimal;
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
                .isEqualTo(Ratio.of(100, 1));
        assertThat(IkmCalculator.fromSums(10, all(40), WeightConvention.PRINTED_0_111).orElseThrow().ikmRounded())
                .isEqualByComparingTo("99.90");
    }

    @Test
    void a_worked_example_by_hand() {
        // 4 respondents; element sums 12,13,14,10,16,15,11,12,13 → NRR 3, 3.25, 3.5, 2.5, 4, 3.75, 2.75, 3, 3.25
        // Σ NRR = 29 → × 1/9 × 25 = 80.5556 → B
        var result = IkmCalculator.fromSums(4, new long[] {12, 13, 14, 10, 16, 15, 11, 12, 13},
                WeightConvention.EXACT_NINTH).orElseThrow();
        assertThat(result.nrr(3)).isEqualTo(Ratio.of(5, 2));
        assertThat(result.ikm()).isEqualTo(Ratio.of(29 * 25, 9));
        assertThat(result.ikmRounded()).isEqualByComparingTo("80.56");
        assertThat(result.grade()).isEqualTo(IkmGrade.B);
    }

    /** Case 03: 555 questionnaires, U1..U3 summing to 1 963, U4..U9 to 1 962 (17 661 in all). */
    private static final long[] CASE_03 = {1963, 1963, 1963, 1962, 1962, 1962, 1962, 1962, 1962};

    @Test
    void case_03_with_weight_0_111_is_exactly_88_305_which_rounds_to_88_31_and_grade_a() {
        var result = IkmCalculator.fromSums(555, CASE_03, WeightConvention.PRINTED_0_111).orElseThrow();
        assertThat(result.weightedNrr()).isEqualTo(Ratio.of(new BigDecimal("3.5322")));
        assertThat(result.ikm()).isEqualTo(Ratio.of(new BigDecimal("88.305")));
        assertThat(result.ikmRounded()).isEqualByComparingTo("88.31");
        assertThat(result.grade()).isEqualTo(IkmGrade.A);
        // what binary floating point made of it: the reason for exact arithmetic
        double doubles = 0;
        for (long sum : CASE_03) {
            doubles += sum / 555.0 * 0.111;
        }
        assertThat(Math.round(doubles * 25 * 100) / 100.0).isEqualTo(88.30);
    }

    @Test
    void case_03_with_weight_one_ninth_is_88_39_and_grade_a() {
        var result = IkmCalculator.fromSums(555, CASE_03, WeightConvention.EXACT_NINTH).orElseThrow();
        assertThat(result.ikm()).isEqualTo(Ratio.of(25L * 17_661, 9L * 555));
        assertThat(result.ikmRounded()).isEqualByComparingTo("88.39");
        assertThat(result.grade()).isEqualTo(IkmGrade.A);
    }

    @Test
    void case_03_nrr_is_3_537_for_u1_to_u3_and_3_535_for_u4_to_u9() {
        var result = IkmCalculator.fromSums(555, CASE_03, WeightConvention.EXACT_NINTH).orElseThrow();
        for (int i = 0; i < 3; i++) {
            assertThat(result.nrrRounded(i)).as("U" + (i + 1)).isEqualByComparingTo("3.537");
        }
        for (int i = 3; i < 9; i++) {
            assertThat(result.nrrRounded(i)).as("U" + (i + 1)).isEqualByComparingTo("3.535");
        }
    }

    @Test
    void the_weight_one_ninth_is_a_fraction_not_0_111_recurring() {
        assertThat(WeightConvention.EXACT_NINTH.weight().times(9)).isEqualTo(Ratio.of(1, 1));
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
