package id.bpjs.jmo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.branch.BranchService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Error reports per app version and platform: counted from app_error_daily, and the list's version filter. */
@SpringBootTest
@ActiveProfiles("test")
class AppVersionStatisticsTest {

    @Autowired
    ComplaintService service;
    @Autowired
    AppVersionStatistics statistics;
    @Autowired
    ComplaintRecords records;
    @Autowired
    BranchService branches;
    @Autowired
    JdbcTemplate jdbc;

    /** A past week no demo complaint falls in (the demo covers the last months only). */
    private static final LocalDate MONDAY = LocalDate.of(2021, 3, 1);

    private void report(LocalDateTime at, String version, Platform platform) {
        var complaint = new Complaint();
        complaint.setReceivedAt(at);
        complaint.setChannel(ComplaintChannel.JMO_APP);
        complaint.setKpjNumber("12345678901");
        complaint.setCategory(ComplaintCategory.APP_ERROR);
        complaint.setAttribute(RogersAttribute.COMPATIBILITY);
        complaint.setDescription("Aplikasi keluar sendiri saat membuka saldo JHT");
        complaint.setAppVersion(version);
        complaint.setPlatform(platform);
        complaint.setErrorMessage("Terjadi kesalahan");
        service.create(complaint);
    }

    @Test
    @WithUserDetails("petugas")
    void reports_are_counted_per_version_and_platform_with_shares_first_sightings_and_semantic_order() {
        // petugas works at PWT: the reports go to that branch
        report(MONDAY.minusWeeks(3).atTime(9, 0), "3.9.0", Platform.ANDROID);
        report(MONDAY.atTime(9, 0), "3.9.0", Platform.ANDROID);
        report(MONDAY.plusDays(1).atTime(9, 0), "3.10.0", Platform.ANDROID);
        report(MONDAY.plusDays(2).atTime(9, 0), "3.10.0", Platform.ANDROID);
        report(MONDAY.plusDays(8).atTime(9, 0), "3.10.0", Platform.IOS);
        var period = new RecordFilter(new DateRange(MONDAY, MONDAY.plusDays(13)), null, null);

        var result = statistics.report(period);

        assertThat(result.total()).isEqualTo(4);
        // newest first: 3.10 after 3.9 as numbers, not as text
        assertThat(result.versions()).extracting(AppVersionStatistics.VersionShare::version,
                AppVersionStatistics.VersionShare::platform, AppVersionStatistics.VersionShare::reports)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3.10.0", "ANDROID", 2L),
                        org.assertj.core.groups.Tuple.tuple("3.10.0", "IOS", 1L),
                        org.assertj.core.groups.Tuple.tuple("3.9.0", "ANDROID", 1L));
        assertThat(result.versions().getFirst().share()).isEqualTo(0.5);
        // the first sighting over all time, not the first day of the period
        assertThat(result.versions().get(2).firstSeen()).isEqualTo(MONDAY.minusWeeks(3));
        assertThat(result.versions().get(1).firstSeen()).isEqualTo(MONDAY.plusDays(8));
        assertThat(statistics.knownVersions(period)).startsWith("3.10.0", "3.9.0");

        // the weekly chart's shape: series oldest version first (the datasets' order its click-through relies on),
        // two weeks with their reports per series, a release marker in the week 3.10 was first reported
        assertThat(result.series()).containsExactly(new AppVersionStatistics.Series("3.9.0", "ANDROID"),
                new AppVersionStatistics.Series("3.10.0", "ANDROID"), new AppVersionStatistics.Series("3.10.0", "IOS"));
        assertThat(result.weeks()).extracting(AppVersionStatistics.Week::monday, AppVersionStatistics.Week::reports,
                AppVersionStatistics.Week::total).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MONDAY, java.util.List.of(1L, 2L, 0L), 3L),
                        org.assertj.core.groups.Tuple.tuple(MONDAY.plusWeeks(1), java.util.List.of(0L, 0L, 1L), 1L));
        assertThat(result.releases()).containsExactly(
                new AppVersionStatistics.Release("3.10.0", MONDAY.plusDays(1), 0));
        assertThat(result.versions().getFirst().percent()).isEqualTo(50.0);

        // the release's effect up to the period's end: 3 reports in the 13 days since 3.10 was first seen against 2
        // in the 22 days 3.9 had before it; chance explains that
        var effect = result.effect();
        assertThat(effect).isNotNull();
        assertThat(effect.version()).isEqualTo("3.10.0");
        assertThat(effect.previousVersion()).isEqualTo("3.9.0");
        assertThat(java.util.List.of(effect.reports(), effect.days(), effect.previousReports(), effect.previousDays()))
                .containsExactly(3L, 13L, 2L, 22L);
        assertThat(effect.change().verdict()).isEqualTo(id.bpjs.jmo.base.stats.Significance.Verdict.NO_CHANGE);

        // the list shows exactly the reports the chart counted for a version and platform
        var query = new ComplaintQuery(period, null, ComplaintCategory.APP_ERROR, null, false, null, false, null,
                "3.10.0", Platform.ANDROID);
        assertThat(records.list(query, LocalDate.now(), PageRequest.of(0, 100)).getContent())
                .extracting(Complaint::getAppVersion, Complaint::getPlatform).hasSize(2)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("3.10.0", Platform.ANDROID));
    }

    @Test
    @WithUserDetails("petugas")
    void a_release_failing_far_more_often_than_the_previous_version_is_significantly_higher() {
        // 1 report in the 59 days of 1.0 before 1.1 came, then 12 in 1.1's first 5 days (old numbers: the version lists
        // of other tests start with their newest versions)
        var first = LocalDate.of(2020, 1, 2);
        var release = first.plusDays(59);
        report(first.atTime(10, 0), "1.0.0", Platform.ANDROID);
        for (int i = 0; i < 12; i++) {
            report(release.plusDays(i % 5).atTime(8 + i % 8, 0), "1.1.0", Platform.ANDROID);
        }
        var period = new RecordFilter(new DateRange(release, release.plusDays(4)), null, null);

        var result = statistics.report(period);

        var effect = result.effect();
        assertThat(effect).isNotNull();
        assertThat(java.util.List.of(effect.reports(), effect.days(), effect.previousReports(), effect.previousDays()))
                .containsExactly(12L, 5L, 1L, 59L);
        assertThat(effect.rate()).isEqualTo(2.4);
        assertThat(effect.change().verdict()).isEqualTo(id.bpjs.jmo.base.stats.Significance.Verdict.UP);
        assertThat(effect.change().pValue()).isLessThan(0.001);
        // the period's one release, in its first week; the week starting before the period is clipped to it
        assertThat(result.releases()).extracting(AppVersionStatistics.Release::version).containsExactly("1.1.0");
        assertThat(result.weeks().getFirst().range().from()).isEqualTo(release);
    }

    @Test
    @WithUserDetails("petugas")
    void staff_see_the_versions_of_their_own_branch_only() {
        var other = branches.all().stream().filter(b -> !"PWT".equals(b.getCode())).findFirst().orElseThrow();
        var day = LocalDate.of(2021, 6, 7);
        jdbc.update("insert into app_error_daily (received_date, branch_id, channel, platform, app_version,"
                + " complaints) values (?, ?, 'JMO_APP', 'ANDROID', '9.9.9', 5)", java.sql.Date.valueOf(day),
                other.getId());
        try {
            var asked = new RecordFilter(new DateRange(day, day), other.getId(), null);
            assertThat(statistics.report(asked).total()).isZero();
        } finally {
            jdbc.update("delete from app_error_daily where app_version = '9.9.9'");
        }
    }
}
