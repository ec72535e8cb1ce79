package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Complaint and error-report figures, counted by the database. */
@Service
@Transactional(readOnly = true)
public class ComplaintStatistics {

    /** Complaints received on one day in one category. */
    public record DayCount(LocalDate day, ComplaintCategory category, long count) {
    }

    /** Complaints about one Rogers attribute, and how many of them are app error reports. */
    public record AttributeCount(RogersAttribute attribute, long complaints, long errorReports) {
    }

    /**
     * Open complaints of one status by age against the time limits: within the first-response limit, between it and
     * the resolution limit, past the resolution limit.
     */
    public record StatusAge(ComplaintStatus status, long withinFirstResponse, long beforeResolutionLimit,
            long pastResolutionLimit) {

        public long total() {
            return withinFirstResponse + beforeResolutionLimit + pastResolutionLimit;
        }
    }

    /** Key figures: received, still open, overdue (either limit missed), error reports. */
    public record Figures(long received, long open, long overdue, long errorReports) {
    }

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final ComplaintTimeLimits limits;

    ComplaintStatistics(JdbcTemplate jdbc, WorkingDayCalendar calendar, ComplaintTimeLimits limits) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.limits = limits;
    }

    public List<DayCount> perDayAndCategory(RecordFilter filter) {
        var args = new ArrayList<Object>();
        var sql = "select cast(received_at as date), category, count(*) from complaint" + where(filter, args)
                + " group by cast(received_at as date), category order by 1, 2";
        return jdbc.query(sql, (rs, row) -> new DayCount(rs.getDate(1).toLocalDate(),
                ComplaintCategory.valueOf(rs.getString(2)), rs.getLong(3)), args.toArray());
    }

    public List<AttributeCount> perAttribute(RecordFilter filter) {
        var args = new ArrayList<Object>();
        var sql = "select attribute, count(*), sum(case when category = 'APP_ERROR' then 1 else 0 end) from complaint"
                + where(filter, args) + " group by attribute";
        var counts = jdbc.query(sql, (rs, row) -> new AttributeCount(RogersAttribute.valueOf(rs.getString(1)),
                rs.getLong(2), rs.getLong(3)), args.toArray());
        var all = new ArrayList<AttributeCount>();
        for (var attribute : RogersAttribute.values()) {
            all.add(counts.stream().filter(c -> c.attribute() == attribute).findFirst()
                    .orElse(new AttributeCount(attribute, 0, 0)));
        }
        return all;
    }

    /** Open complaints by status and age on {@code today}. */
    public List<StatusAge> openByStatusAndAge(RecordFilter filter, LocalDate today) {
        var firstCut = Timestamp.valueOf(calendar.earliestDateWithAgeAtMost(today, limits.firstResponseDays())
                .atStartOfDay());
        var resolutionCut = Timestamp.valueOf(calendar.earliestDateWithAgeAtMost(today, limits.resolutionDays())
                .atStartOfDay());
        var args = new ArrayList<Object>(List.of(firstCut, firstCut, resolutionCut, resolutionCut));
        var sql = "select status, sum(case when received_at >= ? then 1 else 0 end),"
                + " sum(case when received_at < ? and received_at >= ? then 1 else 0 end),"
                + " sum(case when received_at < ? then 1 else 0 end) from complaint" + where(filter, args)
                + " and status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_PARTICIPANT') group by status";
        var rows = jdbc.query(sql, (rs, row) -> new StatusAge(ComplaintStatus.valueOf(rs.getString(1)), rs.getLong(2),
                rs.getLong(3), rs.getLong(4)), args.toArray());
        var all = new ArrayList<StatusAge>();
        for (var status : ComplaintStatus.values()) {
            if (status.isOpen()) {
                all.add(rows.stream().filter(r -> r.status() == status).findFirst()
                        .orElse(new StatusAge(status, 0, 0, 0)));
            }
        }
        return all;
    }

    /**
     * Received in the period, still open, overdue on {@code today} (past the resolution limit, or past the
     * first-response limit without a response), and app error reports.
     */
    public Figures figures(RecordFilter filter, LocalDate today) {
        var firstCut = Timestamp.valueOf(calendar.earliestDateWithAgeAtMost(today, limits.firstResponseDays())
                .atStartOfDay());
        var resolutionCut = Timestamp.valueOf(calendar.earliestDateWithAgeAtMost(today, limits.resolutionDays())
                .atStartOfDay());
        var args = new ArrayList<Object>(List.of(resolutionCut, firstCut));
        var open = "status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_PARTICIPANT')";
        var sql = "select count(*), coalesce(sum(case when " + open + " then 1 else 0 end), 0),"
                + " coalesce(sum(case when " + open + " and (received_at < ? or (first_response_at is null"
                + " and received_at < ?)) then 1 else 0 end), 0),"
                + " coalesce(sum(case when category = 'APP_ERROR' then 1 else 0 end), 0) from complaint"
                + where(filter, args);
        return jdbc.queryForObject(sql, (rs, row) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4)), args.toArray());
    }

    static String complaintChannel(id.bpjs.jmo.base.domain.ServiceChannel channel) {
        return switch (channel) {
            case JMO -> ComplaintChannel.JMO_APP.name();
            case COUNTER -> ComplaintChannel.COUNTER.name();
        };
    }

    private static String where(RecordFilter filter, List<Object> args) {
        var sql = new StringBuilder(" where received_at >= ? and received_at < ?");
        args.add(Timestamp.valueOf(filter.period().start()));
        args.add(Timestamp.valueOf(filter.period().endExclusive()));
        if (filter.branchId() != null) {
            sql.append(" and branch_id = ?");
            args.add(filter.branchId());
        }
        if (filter.channel() != null) {
            sql.append(" and channel = ?");
            args.add(complaintChannel(filter.channel()));
        }
        return sql.toString();
    }
}
