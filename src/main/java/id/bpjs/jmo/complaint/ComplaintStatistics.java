package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint and error-report figures, counted by the database from the aggregates ({@link ComplaintAggregates}): the
 * whole months of a period from {@code complaint_monthly}, the days of its partial first and last months from
 * {@code complaint_daily}, so a 12-month period reads about 11 months of monthly rows and ≤ 2 months of daily rows;
 * the weekly chart reads whole weeks from {@code complaint_weekly} the same way.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintStatistics {

    /**
     * Complaints received in one week in one category. {@code week} is the Monday of the ISO 8601 week; the first and
     * last week of a period count only their days inside the period.
     */
    public record WeekCount(LocalDate week, ComplaintCategory category, long count) {
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
    }

    private final JdbcTemplate jdbc;
    private final ComplaintDeadlines deadlines;

    ComplaintStatistics(JdbcTemplate jdbc, ComplaintDeadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /**
     * Complaints per week and category in the filter's period (the dashboard's weekly chart), ordered by week and
     * category; weeks and categories without complaints are left out. The whole weeks inside the period are read
     * from {@code complaint_weekly} (V29), the days of a partial first or last week from {@code complaint_daily}, so
     * a 12-month period reads about 52 rows per branch, channel and category, whatever the number of complaints.
     */
    public List<WeekCount> perWeekAndCategory(RecordFilter filter) {
        var from = filter.period().from();
        var end = filter.period().to().plusDays(1);
        var firstWeek = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        var endWeek = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var args = new ArrayList<Object>();
        var days = "select " + ComplaintAggregates.WEEK_OF_RECEIVED_DATE + " as received_week, category, complaints"
                + " from complaint_daily where received_date >= ? and received_date < ?";
        var sql = new StringBuilder("select received_week, category, sum(complaints) from (");
        if (!firstWeek.isBefore(endWeek)) {
            sql.append(days);
            args.addAll(List.of(Date.valueOf(from), Date.valueOf(end)));
            narrow(filter, args, sql);
        } else {
            sql.append("select received_week, category, complaints from complaint_weekly where received_week >= ?"
                    + " and received_week < ?");
            args.addAll(List.of(Date.valueOf(firstWeek), Date.valueOf(endWeek)));
            narrow(filter, args, sql);
            for (var edge : List.of(List.of(from, firstWeek), List.of(endWeek, end))) {
                if (edge.get(0).isBefore(edge.get(1))) {
                    sql.append(" union all ").append(days);
                    args.addAll(List.of(Date.valueOf(edge.get(0)), Date.valueOf(edge.get(1))));
                    narrow(filter, args, sql);
                }
            }
        }
        sql.append(") w group by received_week, category order by 1, 2");
        return jdbc.query(sql.toString(), (rs, row) -> new WeekCount(rs.getDate(1).toLocalDate(),
                ComplaintCategory.valueOf(rs.getString(2)), rs.getLong(3)), args.toArray());
    }

    public List<AttributeCount> perAttribute(RecordFilter filter) {
        var args = new ArrayList<Object>();
        var sql = "select attribute, sum(complaints), sum(case when category = 'APP_ERROR' then complaints else 0 end)"
                + " from " + source(filter, args, null, null) + " group by attribute";
        var counts = jdbc.query(sql, (rs, row) -> new AttributeCount(RogersAttribute.valueOf(rs.getString(1)),
                rs.getLong(2), rs.getLong(3)), args.toArray());
        var all = new ArrayList<AttributeCount>();
        for (var attribute : RogersAttribute.values()) {
            all.add(counts.stream().filter(c -> c.attribute() == attribute).findFirst()
                    .orElse(new AttributeCount(attribute, 0, 0)));
        }
        return all;
    }

    /**
     * Open complaints by status and age on {@code today}: within the first-response limit, older than it but within
     * the resolution limit, older than the resolution limit (the cut-off days of {@link ComplaintDeadlines#cuts}; the
     * bands of {@link ComplaintDeadlines.AgeBand}, whose Criteria form opens the same complaints in the list).
     */
    public List<StatusAge> openByStatusAndAge(RecordFilter filter, LocalDate today) {
        var cuts = deadlines.cuts(today);
        var firstCut = Date.valueOf(cuts.firstResponse().toLocalDate());
        var resolutionCut = Date.valueOf(cuts.resolution().toLocalDate());
        var args = new ArrayList<Object>(List.of(firstCut, firstCut, resolutionCut, resolutionCut));
        var sql = "select status, sum(case when received_date >= ? then complaints else 0 end),"
                + " sum(case when received_date < ? and received_date >= ? then complaints else 0 end),"
                + " sum(case when received_date < ? then complaints else 0 end) from "
                + source(filter, args, earlier(firstCut.toLocalDate(), resolutionCut.toLocalDate()),
                        ComplaintDeadlines.OPEN_SQL) + " group by status";
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
        var cuts = deadlines.cuts(today);
        var args = new ArrayList<Object>(overdue.args());
        var sql = "select coalesce(sum(complaints), 0),"
                + " coalesce(sum(case when " + ComplaintDeadlines.OPEN_SQL + " then complaints else 0 end), 0),"
                + " coalesce(sum(case when " + overdue.sql() + " then complaints else 0 end), 0),"
                + " coalesce(sum(case when category = 'APP_ERROR' then complaints else 0 end), 0) from "
                + source(filter, args, earlier(cuts.firstResponse().toLocalDate(), cuts.resolution().toLocalDate()),
                        null);
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

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The aggregate rows of the filter's period as a derived table {@code c} with the columns of
     * {@code complaint_daily}: the whole months from {@code complaint_monthly} (their {@code received_date} is the
     * first day of the month), the other days from {@code complaint_daily}. With {@code monthsBefore} set, only
     * months that end before that day are read by month, so a condition comparing {@code received_date} with a day
     * on or after {@code monthsBefore} is true or false for every day of such a month alike (the age cuts).
     * {@code rows} (nullable) is a condition on the other columns, applied inside each part (e.g. open statuses).
     */
    static String source(RecordFilter filter, List<Object> args, @Nullable LocalDate monthsBefore,
            @Nullable String rows) {
        var from = filter.period().from();
        var end = filter.period().to().plusDays(1);
        var firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        var endMonth = end.withDayOfMonth(1);
        if (monthsBefore != null && monthsBefore.withDayOfMonth(1).isBefore(endMonth)) {
            endMonth = monthsBefore.withDayOfMonth(1);
        }
        var columns = "branch_id, channel, category, attribute, status, responded, complaints";
        var only = rows == null ? "" : " and " + rows;
        if (!firstMonth.isBefore(endMonth)) {
            return "(select received_date, " + columns + " from complaint_daily" + where(filter, args) + only + ") c";
        }
        // one simple range per branch of the union (an "or" of two day ranges made H2 scan the whole table)
        var sql = new StringBuilder("(select received_month as received_date, " + columns
                + " from complaint_monthly where received_month >= ? and received_month < ?");
        args.addAll(List.of(Date.valueOf(firstMonth), Date.valueOf(endMonth)));
        narrow(filter, args, sql);
        sql.append(only);
        for (var days : List.of(List.of(from, firstMonth), List.of(endMonth, end))) {
            if (days.get(0).isBefore(days.get(1))) {
                sql.append(" union all select received_date, ").append(columns)
                        .append(" from complaint_daily where received_date >= ? and received_date < ?");
                args.addAll(List.of(Date.valueOf(days.get(0)), Date.valueOf(days.get(1))));
                narrow(filter, args, sql);
                sql.append(only);
            }
        }
        return sql.append(") c").toString();
    }

    private static void narrow(RecordFilter filter, List<Object> args, StringBuilder sql) {
        if (filter.branchId() != null) {
            sql.append(" and branch_id = ?");
            args.add(filter.branchId());
        }
        if (filter.channel() != null) {
            sql.append(" and channel = ?");
            args.add(complaintChannel(filter.channel()));
        }
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
