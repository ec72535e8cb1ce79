package id.bpjs.jmo.alert;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.security.Role;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An alert opens once, stays open without repeating while its condition persists, closes with an end time when it
 * ends (and readers see it ended), and a new episode opens a new alert. Staff see their branch's alerts only.
 */
class AlertLifecycleTest extends AlertTestBase {

    @Autowired
    AlertService alerts;

    private final LocalDate today = LocalDate.now();

    private long openAlerts(long branchId) {
        return jdbc.queryForObject("select count(*) from alert where branch_id = ? and rule = ? and closed_at is null",
                Long.class, branchId, AlertRule.COMPLAINT_DEADLINE_BRANCH.name());
    }

    private long alertId(long branchId) {
        return jdbc.queryForObject("select max(id) from alert where branch_id = ? and rule = ?", Long.class, branchId,
                AlertRule.COMPLAINT_DEADLINE_BRANCH.name());
    }

    @Test
    void an_alert_is_not_repeated_while_its_condition_persists_and_is_closed_when_it_ends() {
        var b = branch(3000);
        var old = today.minusDays(40).atTime(9, 0);
        complaint(b, old, "LOGIN_OTP", null, "IN_PROGRESS", null, old.plusHours(1), null);

        var first = alerts.evaluate(today);
        long id = alertId(b);
        assertThat(first.opened()).contains(id);
        assertThat(openAlerts(b)).isEqualTo(1);

        var second = alerts.evaluate(today);
        assertThat(second.opened()).doesNotContain(id);
        assertThat(openAlerts(b)).isEqualTo(1);
        assertThat(alertId(b)).isEqualTo(id);

        jdbc.update("update complaint set status = 'RESOLVED', resolved_at = ? where branch_id = ?",
                Timestamp.valueOf(LocalDateTime.now()), b);
        var third = alerts.evaluate(today);
        assertThat(third.closed()).contains(id);
        assertThat(openAlerts(b)).isZero();
        assertThat(jdbc.queryForObject("select closed_at from alert where id = ?", Timestamp.class, id)).isNotNull();

        as("manajer", () -> {
            var item = alerts.list(false, 0, 500).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
            assertThat(item.open()).isFalse();
            assertThat(item.closedAt()).isNotNull();
        });

        jdbc.update("update complaint set status = 'IN_PROGRESS', resolved_at = null where branch_id = ?", b);
        var fourth = alerts.evaluate(today);
        assertThat(alertId(b)).isNotEqualTo(id);
        assertThat(fourth.opened()).contains(alertId(b));
    }

    @Test
    void staff_see_their_branch_alerts_only_and_reading_one_lowers_their_unread_count() {
        var b = branch(3000);
        user("uji.staf.lihat", Role.STAFF, b, null, "id");
        var old = today.minusDays(40).atTime(9, 0);
        complaint(b, old, "LOGIN_OTP", null, "IN_PROGRESS", null, old.plusHours(1), null);
        alerts.evaluate(today);
        long id = alertId(b);

        as("petugas.smg", () -> assertThat(alerts.list(false, 0, 500)).noneMatch(a -> a.id() == id));
        var before = new AtomicLong();
        as("uji.staf.lihat", () -> {
            assertThat(alerts.list(false, 0, 500)).extracting(AlertService.AlertItem::branchId).containsOnly(b);
            assertThat(alerts.list(false, 0, 500)).anyMatch(a -> a.id() == id && !a.read());
            before.set(alerts.unreadCount());
            alerts.markRead(id);
            assertThat(alerts.unreadCount()).isEqualTo(before.get() - 1);
            assertThat(alerts.list(false, 0, 500)).anyMatch(a -> a.id() == id && a.read());
            alerts.markAllRead();
            assertThat(alerts.unreadCount()).isZero();
        });
        as("manajer", () -> assertThat(alerts.list(true, 0, 500)).anyMatch(a -> a.id() == id && !a.read()));
    }
}
