package id.bpjs.jmo.base.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.PeriodPreset;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import jakarta.validation.Validation;
import jakarta.validation.constraints.PastOrPresent;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * "Now" and "today" of a branch, whatever zone the JVM runs in. Each answer is taken with the JVM's default zone set to
 * UTC (the shipped image), America/Los_Angeles (behind UTC) and Asia/Tokyo (ahead of WIB), and must be the same.
 */
class ServiceTimeTest {

    /** 01:55 WIB on Monday 30 November 2026, still Sunday 29 November in UTC. */
    private static final Instant SENT = Instant.parse("2026-11-29T18:55:00Z");
    private static final ServiceTime TIME = new ServiceTime(Clock.fixed(SENT, ZoneOffset.UTC),
            ServiceTime.DEFAULT_ZONE);

    private static final String[] JVM_ZONES = {"UTC", "America/Los_Angeles", "Asia/Tokyo"};

    /** The answer under every JVM zone; the JVM's zone is restored afterwards. */
    private static <T> T sameInEveryJvmZone(Supplier<T> answer) {
        var original = TimeZone.getDefault();
        try {
            T first = null;
            for (var zone : JVM_ZONES) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                var value = answer.get();
                if (first == null) {
                    first = value;
                } else {
                    assertThat(value).as("with the JVM in %s", zone).isEqualTo(first);
                }
            }
            return first;
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void now_at_01_55_wib_is_01_55_in_wib_02_55_in_wita_and_03_55_in_wit() {
        assertThat(sameInEveryJvmZone(() -> TIME.now(IndonesianZone.WIB.zone())))
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 1, 55));
        assertThat(sameInEveryJvmZone(() -> TIME.now(IndonesianZone.WITA.zone())))
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 2, 55));
        assertThat(sameInEveryJvmZone(() -> TIME.now(IndonesianZone.WIT.zone())))
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 3, 55));
    }

    @Test
    void today_at_01_55_wib_is_30_november_though_utc_is_still_on_the_29th() {
        LocalDate today = sameInEveryJvmZone(() -> TIME.today());
        LocalDate todayWithoutBranch = sameInEveryJvmZone(() -> TIME.today(null));
        assertThat(today).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(todayWithoutBranch).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void the_default_zone_is_configurable() {
        var makassar = new ServiceTime(Clock.fixed(Instant.parse("2026-11-29T23:30:00Z"), ZoneOffset.UTC),
                IndonesianZone.WITA.zone());
        assertThat(makassar.now()).isEqualTo(LocalDateTime.of(2026, 11, 30, 7, 30));
        assertThat(makassar.zone(null)).isEqualTo(IndonesianZone.WITA.zone());
    }

    @Test
    void an_unknown_configured_zone_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> new ServiceTime(new StaticListableBeanFactory().getBeanProvider(Clock.class),
                "Asia/Bandung")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jmo.time-zone")
                .hasMessageContaining("Asia/Bandung");
    }

    @Test
    void the_period_this_month_ends_on_the_30th_in_wib() {
        var range = sameInEveryJvmZone(() -> PeriodPreset.THIS_MONTH.range(TIME.today(), 2026,
                DateRange.lastMonths(1, TIME.today())));
        assertThat(range).isEqualTo(new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    }

    /** Anything with a wall time that must not be in the future, like a complaint's received time. */
    record Stamped(@PastOrPresent LocalDateTime at) {
    }

    @Test
    void temporal_constraints_accept_a_minute_ago_in_wit_and_refuse_an_hour_ahead_whatever_the_jvm_zone() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            var witClock = Clock.system(IndonesianZone.WIT.zone());
            int aMinuteAgo = sameInEveryJvmZone(() -> validator.validate(
                    new Stamped(LocalDateTime.now(witClock).minusMinutes(1))).size());
            int anHourAhead = sameInEveryJvmZone(() -> validator.validate(
                    new Stamped(LocalDateTime.now(witClock).plusHours(1))).size());
            assertThat(aMinuteAgo).isZero();
            assertThat(anHourAhead).isEqualTo(1);
        }
    }
}
