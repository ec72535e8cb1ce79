package id.bpjs.jmo.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatioTest {

    @Test
    void a_value_exactly_on_a_half_rounds_up_once() {
        assertThat(Ratio.of(new BigDecimal("88.305")).rounded(2)).isEqualByComparingTo("88.31");
        assertThat(Ratio.of(15321, 200).rounded(2)).isEqualByComparingTo("76.61"); // 76,605
        assertThat(Ratio.of(15321, 200).rounded(2)).isNotEqualByComparingTo("76.60");
    }

    @Test
    void a_recurring_fraction_rounds_from_its_exact_value() {
        assertThat(Ratio.of(2, 3).rounded(3)).isEqualByComparingTo("0.667");
        assertThat(Ratio.of(1, 9).times(9)).isEqualTo(Ratio.of(1, 1));
        assertThat(Ratio.of(1, 3).plus(Ratio.of(1, 6))).isEqualTo(Ratio.of(1, 2));
    }

    @ParameterizedTest
    @CsvSource({"0.1235,3,0.124", "3.595,2,3.60", "1.005,2,1.01", "2.675,2,2.68", "-0.125,2,-0.13"})
    void doubles_round_by_the_same_rule_on_their_decimal_value(double value, int digits, String expected) {
        // Math.round(x * 100) / 100 gives 1.0 for 1.005 and 2.67 for 2.675: their binary values lie below the half
        assertThat(Ratio.round(value, digits)).isEqualByComparingTo(expected);
    }

    @Test
    void a_mean_computed_as_a_double_rounds_as_its_exact_fraction() {
        // 7 190 / 2 000 = 3,595 exactly
        assertThat(Ratio.round(7190 / 2000.0, 2)).isEqualByComparingTo(Ratio.of(7190, 2000).rounded(2));
    }
}
