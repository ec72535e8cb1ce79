package id.bpjs.jmo.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The demo's app releases (no table of their own: they show as the {@code app_version} of error reports and as the
 * two-week error spike in survey scores and complaints). A release roughly every three months, versions 2.4.0,
 * 2.4.1, …; the latest always {@link #LATEST_RELEASE_DAYS_AGO} days before the end, with a crash wave of extra error
 * reports ({@link #latestReleaseBurst}).
 */
final class DemoReleases {

    private DemoReleases() {
    }

    record Release(LocalDate day, String version) {
    }

    /**
     * An app release roughly every three months; errors spike for two weeks after each. The latest release is always
     * {@link #LATEST_RELEASE_DAYS_AGO} days before the end, so a fresh demo is inside its spike (and shows its alert).
     */
    static List<Release> releases(LocalDate start, LocalDate end) {
        var list = new ArrayList<Release>();
        var latest = end.minusDays(LATEST_RELEASE_DAYS_AGO);
        int minor = 0;
        for (var day = start.plusDays(20); day.isBefore(latest.minusDays(30)); day = day.plusDays(91)) {
            list.add(new Release(day, "2." + (4 + minor / 4) + "." + (minor % 4)));
            minor++;
        }
        if (latest.isAfter(start)) {
            list.add(new Release(latest, "2." + (4 + minor / 4) + "." + (minor % 4)));
        }
        return list;
    }

    /** Days between the latest app release and the end of the demo data. */
    static final int LATEST_RELEASE_DAYS_AGO = 12;
    /**
     * Extra error reports after the latest release, spread over the branches by their weight: one per 15 complaints of
     * the usual mix, at least 30 (enough for the rules to tell a crash wave from chance in a small demo).
     */
    static long latestReleaseBurst(long complaints) {
        return Math.max(30, Math.round(complaints / 15.0));
    }

    static @Nullable Release releaseBefore(List<Release> releases, LocalDate day) {
        Release found = null;
        for (var release : releases) {
            if (!release.day().isAfter(day)) {
                found = release;
            }
        }
        return found;
    }

    static boolean inErrorSpike(List<Release> releases, LocalDate day) {
        var release = releaseBefore(releases, day);
        return release != null && ChronoUnit.DAYS.between(release.day(), day) < 14;
    }
}
