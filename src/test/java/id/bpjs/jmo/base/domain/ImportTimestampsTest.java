package id.bpjs.jmo.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.ImportTimestamps.DateOrder;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timestamps as Google Forms and Excel write them, read once for both imports. */
class ImportTimestampsTest {

    private static final ZoneId WIB = ImportTimestamps.DEFAULT_ZONE;
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 12, 0);

    private static LocalDateTime parsed(List<String> column, String value) {
        var result = ImportTimestamps.forColumn(column, DateOrder.AUTO, WIB, NOW).parse(value, LocalTime.NOON);
        assertThat(result.errorKey()).as(value).isNull();
        return result.value();
    }

    private static String refused(List<String> column, DateOrder order, String value) {
        var result = ImportTimestamps.forColumn(column, order, WIB, NOW).parse(value, LocalTime.NOON);
        assertThat(result.value()).as(value).isNull();
        return result.errorKey();
    }

    @Test
    void google_forms_twelve_hour_times_with_gmt_plus_7_keep_their_wib_wall_time() {
        var column = List.of("2024/01/08 1:07:45 PM GMT+7");
        assertThat(parsed(column, "2024/01/08 1:07:45 PM GMT+7")).isEqualTo(LocalDateTime.of(2024, 1, 8, 13, 7, 45));
        assertThat(parsed(column, "2024/01/09 12:05:33 AM GMT+7")).isEqualTo(LocalDateTime.of(2024, 1, 9, 0, 5, 33));
        assertThat(parsed(column, "2024/01/09 12:40:02 PM GMT+7")).isEqualTo(LocalDateTime.of(2024, 1, 9, 12, 40, 2));
        assertThat(parsed(column, "2024/01/31 11:59:59 PM GMT+7"))
                .isEqualTo(LocalDateTime.of(2024, 1, 31, 23, 59, 59));
    }

    @Test
    void a_time_with_another_offset_is_converted_to_the_branch_zone() {
        var column = List.of("x");
        assertThat(parsed(column, "2024/01/31 8:30:00 PM GMT+0")).isEqualTo(LocalDateTime.of(2024, 2, 1, 3, 30));
        assertThat(parsed(column, "2024-01-31T20:30:00Z")).isEqualTo(LocalDateTime.of(2024, 2, 1, 3, 30));
        assertThat(parsed(column, "2024-01-31 20:30:00 +08:00")).isEqualTo(LocalDateTime.of(2024, 1, 31, 19, 30));
        assertThat(parsed(column, "2024-01-31 20:30 WITA")).isEqualTo(LocalDateTime.of(2024, 1, 31, 19, 30));
        // the zone is a parameter: a WITA branch sees the same instant an hour later
        var makassar = ImportTimestamps.forColumn(column, DateOrder.AUTO, ZoneId.of("Asia/Makassar"), NOW)
                .parse("2024/01/08 1:07:45 PM GMT+7", LocalTime.NOON);
        assertThat(makassar.value()).isEqualTo(LocalDateTime.of(2024, 1, 8, 14, 7, 45));
    }

    @Test
    void day_first_is_decided_from_the_whole_column() {
        var column = List.of("08/01/2024 13:07:45", "09/01/2024 10:00:00", "15/01/2024 09:00:00");
        assertThat(ImportTimestamps.decide(column)).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(parsed(column, "08/01/2024 13:07:45")).isEqualTo(LocalDateTime.of(2024, 1, 8, 13, 7, 45));
    }

    @Test
    void month_first_is_decided_from_the_whole_column() {
        var column = List.of("1/8/2024 13:07:45", "1/15/2024 9:00:00");
        assertThat(ImportTimestamps.decide(column)).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(parsed(column, "1/8/2024 13:07:45")).isEqualTo(LocalDateTime.of(2024, 1, 8, 13, 7, 45));
    }

    @Test
    void an_ambiguous_column_is_refused_until_the_order_is_chosen() {
        var column = List.of("08/01/2024 13:07:45", "03/02/2024 10:00:00");
        assertThat(ImportTimestamps.decide(column)).isEqualTo(DateOrder.AUTO);
        assertThat(refused(column, DateOrder.AUTO, "08/01/2024 13:07:45")).isEqualTo("import.time.ambiguousOrder");
        var chosen = ImportTimestamps.forColumn(column, DateOrder.DAY_FIRST, WIB, NOW).parse("08/01/2024 13:07:45",
                LocalTime.NOON);
        assertThat(chosen.value()).isEqualTo(LocalDateTime.of(2024, 1, 8, 13, 7, 45));
        // the same day and month read the same either way
        assertThat(parsed(column, "05/05/2024 10:00")).isEqualTo(LocalDateTime.of(2024, 5, 5, 10, 0));
    }

    @Test
    void dates_out_of_range_are_refused() {
        var column = List.of("x");
        assertThat(refused(column, DateOrder.AUTO, "0001-01-01 00:00:00")).isEqualTo("import.time.outOfRange");
        assertThat(refused(column, DateOrder.AUTO, "2099-12-31 10:00")).isEqualTo("import.time.outOfRange");
        assertThat(refused(column, DateOrder.AUTO, "2026-11-29 12:01")).isEqualTo("import.time.outOfRange");
        assertThat(refused(column, DateOrder.AUTO, "1999-12-31 23:59")).isEqualTo("import.time.outOfRange");
        assertThat(parsed(column, "2026-11-29 11:59")).isEqualTo(LocalDateTime.of(2026, 11, 29, 11, 59));
    }

    @Test
    void text_that_is_no_date_is_refused_as_such() {
        var column = List.of("x");
        assertThat(refused(column, DateOrder.AUTO, "kemarin")).isEqualTo("import.time.notADate");
        assertThat(refused(column, DateOrder.AUTO, "2024-02-30 10:00")).isEqualTo("import.time.notADate");
        assertThat(refused(column, DateOrder.AUTO, "2024-01-08 13:07:45 PM")).isEqualTo("import.time.notADate");
        assertThat(refused(column, DateOrder.AUTO, "")).isEqualTo("import.time.missing");
    }

    @Test
    void excel_serial_numbers_and_dates_without_time_are_read() {
        var column = List.of("x");
        assertThat(parsed(column, "45299.5")).isEqualTo(LocalDateTime.of(2024, 1, 8, 12, 0));
        assertThat(parsed(column, "2024-01-08")).isEqualTo(LocalDateTime.of(2024, 1, 8, 12, 0));
        assertThat(parsed(List.of("13/02/24 9:00"), "05/02/24 8:41")).isEqualTo(LocalDateTime.of(2024, 2, 5, 8, 41));
    }
}
