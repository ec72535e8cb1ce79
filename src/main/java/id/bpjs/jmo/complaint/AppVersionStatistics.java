package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
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

        /** The share in percent as shown (one decimal, half up): what the share chart draws and its table says. */
        public double percent() {
            return Formats.percentAsShown(share);
        }
    }

    /** A version on a platform ("" when the reports named none): one dataset of the weekly chart. */
    public record Series(String version, String platform) {
    }

    /**
     * One week of the period (Monday {@code monday}; {@code range} is the part of it inside the period, the drill-down's
     * dates): reports per {@link Report#series() series}, in the same order, and their sum.
     */
    public record Week(LocalDate monday, DateRange range, List<Long> reports, long total) {
    }

    /** A version first reported inside the period, in the week at {@code weekIndex} of {@link Report#weeks()}. */
    public record Release(String version, LocalDate firstSeen, int weekIndex) {
    }

    /**
     * The period's reports: per day, version and platform ({@code days}); per week and series, the series oldest
     * version first (the order of the weekly chart's datasets, which its click-through relies on); the releases first
     * reported inside the period; each version's share, newest version first; the total; and the effect of the newest
     * release up to the period's end (null with fewer than two versions).
     */
    public record Report(List<DayCount> days, List<Series> series, List<Week> weeks, List<Release> releases,
            List<VersionShare> versions, long total, ReleaseEffects.@Nullable ReleaseEffect effect) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ReleaseEffects releaseEffects;

    AppVersionStatistics(JdbcTemplate jdbc, CurrentUser currentUser, ReleaseEffects releaseEffects) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.releaseEffects = releaseEffects;
    }

    /** The Monday of the ISO week of {@code day}. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The report for the filter's period, branch and channel; staff are held to their own branch.
     */
    public Report report(RecordFilter requested) {
        var filter = requested.withBranch(currentUser.allowedBranch(requested.branchId()));
        var period = filter.period();
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
        // the period's reports per version and platform, in one pass over the days
        var perSeries = new java.util.HashMap<Series, Long>();
        days.forEach(d -> perSeries.merge(new Series(d.version(), d.platform()), d.reports(), Long::sum));
        var versions = new ArrayList<VersionShare>();
        for (var s : seen) {
            long reports = perSeries.getOrDefault(new Series(s.version(), s.platform()), 0L);
            if (reports > 0) {
                versions.add(new VersionShare(s.version(), s.platform(), reports, reports / (double) total,
                        s.first()));
            }
        }
        versions.sort(Comparator.comparing(VersionShare::version, AppVersion.ORDER.reversed())
                .thenComparing(VersionShare::platform));
        var series = versions.stream().map(v -> new Series(v.version(), v.platform()))
                .sorted(Comparator.comparing(Series::version, AppVersion.ORDER).thenComparing(Series::platform))
                .toList();
        var weeks = weeks(period, series, days);
        var releases = releases(period, versions, weeks);
        var channel = filter.channel() == null ? null : ComplaintStatistics.complaintChannel(filter.channel());
        var effect = releaseEffects.of(filter.branchId(), channel, period.to()).orElse(null);
        return new Report(days, series, weeks, releases, versions, total, effect);
    }

    private static List<Week> weeks(DateRange period, List<Series> series, List<DayCount> days) {
        var counts = new LinkedHashMap<LocalDate, long[]>();
        for (var monday = weekOf(period.from()); !monday.isAfter(period.to()); monday = monday.plusWeeks(1)) {
            counts.put(monday, new long[series.size()]);
        }
        for (var day : days) {
            var values = counts.get(weekOf(day.day()));
            int index = series.indexOf(new Series(day.version(), day.platform()));
            if (values != null && index >= 0) {
                values[index] += day.reports();
            }
        }
        var weeks = new ArrayList<Week>();
        counts.forEach((monday, values) -> {
            weeks.add(new Week(monday, DateRange.weekFrom(monday).within(period), Arrays.stream(values).boxed().toList(),
                    Arrays.stream(values).sum()));
        });
        return weeks;
    }

    /** A marker per version first reported inside the period (once per version, at its earliest platform). */
    private static List<Release> releases(DateRange period, List<VersionShare> versions, List<Week> weeks) {
        var firstSeen = new TreeMap<String, LocalDate>(AppVersion.ORDER);
        for (var v : versions) {
            if (!v.version().isEmpty()) {
                firstSeen.merge(v.version(), v.firstSeen(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        var mondays = weeks.stream().map(Week::monday).toList();
        var releases = new ArrayList<Release>();
        firstSeen.forEach((version, day) -> {
            int index = mondays.indexOf(weekOf(day));
            if (index >= 0 && !day.isBefore(period.from())) {
                releases.add(new Release(version, day, index));
            }
        });
        return releases;
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
