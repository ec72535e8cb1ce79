package id.bpjs.jmo.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Week and month buckets and their part inside a period: the dates a chart's drill-down opens. */
class DateRangeTest {

    private static final DateRange PERIOD = new DateRange(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 5, 20));

    @Test
    void a_bucket_at_the_edge_of_the_period_opens_only_the_period_s_days() {
        // the week of Monday 2 March starts before the period (Wednesday 4 March)
        assertThat(DateRange.weekFrom(LocalDate.of(2026, 3, 2)).within(PERIOD))
                .isEqualTo(new DateRange(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 8)));
        assertThat(DateRange.of(YearMonth.of(2026, 5)).within(PERIOD))
                .isEqualTo(new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20)));
        // a bucket inside the period is left whole
        assertThat(DateRange.of(YearMonth.of(2026, 4)).within(PERIOD))
                .isEqualTo(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
    }

    @Test
    void a_bucket_outside_the_period_opens_the_whole_period() {
        assertThat(DateRange.of(YearMonth.of(2026, 1)).within(PERIOD)).isEqualTo(PERIOD);
    }

    @Test
    void a_period_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
