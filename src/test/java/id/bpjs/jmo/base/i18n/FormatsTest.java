package id.bpjs.jmo.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale EN = Locale.ENGLISH;

    @Test
    void a_semester_is_written_as_a_person_writes_it_in_the_page_language() {
        var semester = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(Formats.period(semester, Formats.ID)).isEqualTo("1 Januari – 30 Juni 2026");
        assertThat(Formats.period(semester, EN)).isEqualTo("1 January – 30 June 2026");
    }

    @Test
    void periods_across_years_within_a_month_and_of_one_day() {
        assertThat(Formats.period(new DateRange(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)), Formats.ID))
                .isEqualTo("1 Juli 2025 – 30 Juni 2026");
        assertThat(Formats.period(new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15)), Formats.ID))
                .isEqualTo("1–15 Maret 2026");
        assertThat(Formats.period(new DateRange(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5)), Formats.ID))
                .isEqualTo("5 Maret 2026");
    }

    @Test
    void decimals_on_an_indonesian_page_are_indonesian_and_rounded_half_up() {
        assertThat(Formats.decimal(Ratio.of(new BigDecimal("88.305")), Formats.IKM_DIGITS, Formats.ID))
                .isEqualTo("88,31");
        assertThat(Formats.decimal(1.005, 2, Formats.ID)).isEqualTo("1,01");
        assertThat(Formats.decimal(2.5, 0, Formats.ID)).isEqualTo("3");
        assertThat(Formats.decimal(1234.5, 1, Formats.ID)).isEqualTo("1.234,5");
        assertThat(Formats.decimal(89.345, 2, Formats.ID)).isEqualTo("89,35");
        assertThat(Formats.decimal(new BigDecimal("4.52"), 2, Formats.ID)).isEqualTo("4,52");
    }

    @Test
    void decimals_on_an_english_page_are_english_and_rounded_by_the_same_rule() {
        assertThat(Formats.decimal(Ratio.of(new BigDecimal("88.305")), Formats.IKM_DIGITS, EN)).isEqualTo("88.31");
        assertThat(Formats.decimal(1.005, 2, EN)).isEqualTo("1.01");
        assertThat(Formats.decimal(2.5, 0, EN)).isEqualTo("3");
        assertThat(Formats.decimal(1234.5, 1, EN)).isEqualTo("1,234.5");
        assertThat(Formats.decimal(89.345, 2, EN)).isEqualTo("89.35");
        assertThat(Formats.decimal(new BigDecimal("4.52"), 2, Locale.UK)).isEqualTo("4.52");
    }

    @Test
    void counts_are_grouped_the_way_the_page_language_groups_them() {
        assertThat(Formats.number(1_234_567, Formats.ID)).isEqualTo("1.234.567");
        assertThat(Formats.number(1_234_567, EN)).isEqualTo("1,234,567");
        assertThat(Formats.number(1_234, Locale.US)).isEqualTo("1,234");
        assertThat(Formats.number(-5, EN)).isEqualTo("-5");
    }

    @Test
    void no_locale_or_another_language_writes_numbers_the_indonesian_way() {
        assertThat(Formats.number(1_234_567, null)).isEqualTo("1.234.567");
        assertThat(Formats.decimal(89.345, 2, Locale.GERMAN)).isEqualTo("89,35");
        assertThat(Formats.percent(0.125, Locale.FRENCH)).isEqualTo("12,5%");
    }

    @Test
    void p_values_have_three_decimals_and_a_floor_in_the_page_language() {
        assertThat(Formats.pValue(0.0123, Formats.ID)).isEqualTo("p = 0,012");
        assertThat(Formats.pValue(0.0123, EN)).isEqualTo("p = 0.012");
        assertThat(Formats.pValue(0.0004, Formats.ID)).isEqualTo("p < 0,001");
        assertThat(Formats.pValue(1, EN)).isEqualTo("p = 1.000");
    }

    @Test
    void a_share_becomes_a_percent_without_binary_error() {
        // 247/2000 = 12,35 %: half up gives 12,4 %
        assertThat(Formats.percent(247 / 2000.0, Formats.ID)).isEqualTo("12,4%");
        assertThat(Formats.percent(247 / 2000.0, EN)).isEqualTo("12.4%");
        assertThat(Formats.percent(0.5, Formats.ID)).isEqualTo("50,0%");
        assertThat(Formats.percent(0.125, Formats.ID)).isEqualTo("12,5%");
        assertThat(Formats.percent(0.125, EN)).isEqualTo("12.5%");
    }
}
