package id.bpjs.jmo.base.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.complaint.ComplaintChannel;
import id.bpjs.jmo.complaint.ComplaintException;
import id.bpjs.jmo.complaint.ComplaintRecords;
import id.bpjs.jmo.complaint.ComplaintService;
import id.bpjs.jmo.security.ui.BranchScope;
import id.bpjs.jmo.survey.Education;
import id.bpjs.jmo.survey.Gender;
import id.bpjs.jmo.survey.Occupation;
import id.bpjs.jmo.survey.PublicSurveyService;
import id.bpjs.jmo.survey.SurveyClient;
import id.bpjs.jmo.survey.SurveyChannel;
import id.bpjs.jmo.survey.SurveyResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The service's time through the real services, with the clock fixed at 01:55 WIB on Monday 30 November 2026 (still
 * Sunday 18:55 in UTC). The build runs this class twice: in the machine's zone (UTC in CI and in the image) and in a
 * JVM started with {@code -Duser.timezone=America/Los_Angeles} (surefire execution {@code time-zone-los-angeles});
 * the answers must be the same.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(BranchTimeZoneTest.FixedClock.class)
class BranchTimeZoneTest {

    static final Instant SENT = Instant.parse("2026-11-29T18:55:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(SENT, ZoneOffset.UTC);
        }
    }

    @Autowired
    PublicSurveyService surveys;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintRecords records;
    @Autowired
    BranchService branches;
    @Autowired
    BranchScope branchScope;
    @Autowired
    ServiceTime time;
    @Autowired
    JdbcTemplate jdbc;

    private Branch makassar() {
        return branches.byCode("MKS").orElseGet(() -> {
            var branch = new Branch("MKS", "Makassar", "Kantor Wilayah Sulawesi dan Maluku", 2500);
            branch.setTimeZone(IndonesianZone.WITA.id());
            return branches.save(branch);
        });
    }

    private static SurveyResponse answers() {
        var response = new SurveyResponse();
        response.setChannel(SurveyChannel.JMO);
        response.setGender(Gender.L);
        response.setAge(41);
        response.setEducation(Education.S1);
        response.setOccupation(Occupation.SWASTA);
        response.setScoreComplexity(3);
        response.setOverallSatisfaction(4);
        response.setIkmAnswers(3, 3, 3, 3, 3, 3, 3, 3, 3);
        response.setComment("Dikirim dini hari");
        return response;
    }

    private LocalDateTime lastSubmission(Branch branch) {
        return jdbc.queryForObject("select submitted_at from survey_response where branch_id = ? order by id desc"
                + " limit 1", LocalDateTime.class, branch.getId());
    }

    private static Complaint draft(LocalDateTime receivedAt) {
        var complaint = new Complaint();
        complaint.setReceivedAt(receivedAt);
        complaint.setChannel(ComplaintChannel.COUNTER);
        complaint.setKpjNumber("12345678901");
        complaint.setCategory(ComplaintCategory.HARD_TO_USE);
        complaint.setAttribute(RogersAttribute.COMPLEXITY);
        complaint.setDescription("Peserta datang pagi-pagi, aplikasi tidak bisa masuk");
        return complaint;
    }

    private PublicSurveyService.Outcome submit(String branch, String address) {
        var phone = new SurveyClient(address, UUID.randomUUID().toString(), false, null);
        return surveys.submit(branch, answers(), phone, java.util.Objects.requireNonNull(
                surveys.open(branch, phone).token()));
    }

    @Test
    void a_survey_sent_at_01_55_wib_is_stored_as_01_55_for_a_wib_branch_and_02_55_for_a_wita_branch() {
        var pwt = branches.byCode("PWT").orElseThrow();
        assertThat(submit("PWT", "10.9.0.1"))
                .isEqualTo(PublicSurveyService.Outcome.STORED);
        assertThat(lastSubmission(pwt)).isEqualTo(LocalDateTime.of(2026, 11, 30, 1, 55));

        var mks = makassar();
        assertThat(submit("MKS", "10.9.0.2"))
                .isEqualTo(PublicSurveyService.Outcome.STORED);
        assertThat(lastSubmission(mks)).isEqualTo(LocalDateTime.of(2026, 11, 30, 2, 55));
    }

    @Test
    @WithUserDetails("petugas")
    void a_complaint_received_at_01_00_wib_is_not_in_the_future_but_one_at_02_30_wib_is() {
        var saved = complaints.create(draft(LocalDateTime.of(2026, 11, 30, 1, 0)));
        assertThat(jdbc.queryForObject("select received_at from complaint where id = ?", LocalDateTime.class,
                saved.getId())).isEqualTo(LocalDateTime.of(2026, 11, 30, 1, 0));
        assertThat(saved.getTicketNumber()).startsWith("PWT-2026-");

        assertThatThrownBy(() -> complaints.create(draft(LocalDateTime.of(2026, 11, 30, 2, 30))))
                .isInstanceOf(ComplaintException.class)
                .extracting(e -> ((ComplaintException) e).messageKey()).isEqualTo("timezone.receivedInFuture");
    }

    @Test
    @WithUserDetails("admin")
    void at_01_55_wib_a_wita_branch_may_record_a_complaint_received_at_02_30_its_time() {
        var draft = draft(LocalDateTime.of(2026, 11, 30, 2, 30));
        draft.setBranch(makassar());
        var saved = complaints.create(draft);
        assertThat(saved.getReceivedAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 2, 30));
    }

    @Test
    @WithUserDetails("petugas")
    void today_is_30_november_for_the_service_and_for_a_wib_staff_member() {
        assertThat(time.today()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(branchScope.today()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(complaints.nowAt(null)).isEqualTo(LocalDateTime.of(2026, 11, 30, 1, 55));
    }

    @Test
    @WithUserDetails("petugas")
    void a_complaint_received_on_friday_afternoon_is_one_working_day_old_at_01_55_on_monday() {
        var saved = complaints.create(draft(LocalDateTime.of(2026, 11, 27, 16, 0)));
        var today = complaints.now(saved).toLocalDate();
        // in a UTC JVM the old code said Sunday 29 November here, and the age 0
        assertThat(today).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(records.ageInWorkingDays(saved, today)).isEqualTo(1);
    }

    @Test
    void the_los_angeles_run_really_runs_in_los_angeles() {
        // the surefire execution passes the zone it asked for; without it (the ordinary run) there is nothing to check
        var asked = System.getProperty("jmo.test.jvm-zone");
        assumeTrue(asked != null, "not the time-zone execution");
        assertThat(TimeZone.getDefault().getID()).isEqualTo(asked);
        assertThat(LocalDate.now(Clock.fixed(SENT, TimeZone.getDefault().toZoneId())))
                .as("the JVM's own date differs from WIB's here, so the answers above are a real check")
                .isEqualTo(LocalDate.of(2026, 11, 29));
    }
}
