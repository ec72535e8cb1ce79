package id.bpjs.jmo.complaint;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code complaint_daily} (V18), its monthly rollup {@code complaint_monthly} (V28), its weekly rollup per
 * category {@code complaint_weekly} (V29) and {@code app_error_daily} (V22: error reports per platform and app
 * version) exact. A complaint changes after it is filed (status, first
 * response, even its day or branch), so instead of adding increments, the rows of the touched days and branches are
 * recomputed from the complaints themselves, and then the rows of their months and weeks and branches from the just
 * recomputed daily rows (at most 31 days of one branch): a handful of rows, always right. The branch row is locked first, so two
 * transactions recomputing the same branch one after the other never insert the same key twice.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ComplaintAggregates {

    /** A day and branch whose figures must be recomputed. */
    public record Key(LocalDate day, long branchId) {
    }

    private static final String SELECT = "select cast(received_at as date), branch_id, channel, category, attribute,"
            + " status, first_response_at is not null, count(*) from complaint";
    private static final String GROUP = " group by cast(received_at as date), branch_id, channel, category, attribute,"
            + " status, first_response_at is not null";
    private static final String INSERT = "insert into complaint_daily (received_date, branch_id, channel, category,"
            + " attribute, status, responded, complaints) ";
    /** The monthly rollup of the daily rows, as in migration V28. */
    static final String MONTHLY = "insert into complaint_monthly (received_month, branch_id, channel, category,"
            + " attribute, status, responded, complaints) select cast(date_trunc('month', received_date) as date),"
            + " branch_id, channel, category, attribute, status, responded, sum(complaints) from complaint_daily";
    private static final String MONTHLY_GROUP = " group by cast(date_trunc('month', received_date) as date),"
            + " branch_id, channel, category, attribute, status, responded";

    /** The Monday of the ISO 8601 week of {@code received_date}, on PostgreSQL and H2 alike (as in migration V29). */
    static final String WEEK_OF_RECEIVED_DATE = "cast(received_date - (cast(extract(isodow from received_date) as"
            + " integer) - 1) as date)";
    /** The weekly rollup of the daily rows per category, as in migration V29. */
    static final String WEEKLY = "insert into complaint_weekly (received_week, branch_id, channel, category,"
            + " complaints) select " + WEEK_OF_RECEIVED_DATE + ", branch_id, channel, category, sum(complaints)"
            + " from complaint_daily";
    private static final String WEEKLY_GROUP = " group by " + WEEK_OF_RECEIVED_DATE + ", branch_id, channel, category";

    private static final String VERSION_COLUMNS = "select cast(received_at as date), branch_id, channel,"
            + " coalesce(platform, ''), coalesce(app_version, ''), count(*) from complaint where category = 'APP_ERROR'";
    private static final String VERSION_GROUP = " group by cast(received_at as date), branch_id, channel,"
            + " coalesce(platform, ''), coalesce(app_version, '')";
    private static final String VERSION_INSERT = "insert into app_error_daily (received_date, branch_id, channel,"
            + " platform, app_version, complaints) ";

    /**
     * The statement that rebuilds {@code app_error_daily}; migration V22 holds a literal copy (a test keeps them
     * equal), so an installation upgraded by the migration has the rows the service would have kept.
     */
    static String versionRebuildStatement() {
        return VERSION_INSERT + VERSION_COLUMNS + VERSION_GROUP;
    }

    private final JdbcTemplate jdbc;

    private final id.bpjs.jmo.branch.BranchLocks branchLocks;

    ComplaintAggregates(JdbcTemplate jdbc, id.bpjs.jmo.branch.BranchLocks branchLocks) {
        this.jdbc = jdbc;
        this.branchLocks = branchLocks;
    }

    /** Recomputes every row (after bulk loads). */
    @Transactional
    public void rebuild() {
        jdbc.update("delete from complaint_daily");
        jdbc.update(INSERT + SELECT + GROUP);
        jdbc.update("delete from app_error_daily");
        jdbc.update(versionRebuildStatement());
        jdbc.update("delete from complaint_monthly");
        jdbc.update(MONTHLY + MONTHLY_GROUP);
        jdbc.update("delete from complaint_weekly");
        jdbc.update(WEEKLY + WEEKLY_GROUP);
    }

    /** Recomputes the figures of the given days and branches, in the caller's transaction. */
    public void refresh(Collection<Key> keys) {
        var ordered = new TreeSet<Key>(Comparator.comparingLong(Key::branchId).thenComparing(Key::day));
        ordered.addAll(keys);
        branchLocks.lockForAggregates(ordered.stream().map(Key::branchId).toList());
        for (var key : ordered) {
            var date = Date.valueOf(key.day());
            jdbc.update("delete from complaint_daily where received_date = ? and branch_id = ?", date,
                    key.branchId());
            jdbc.update(INSERT + SELECT + " where received_at >= ? and received_at < ? and branch_id = ?" + GROUP,
                    Timestamp.valueOf(key.day().atStartOfDay()), Timestamp.valueOf(key.day().plusDays(1)
                            .atStartOfDay()), key.branchId());
            jdbc.update("delete from app_error_daily where received_date = ? and branch_id = ?", date,
                    key.branchId());
            jdbc.update(VERSION_INSERT + VERSION_COLUMNS + " and received_at >= ? and received_at < ? and branch_id = ?"
                    + VERSION_GROUP, Timestamp.valueOf(key.day().atStartOfDay()),
                    Timestamp.valueOf(key.day().plusDays(1).atStartOfDay()), key.branchId());
        }
        var months = new TreeSet<Key>(Comparator.comparingLong(Key::branchId).thenComparing(Key::day));
        ordered.forEach(key -> months.add(new Key(key.day().withDayOfMonth(1), key.branchId())));
        for (var month : months) {
            var first = Date.valueOf(month.day());
            var next = Date.valueOf(month.day().plusMonths(1));
            jdbc.update("delete from complaint_monthly where received_month = ? and branch_id = ?", first,
                    month.branchId());
            jdbc.update(MONTHLY + " where received_date >= ? and received_date < ? and branch_id = ?" + MONTHLY_GROUP,
                    first, next, month.branchId());
        }
        var weeks = new TreeSet<Key>(Comparator.comparingLong(Key::branchId).thenComparing(Key::day));
        ordered.forEach(key -> weeks.add(new Key(key.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                key.branchId())));
        for (var week : weeks) {
            var monday = Date.valueOf(week.day());
            jdbc.update("delete from complaint_weekly where received_week = ? and branch_id = ?", monday,
                    week.branchId());
            jdbc.update(WEEKLY + " where received_date >= ? and received_date < ? and branch_id = ?" + WEEKLY_GROUP,
                    monday, Date.valueOf(week.day().plusWeeks(1)), week.branchId());
        }
    }
}
