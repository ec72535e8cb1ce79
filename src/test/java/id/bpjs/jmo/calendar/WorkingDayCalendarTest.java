package id.bpjs.jmo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Working days as PP 46/2015 and the complaint limits count them, with the migrated 2024–2027 calendar. */
@SpringBootTest
@ActiveProfiles("test")
class WorkingDayCalendarTest {

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void friday_to_monday_is_one_working_day() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23))).isEqualTo(1);
    }

    @Test
    void the_same_day_is_zero_and_a_backwards_span_is_zero() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 20))).isZero();
    }

    @Test
    void lebaran_2026_holidays_collective_leave_and_the_weekend_do_not_count() {
        // 19 Mar Nyepi, 20–21 Mar Idul Fitri, 22 Sunday, 23–24 Mar cuti bersama: Wed 18 → Wed 25 is one working day.
        assertThat(calendar.workingDaysBetween(LocalDateTime.of(2026, 3, 18, 15, 0),
                LocalDateTime.of(2026, 3, 25, 9, 0))).isEqualTo(1);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 18), 1)).isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void five_working_days_across_independence_day() {
        // Fri 14 Aug 2026 + 5 working days: 17 Aug is a holiday, so Mon 17 does not count → Mon 24 Aug.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 14), 5)).isEqualTo(LocalDate.of(2026, 8, 24));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 17))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 18))).isTrue();
    }

    @Test
    void the_calendar_covers_2024_to_2027() {
        for (int year = 2024; year <= 2027; year++) {
            assertThat(calendar.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                    .as("holidays in %d", year).hasSizeGreaterThanOrEqualTo(15);
        }
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("admin")
    void a_new_holiday_changes_working_day_figures_at_once() {
        var day = LocalDate.of(2027, 11, 10); // a Wednesday without a holiday
        int before = calendar.workingDaysBetween(LocalDate.of(2027, 11, 8), LocalDate.of(2027, 11, 12));
        var holiday = calendar.save(new Holiday(day, "Hari libur uji", Holiday.Kind.COLLECTIVE_LEAVE));
        try {
            assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 11, 8), LocalDate.of(2027, 11, 12)))
                    .isEqualTo(before - 1);
        } finally {
            calendar.delete(holiday);
        }
        assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 11, 8), LocalDate.of(2027, 11, 12)))
                .isEqualTo(before);
    }
}
