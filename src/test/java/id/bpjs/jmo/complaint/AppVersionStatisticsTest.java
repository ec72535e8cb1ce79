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

        // the list shows exactly the reports the chart counted for a version and platform
        var query = new ComplaintQuery(period, null, ComplaintCategory.APP_ERROR, null, false, null, false, null,
                "3.10.0", Platform.ANDROID);
        assertThat(records.list(query, LocalDate.now(), PageRequest.of(0, 100)).getContent())
                .extracting(Complaint::getAppVersion, Complaint::getPlatform).hasSize(2)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("3.10.0", Platform.ANDROID));
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
