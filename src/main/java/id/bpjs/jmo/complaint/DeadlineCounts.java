package id.bpjs.jmo.complaint;

import id.bpjs.jmo.calendar.WorkingDayCalendar;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open complaints against their time limits per branch and per assignee, for the deadline alerts. "Overdue" is the
 * rule of {@link ComplaintStatistics#figures} and {@link ComplaintRecords#isOverdue}: open and past the resolution
 * limit, or past the first-response limit without a first response, in working days — taken from
 * {@link ComplaintDeadlines}, the rule's one owner.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineCounts {

    /**
     * One branch (and assignee, when counted per assignee): open complaints overdue today, and due soon: not overdue
     * today but overdue once the warning's working days have passed. {@code oldest}: the day the oldest of them
     * arrived.
     */
    public record Deadlines(long branchId, @Nullable Long assigneeId, long overdue, long dueSoon, LocalDate oldest) {
    }

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final ComplaintDeadlines rule;

    DeadlineCounts(JdbcTemplate jdbc, WorkingDayCalendar calendar, ComplaintDeadlines rule) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.rule = rule;
    }

    public ComplaintTimeLimits limits() {
        return rule.limits();
    }

    /**
     * Groups with at least one overdue or due-soon complaint on {@code today}, per branch, or per branch and assignee
     * when {@code perAssignee} (unassigned complaints are left out then); {@code warnWorkingDays} ≥ 0.
     */
    public List<Deadlines> deadlines(LocalDate today, int warnWorkingDays, boolean perAssignee) {
        var later = calendar.addWorkingDays(today, Math.max(0, warnWorkingDays));
        var now = rule.overdueSql("received_at", "first_response_at is not null", today);
        var soon = rule.overdueSql("received_at", "first_response_at is not null", later);
        var group = perAssignee ? "branch_id, assignee_id" : "branch_id";
        // overdue today implies overdue later (the cut-off days only move forward): "later" selects both
        var sql = "select " + group + ", sum(case when " + now.sql() + " then 1 else 0 end),"
                + " sum(case when not " + now.sql() + " and " + soon.sql() + " then 1 else 0 end),"
                + " min(received_at) from complaint where " + soon.sql()
                + (perAssignee ? " and assignee_id is not null" : "")
                + " group by " + group + " order by " + group;
        var args = new java.util.ArrayList<Object>();
        args.addAll(now.args());
        args.addAll(now.args());
        args.addAll(soon.args());
        args.addAll(soon.args());
        int next = perAssignee ? 3 : 2;
        return jdbc.query(sql, (rs, row) -> new Deadlines(rs.getLong(1), perAssignee ? rs.getLong(2) : null,
                rs.getLong(next), rs.getLong(next + 1), rs.getTimestamp(next + 2).toLocalDateTime().toLocalDate()),
                args.toArray());
    }
}
