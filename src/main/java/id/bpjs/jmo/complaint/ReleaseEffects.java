package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.stats.Significance;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A release's effect on app errors, the one rule both the app-versions page and the new-version alert use: the newest
 * app version named in error reports against the version first reported before it, as error reports per day from
 * each version's first sighting (the previous one's up to the day before the newest's), compared with the exact
 * conditional test for two Poisson rates ({@link Significance#rates}, 95 %, two-sided).
 * <p>
 * Read from the daily per-version aggregate {@code app_error_daily} (V22): days × versions rows, never the complaint
 * table. Two versions first seen on the same day are ordered by their number ({@link AppVersion}); reports naming no
 * version are left out. Not secured itself: callers hold the person to their branch (the page through
 * {@link AppVersionStatistics}, the alert job for every branch).
 */
@Component
@Transactional(readOnly = true)
public class ReleaseEffects {

    /**
     * The newest version's error reports against the previous version's: {@code reports} over {@code days} (days
     * since its first sighting, the first and the last day counted), the previous one's over {@code previousDays} (its
     * first sighting up to the day before the newest's; at least 1), and the test of the two rates per day
     * ({@code change.difference()} in reports per day, newest minus previous).
     */
    public record ReleaseEffect(String version, LocalDate firstSeen, long reports, long days, String previousVersion,
            LocalDate previousFirstSeen, long previousReports, long previousDays, Significance.Change change) {

        /** Error reports per day of the newest version. */
        public double rate() {
            return reports / (double) days;
        }

        /** Error reports per day of the previous version. */
        public double previousRate() {
            return previousReports / (double) previousDays;
        }
    }

    private record Seen(long branchId, String version, LocalDate first) {
    }

    private final JdbcTemplate jdbc;

    ReleaseEffects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The effect of the newest release in one branch (or all branches when {@code branchId} is null) and channel
     * ({@link ComplaintChannel} name or null for all), as of {@code asOf} (reports after it are not read).
     *
     * @return empty when fewer than two versions were reported up to {@code asOf}
     */
    public Optional<ReleaseEffect> of(@Nullable Long branchId, @Nullable String channel, LocalDate asOf) {
        var args = new ArrayList<Object>(List.of(Date.valueOf(asOf)));
        var where = new StringBuilder(" where app_version <> '' and received_date <= ?");
        scope(where, args, branchId, channel);
        var seen = jdbc.query("select app_version, min(received_date) from app_error_daily" + where
                + " group by app_version", (rs, row) -> new Seen(0, rs.getString(1), rs.getDate(2).toLocalDate()),
                args.toArray());
        return effect(seen, asOf, (version, from, until) -> count(branchId, channel, version, from, until));
    }

    /**
     * The effect of the newest release in every branch that has reports of at least two versions and whose newest
     * version was first reported on or after {@code releasedFrom}, as of {@code asOf}, keyed by branch id: what the
     * new-version alert judges each hour (older releases are not counted at all).
     */
    public Map<Long, ReleaseEffect> perBranch(LocalDate asOf, LocalDate releasedFrom) {
        var seen = jdbc.query("select branch_id, app_version, min(received_date) from app_error_daily"
                + " where app_version <> '' and received_date <= ? group by branch_id, app_version",
                (rs, row) -> new Seen(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()),
                Date.valueOf(asOf));
        var effects = new TreeMap<Long, ReleaseEffect>();
        seen.stream().collect(Collectors.groupingBy(Seen::branchId)).forEach((branchId, versions) -> {
            var newest = versions.stream().map(Seen::first).max(Comparator.naturalOrder()).orElseThrow();
            if (!newest.isBefore(releasedFrom)) {
                effect(versions, asOf, (version, from, until) -> count(branchId, null, version, from, until))
                        .ifPresent(effect -> effects.put(branchId, effect));
            }
        });
        return effects;
    }

    private interface Counter {
        long count(String version, LocalDate from, LocalDate until);
    }

    private static Optional<ReleaseEffect> effect(List<Seen> seen, LocalDate asOf, Counter counter) {
        if (seen.size() < 2) {
            return Optional.empty();
        }
        var ordered = seen.stream().sorted(Comparator.comparing(Seen::first)
                .thenComparing(Seen::version, AppVersion.ORDER)).toList();
        var latest = ordered.getLast();
        var previous = ordered.get(ordered.size() - 2);
        var firstDay = latest.first();
        long days = ChronoUnit.DAYS.between(firstDay, asOf) + 1;
        long previousDays = Math.max(1, ChronoUnit.DAYS.between(previous.first(), firstDay));
        long reports = counter.count(latest.version(), firstDay, asOf.plusDays(1));
        long previousReports = counter.count(previous.version(), previous.first(),
                firstDay.isAfter(previous.first()) ? firstDay : firstDay.plusDays(1));
        return Optional.of(new ReleaseEffect(latest.version(), firstDay, reports, days, previous.version(),
                previous.first(), previousReports, previousDays,
                Significance.rates(previousReports, previousDays, reports, days)));
    }

    /** Error reports of a version on the days from {@code from} up to {@code until} (exclusive). */
    private long count(@Nullable Long branchId, @Nullable String channel, String version, LocalDate from,
            LocalDate until) {
        var sql = new StringBuilder("select coalesce(sum(complaints), 0) from app_error_daily"
                + " where app_version = ? and received_date >= ? and received_date < ?");
        var args = new ArrayList<Object>(List.of(version, Date.valueOf(from), Date.valueOf(until)));
        scope(sql, args, branchId, channel);
        var count = jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    /** Narrows a query of {@code app_error_daily} to a branch and a channel, each when given. */
    private static void scope(StringBuilder sql, List<Object> args, @Nullable Long branchId,
            @Nullable String channel) {
        if (branchId != null) {
            sql.append(" and branch_id = ?");
            args.add(branchId);
        }
        if (channel != null) {
            sql.append(" and channel = ?");
            args.add(channel);
        }
    }
}
