package id.bpjs.jmo.alert;

import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps one alert per condition: the rules' findings open new alerts, refresh the numbers of open ones (no new
 * notice while the condition persists) and close, with an end time, those whose condition has ended. Lists them per
 * user (staff: their branch; managers and admins: all) with read marks.
 */
@Service
@Transactional
public class AlertService {

    /** How long ended alerts stay in the header's list (the alerts page shows all). */
    static final int RECENT_DAYS = 30;

    /** An alert as a reader sees it; {@code params} typed as {@link AlertTexts} renders them. */
    public record AlertItem(long id, AlertRule rule, long branchId, String branchCode, String branchName,
            String subject, List<Object> params, String link, LocalDateTime openedAt,
            @Nullable LocalDateTime closedAt, @Nullable Long assigneeId, boolean read) {

        public boolean open() {
            return closedAt == null;
        }
    }

    /** What one evaluation changed: ids of the alerts it opened and of those it closed. */
    public record Evaluation(List<Long> opened, List<Long> closed) {
    }

    private final JdbcTemplate jdbc;
    private final AlertRules rules;
    private final CurrentUser currentUser;

    private final id.bpjs.jmo.base.time.ServiceTime time;

    AlertService(JdbcTemplate jdbc, AlertRules rules, CurrentUser currentUser, id.bpjs.jmo.base.time.ServiceTime time) {
        this.time = time;
        this.jdbc = jdbc;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    /**
     * Evaluates every rule on {@code today} and reconciles the open alerts with what holds now. The scheduled job's
     * (no user): package-private.
     */
    Evaluation evaluate(LocalDate today) {
        var findings = rules.evaluate(today);
        var now = Timestamp.valueOf(time.now());
        var open = new HashMap<String, Long>();
        jdbc.query("select id, open_key from alert where closed_at is null", rs -> {
            open.put(rs.getString(2), rs.getLong(1));
        });
        var opened = new ArrayList<Long>();
        var seen = new HashSet<String>();
        for (var finding : findings) {
            var key = finding.key();
            if (!seen.add(key)) {
                continue;
            }
            var params = AlertTexts.encode(finding.params());
            var existing = open.get(key);
            if (existing != null) {
                jdbc.update("update alert set params = ?, link = ?, checked_at = ? where id = ?", params,
                        finding.link(), now, existing);
            } else {
                jdbc.update("insert into alert (rule, branch_id, subject, open_key, opened_at, checked_at, params,"
                        + " link, assignee_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", finding.rule().name(),
                        finding.branchId(), finding.subject(), key, now, now, params, finding.link(),
                        finding.assigneeId());
                opened.add(jdbc.queryForObject("select id from alert where open_key = ?", Long.class, key));
            }
        }
        var closed = new ArrayList<Long>();
        for (var entry : open.entrySet()) {
            if (!seen.contains(entry.getKey())) {
                jdbc.update("update alert set closed_at = ?, checked_at = ?, open_key = null where id = ?", now, now,
                        entry.getValue());
                closed.add(entry.getValue());
            }
        }
        return new Evaluation(opened, closed);
    }

    /** Alerts by id, whoever may see them: for the e-mails an evaluation sends (package-private). */
    @Transactional(readOnly = true)
    List<AlertItem> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var marks = String.join(", ", ids.stream().map(id -> "?").toList());
        return jdbc.query(select() + " left join alert_read r on r.alert_id = a.id and r.user_id = -1"
                + " where a.id in (" + marks + ") order by a.id", (rs, row) -> item(rs), ids.toArray());
    }

    /**
     * The current user's alerts, open ones first, newest first: {@code openOnly}, or open and ended (ended ones of
     * the last {@code endedWithinDays} days when that is positive).
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
    public List<AlertItem> list(boolean openOnly, int endedWithinDays, int limit) {
        var user = currentUser.require();
        var args = new ArrayList<Object>(List.of(user.userId()));
        var sql = new StringBuilder(select()).append(" left join alert_read r on r.alert_id = a.id and r.user_id = ?")
                .append(" where ").append(visible(args));
        if (openOnly) {
            sql.append(" and a.closed_at is null");
        } else if (endedWithinDays > 0) {
            sql.append(" and (a.closed_at is null or a.closed_at >= ?)");
            args.add(Timestamp.valueOf(time.now().minusDays(endedWithinDays)));
        }
        sql.append(" order by case when a.closed_at is null then 0 else 1 end, a.opened_at desc, a.id desc limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, row) -> item(rs), args.toArray());
    }

    /** Unread alerts of the current user in the header's list (open, or ended within {@link #RECENT_DAYS}). */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
    public long unreadCount() {
        var user = currentUser.require();
        var args = new ArrayList<Object>();
        var sql = "select count(*) from alert a where " + visible(args)
                + " and (a.closed_at is null or a.closed_at >= ?)"
                + " and not exists (select 1 from alert_read r where r.alert_id = a.id and r.user_id = ?)";
        args.add(Timestamp.valueOf(time.now().minusDays(RECENT_DAYS)));
        args.add(user.userId());
        var count = jdbc.queryForObject(sql, Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    /** Marks one alert the current user may see as read (again: no effect). */
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
    public void markRead(long alertId) {
        var user = currentUser.require();
        var args = new ArrayList<Object>(List.of(user.userId(), Timestamp.valueOf(time.now()), alertId));
        var sql = "insert into alert_read (alert_id, user_id, read_at) select a.id, ?, ? from alert a where a.id = ?"
                + " and " + visible(args)
                + " and not exists (select 1 from alert_read r where r.alert_id = a.id and r.user_id = ?)";
        args.add(user.userId());
        jdbc.update(sql, args.toArray());
    }

    /** Marks every alert the current user may see as read. */
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
    public void markAllRead() {
        var user = currentUser.require();
        var args = new ArrayList<Object>(List.of(user.userId(), Timestamp.valueOf(time.now())));
        var sql = "insert into alert_read (alert_id, user_id, read_at) select a.id, ?, ? from alert a where "
                + visible(args)
                + " and not exists (select 1 from alert_read r where r.alert_id = a.id and r.user_id = ?)";
        args.add(user.userId());
        jdbc.update(sql, args.toArray());
    }

    /** Staff see their branch's alerts; managers and admins all. */
    private String visible(List<Object> args) {
        var user = currentUser.require();
        if (user.seesAllBranches()) {
            return "1 = 1";
        }
        args.add(user.branchId() == null ? -1L : user.branchId());
        return "a.branch_id = ?";
    }

    private static String select() {
        return "select a.id, a.rule, a.branch_id, b.code, b.name, a.subject, a.params, a.link, a.opened_at,"
                + " a.closed_at, a.assignee_id, r.read_at from alert a join branch b on b.id = a.branch_id";
    }

    private static AlertItem item(java.sql.ResultSet rs) throws java.sql.SQLException {
        var closed = rs.getTimestamp(10);
        var assignee = rs.getObject(11) == null ? null : rs.getLong(11);
        return new AlertItem(rs.getLong(1), AlertRule.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getString(5), rs.getString(6), AlertTexts.decode(rs.getString(7)), rs.getString(8),
                rs.getTimestamp(9).toLocalDateTime(), closed == null ? null : closed.toLocalDateTime(), assignee,
                rs.getTimestamp(12) != null);
    }
}
