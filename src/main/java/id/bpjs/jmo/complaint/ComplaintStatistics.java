package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Complaint and error-report figures, counted by the database from the daily aggregates ({@link ComplaintAggregates}). */
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

    /**
     * Survey follow-up cases (low overall scores with consent, issue 16 §3) received in the period: how many, how
     * many were settled within the resolution limit, settled late, still open, and open past a limit on the day.
     */
    public record FollowUps(long cases, long settledWithinLimit, long settledLate, long open, long openOverdue) {

        /** Share of cases settled within the limit, 0–1; empty without cases. */
        public java.util.Optional<Double> shareWithinLimit() {
            return cases == 0 ? java.util.Optional.empty() : java.util.Optional.of((double) settledWithinLimit / cases);
        }
    }

    private final JdbcTemplate jdbc;
    private final ComplaintDeadlines deadlines;

    ComplaintStatistics(JdbcTemplate jdbc, ComplaintDeadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    public List<DayCount> perDayAndCategory(RecordFilter filter) {
        var args = new ArrayList<Object>();
        var sql = "select received_date, category, sum(complaints) from complaint_daily" + where(filter, args)
                + " group by received_date, category order by 1, 2";
        return jdbc.query(sql, (rs, row) -> new DayCount(rs.getDate(1).toLocalDate(),
                ComplaintCategory.valueOf(rs.getString(2)), rs.getLong(3)), args.toArray());
    }

    public List<AttributeCount> perAttribute(RecordFilter filter) {
        var args = new ArrayList<Object>();
        var sql = "select attribute, sum(complaints), sum(case when category = 'APP_ERROR' then complaints else 0 end)"
                + " from complaint_daily" + where(filter, args) + " group by attribute";
        var counts = jdbc.query(sql, (rs, row) -> new AttributeCount(RogersAttribute.valueOf(rs.getString(1)),
                rs.getLong(2), rs.getLong(3)), args.toArray());
        var all = new ArrayList<AttributeCount>();
        for (var attribute : RogersAttribute.values()) {
            all.add(counts.stream().filter(c -> c.attribute() == attribute).findFirst()
                    .orElse(new AttributeCount(attribute, 0, 0)));
        }
        return all;
    }

    /** Open complaints by status and age on {@code today}, in the bands of {@link ComplaintDeadlines.Band}. */
    public List<StatusAge> openByStatusAndAge(RecordFilter filter, LocalDate today) {
        var cuts = deadlines.cuts(today);
        var firstCut = Date.valueOf(cuts.firstResponse().toLocalDate());
        var resolutionCut = Date.valueOf(cuts.resolution().toLocalDate());
        var args = new ArrayList<Object>(List.of(firstCut, firstCut, resolutionCut, resolutionCut));
        var sql = "select status, sum(case when received_date >= ? then complaints else 0 end),"
                + " sum(case when received_date < ? and received_date >= ? then complaints else 0 end),"
                + " sum(case when received_date < ? then complaints else 0 end) from complaint_daily"
                + where(filter, args) + " and " + ComplaintDeadlines.OPEN_SQL + " group by status";
        var rows = jdbc.query(sql, (rs, row) -> new StatusAge(ComplaintStatus.valueOf(rs.getString(1)), rs.getLong(2),
                rs.getLong(3), rs.getLong(4)), args.toArray());
        var all = new ArrayList<StatusAge>();
        for (var status : ComplaintDeadlines.OPEN) {
            all.add(rows.stream().filter(r -> r.status() == status).findFirst()
                    .orElse(new StatusAge(status, 0, 0, 0)));
        }
        return all;
    }

    /**
     * Received in the period, still open, overdue on {@code today} (the rule of {@link ComplaintDeadlines}), and app
     * error reports. Read from the daily aggregates: the cost grows with days, not with complaints.
     */
    public Figures figures(RecordFilter filter, LocalDate today) {
        var overdue = deadlines.overdueSql("received_date", "responded", today);
        var args = new ArrayList<Object>(overdue.args());
        var sql = "select coalesce(sum(complaints), 0),"
                + " coalesce(sum(case when " + ComplaintDeadlines.OPEN_SQL + " then complaints else 0 end), 0),"
                + " coalesce(sum(case when " + overdue.sql() + " then complaints else 0 end), 0),"
                + " coalesce(sum(case when category = 'APP_ERROR' then complaints else 0 end), 0) from complaint_daily"
                + where(filter, args);
        return jdbc.queryForObject(sql, (rs, row) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4)), args.toArray());
    }

    /**
     * The follow-up figures for the filter's period and branch (the service channel filter does not apply: a case
     * comes from a survey response, whatever channel that response was about). A small query over the follow-up
     * cases only (channel SURVEY, index on channel and received time); each case's working-day age is judged by
     * {@link ComplaintDeadlines}, so the figure agrees with the complaint list.
     */
    public FollowUps followUps(RecordFilter filter, LocalDate today) {
        var args = new ArrayList<Object>(List.of(java.sql.Timestamp.valueOf(filter.period().from().atStartOfDay()),
                java.sql.Timestamp.valueOf(filter.period().to().plusDays(1).atStartOfDay())));
        var sql = "select received_at, first_response_at, resolved_at, status from complaint where channel = 'SURVEY'"
                + " and received_at >= ? and received_at < ?";
        if (filter.branchId() != null) {
            sql += " and branch_id = ?";
            args.add(filter.branchId());
        }
        long[] counts = new long[5];
        jdbc.query(sql, rs -> {
            var received = rs.getTimestamp(1).toLocalDateTime();
            var resolved = rs.getTimestamp(3);
            var status = ComplaintStatus.valueOf(rs.getString(4));
            counts[0]++;
            if (!status.isOpen() && resolved != null) {
                counts[deadlines.settledWithinLimit(received, resolved.toLocalDateTime()) ? 1 : 2]++;
            } else {
                counts[3]++;
                if (deadlines.isOverdue(status, received, rs.getTimestamp(2) != null, today)) {
                    counts[4]++;
                }
            }
        }, args.toArray());
        return new FollowUps(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    static String complaintChannel(id.bpjs.jmo.base.domain.ServiceChannel channel) {
        return switch (channel) {
            case JMO -> ComplaintChannel.JMO_APP.name();
            case COUNTER -> ComplaintChannel.COUNTER.name();
        };
    }

    private static String where(RecordFilter filter, List<Object> args) {
        var sql = new StringBuilder(" where received_date >= ? and received_date < ?");
        args.add(Date.valueOf(filter.period().from()));
        args.add(Date.valueOf(filter.period().to().plusDays(1)));
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
