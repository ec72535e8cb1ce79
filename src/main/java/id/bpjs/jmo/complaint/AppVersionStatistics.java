package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * App error reports per app version and platform, counted by the database from {@code app_error_daily} (V22, kept
 * by {@link ComplaintAggregates}): the cost grows with days and versions, not with reports. Staff see their own
 * branch only. A version's first sighting is over all time (in the branch and channel of the filter), not only the
 * period, so a release marker means "first reported then".
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class AppVersionStatistics {

    /** Error reports received on one day for one version on one platform ("" when the report named none). */
    public record DayCount(LocalDate day, String version, String platform, long reports) {
    }

    /**
     * One version on one platform: its reports in the period, its share of the period's reports (0–1; 0 when the
     * period has none) and the day it was first reported.
     */
    public record VersionShare(String version, String platform, long reports, double share, LocalDate firstSeen) {
    }

    /** The period's reports per day, version and platform, and each version's share, newest version first. */
    public record Report(List<DayCount> days, List<VersionShare> versions, long total) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    AppVersionStatistics(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    public Report report(RecordFilter requested) {
        var filter = requested.withBranch(currentUser.allowedBranch(requested.branchId()));
        var args = new ArrayList<Object>();
        var days = jdbc.query("select received_date, app_version, platform, sum(complaints) from app_error_daily"
                + where(filter, true, args) + " group by received_date, app_version, platform order by 1",
                (rs, row) -> new DayCount(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
                        rs.getLong(4)), args.toArray());
        long total = days.stream().mapToLong(DayCount::reports).sum();
        // the first sighting over all time, for the versions the period saw
        var firstArgs = new ArrayList<Object>();
        record Seen(String version, String platform, LocalDate first) {
        }
        var seen = jdbc.query("select app_version, platform, min(received_date) from app_error_daily"
                + where(filter, false, firstArgs) + " group by app_version, platform",
                (rs, row) -> new Seen(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()),
                firstArgs.toArray());
        var versions = new ArrayList<VersionShare>();
        for (var s : seen) {
            long reports = days.stream().filter(d -> d.version().equals(s.version())
                    && d.platform().equals(s.platform())).mapToLong(DayCount::reports).sum();
            if (reports > 0) {
                versions.add(new VersionShare(s.version(), s.platform(), reports, reports / (double) total,
                        s.first()));
            }
        }
        versions.sort(Comparator.comparing(VersionShare::version, AppVersion.ORDER.reversed())
                .thenComparing(VersionShare::platform));
        return new Report(days, versions, total);
    }

    /** The versions error reports named in the filter's branch and channel (any period), newest first. */
    public List<String> knownVersions(RecordFilter requested) {
        var filter = requested.withBranch(currentUser.allowedBranch(requested.branchId()));
        var args = new ArrayList<Object>();
        var versions = new ArrayList<>(jdbc.queryForList("select distinct app_version from app_error_daily"
                + where(filter, false, args) + " and app_version <> ''", String.class, args.toArray()));
        versions.sort(AppVersion.ORDER.reversed());
        return versions;
    }

    private static String where(RecordFilter filter, boolean period, List<Object> args) {
        var sql = new StringBuilder(" where 1 = 1");
        if (period) {
            sql.append(" and received_date >= ? and received_date < ?");
            args.add(Date.valueOf(filter.period().from()));
            args.add(Date.valueOf(filter.period().to().plusDays(1)));
        }
        if (filter.branchId() != null) {
            sql.append(" and branch_id = ?");
            args.add(filter.branchId());
        }
        var channel = filter.channel();
        if (channel != null) {
            sql.append(" and channel = ?");
            args.add(ComplaintStatistics.complaintChannel(channel));
        }
        return sql.toString();
    }
}
