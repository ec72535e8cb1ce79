package id.bpjs.jmo.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.complaint.ComplaintService;
import id.bpjs.jmo.complaint.ComplaintStatistics;
import id.bpjs.jmo.complaint.ContactKind;
import id.bpjs.jmo.complaint.SurveyFollowUps;
import id.bpjs.jmo.settings.AppSettings;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The closed loop with the participant (issue 16 §3): a low overall score with consent becomes a follow-up case in
 * the complaint workflow; the contact is masked, revealed with a record, erased after the retention; the dashboard
 * counts the cases settled within the limit. Each test works on a branch of its own.
 */
@SpringBootTest
@ActiveProfiles("test")
class SurveyFollowUpTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    PublicSurveyService service;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintStatistics statistics;
    @Autowired
    SurveyFollowUps followUps;
    @Autowired
    AppSettings settings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    id.bpjs.jmo.complaint.ComplaintAggregates aggregates;

    /**
     * The tests move cases in time and settle them with SQL; the daily aggregates are rebuilt afterwards so the other
     * tests sharing this context (which compare aggregates with the raw rows) see them exact.
     */
    @org.junit.jupiter.api.AfterEach
    void keepTheAggregatesExact() {
        aggregates.rebuild();
    }

    private String newBranch() {
        // A code no other test of this shared database holds yet: a counter, skipping codes already stored (a random
        // offset here once made two tests pick the same code, a flaky duplicate-key failure).
        String code;
        do {
            int n = NEXT.incrementAndGet();
            code = "F" + (char) ('A' + n / 676 % 26) + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26) + "Q";
        } while (jdbc.queryForObject("select count(*) from branch where code = ?", Integer.class, code) > 0);
        jdbc.update("insert into branch (code, name, regional_office, served_per_month) values (?, ?, ?, ?)", code,
                "Uji " + code, "Kanwil Uji", 1000);
        return code;
    }

    private static SurveyResponse answers(int overall) {
        var response = new SurveyResponse();
        response.setChannel(SurveyChannel.JMO);
        response.setGender(Gender.L);
        response.setAge(52);
        response.setEducation(Education.SMA);
        response.setOccupation(Occupation.SWASTA);
        response.setScoreRelativeAdvantage(3);
        response.setScoreCompatibility(2);
        response.setScoreComplexity(1);
        response.setScoreTrialability(2);
        response.setScoreObservability(3);
        response.setOverallSatisfaction(overall);
        response.setComment("Verifikasi wajah gagal terus");
        return response;
    }

    private PublicSurveyService.Outcome submit(String branch, int overall, FollowUpConsent consent) {
        var client = new SurveyClient("10.9." + NEXT.incrementAndGet() % 250 + ".1", UUID.randomUUID().toString(),
                false, null);
        var opening = service.open(branch, client);
        return service.submit(branch, answers(overall), consent, client, opening.token());
    }

    private long cases(String branch) {
        return jdbc.queryForObject("select count(*) from complaint c join branch b on b.id = c.branch_id where"
                + " b.code = ? and c.channel = 'SURVEY'", Long.class, branch);
    }

    private long responses(String branch) {
        return jdbc.queryForObject("select count(*) from survey_response r join branch b on b.id = r.branch_id where"
                + " b.code = ?", Long.class, branch);
    }

    private long caseId(String branch) {
        return jdbc.queryForObject("select max(c.id) from complaint c join branch b on b.id = c.branch_id where"
                + " b.code = ? and c.channel = 'SURVEY'", Long.class, branch);
    }

    @Test
    void a_low_score_with_consent_opens_a_follow_up_case_with_the_contact_masked_and_the_lowest_item_as_attribute() {
        var branch = newBranch();

        var outcome = submit(branch, 2, new FollowUpConsent(true, "+62 812-3456-7890"));

        assertThat(outcome).isEqualTo(PublicSurveyService.Outcome.STORED);
        assertThat(cases(branch)).isOne();
        var row = jdbc.queryForMap("select c.* from complaint c join branch b on b.id = c.branch_id where b.code = ?",
                branch);
        assertThat(row.get("category")).isEqualTo("SURVEY_FOLLOW_UP");
        assertThat(row.get("status")).isEqualTo("NEW");
        assertThat(row.get("kpj_number")).isNull();
        assertThat(row.get("participant_contact")).as("normalised").isEqualTo("081234567890");
        assertThat(row.get("contact_kind")).isEqualTo("PHONE");
        assertThat(row.get("attribute")).isEqualTo(RogersAttribute.COMPLEXITY.name());
        assertThat(row.get("ticket_number").toString()).startsWith(branch + "-");
        var responseId = jdbc.queryForObject("select max(r.id) from survey_response r join branch b on"
                + " b.id = r.branch_id where b.code = ?", Long.class, branch);
        assertThat(((Number) row.get("survey_response_id")).longValue()).isEqualTo(responseId);
        assertThat(jdbc.queryForObject("select changed_by from complaint_history where complaint_id = ? and"
                + " field = 'created'", String.class, row.get("id"))).isEqualTo(SurveyFollowUps.RECORDED_BY);
        assertThat(ContactKind.PHONE.mask("081234567890")).isEqualTo("*********890");
        assertThat(ContactKind.EMAIL.mask("budi.santoso@contoh.id")).isEqualTo("b***@contoh.id");
    }

    @Test
    void a_low_score_without_consent_or_a_middle_score_opens_no_case() {
        var branch = newBranch();

        assertThat(submit(branch, 1, FollowUpConsent.NONE)).isEqualTo(PublicSurveyService.Outcome.STORED);
        assertThat(submit(branch, 3, FollowUpConsent.NONE)).isEqualTo(PublicSurveyService.Outcome.STORED);

        assertThat(responses(branch)).isEqualTo(2);
        assertThat(cases(branch)).isZero();
    }

    @Test
    void an_unusable_follow_up_request_is_refused_with_its_message_key_and_nothing_is_stored() {
        var branch = newBranch();

        assertThatThrownBy(() -> submit(branch, 2, new FollowUpConsent(false, "081234567890")))
                .isInstanceOf(FollowUpConsent.Invalid.class).hasMessage("survey.followUp.consentMissing");
        assertThatThrownBy(() -> submit(branch, 2, new FollowUpConsent(true, " ")))
                .isInstanceOf(FollowUpConsent.Invalid.class).hasMessage("survey.followUp.contactMissing");
        assertThatThrownBy(() -> submit(branch, 1, new FollowUpConsent(true, "12345")))
                .isInstanceOf(FollowUpConsent.Invalid.class).hasMessage("survey.followUp.contactInvalid");
        assertThatThrownBy(() -> submit(branch, 4, new FollowUpConsent(true, "budi@contoh.id")))
                .isInstanceOf(FollowUpConsent.Invalid.class).hasMessage("survey.followUp.notLowScore");

        assertThat(responses(branch)).as("no response stored for a refused submission").isZero();
        assertThat(cases(branch)).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void revealing_the_contact_is_recorded_and_the_masked_form_is_what_the_case_shows() {
        var branch = newBranch();
        submit(branch, 1, new FollowUpConsent(true, "Budi.Santoso@Contoh.ID"));
        long id = caseId(branch);
        var shown = complaints.find(id).orElseThrow();
        assertThat(shown.getMaskedIdentifier()).isEqualTo("b***@contoh.id");

        var full = complaints.revealContact(id);

        assertThat(full).isEqualTo("budi.santoso@contoh.id");
        assertThat(jdbc.queryForObject("select revealed_by from contact_reveal where complaint_id = ?", String.class,
                id)).isEqualTo("admin");
    }

    @Test
    @WithUserDetails("manajer")
    void a_manager_reads_the_case_but_may_not_reveal_the_contact() {
        var branch = newBranch();
        submit(branch, 1, new FollowUpConsent(true, "081298765432"));
        long id = caseId(branch);
        assertThat(complaints.find(id)).isPresent();

        assertThatThrownBy(() -> complaints.revealContact(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from contact_reveal where complaint_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    @WithUserDetails("admin")
    void contacts_are_erased_after_the_retention_an_admin_set_and_not_before() {
        var branch = newBranch();
        submit(branch, 2, new FollowUpConsent(true, "081211112222"));
        long settledLongAgo = caseId(branch);
        submit(branch, 2, new FollowUpConsent(true, "081233334444"));
        long settledRecently = caseId(branch);
        submit(branch, 1, new FollowUpConsent(true, "081255556666"));
        long stillOpen = caseId(branch);
        var now = LocalDateTime.of(2026, 11, 27, 2, 30);
        settle(settledLongAgo, now.minusDays(20));
        settle(settledRecently, now.minusDays(9));
        jdbc.update("update complaint set received_at = ? where id = ?", Timestamp.valueOf(now.minusDays(60)),
                stillOpen);

        followUps.setRetentionDays(10);
        int erased = followUps.eraseExpiredContacts(now);

        assertThat(erased).isGreaterThanOrEqualTo(1);
        assertThat(contact(settledLongAgo)).isNull();
        assertThat(jdbc.queryForObject("select contact_erased_at from complaint where id = ?", Timestamp.class,
                settledLongAgo)).isEqualTo(Timestamp.valueOf(now));
        assertThat(contact(settledRecently)).as("settled 9 days ago, retention 10").isEqualTo("081233334444");
        assertThat(contact(stillOpen)).as("an open case keeps its contact").isEqualTo("081255556666");
        assertThat(jdbc.queryForObject("select count(*) from complaint_history where complaint_id = ? and field ="
                + " 'participantContact' and changed_by = ?", Long.class, settledLongAgo, SurveyFollowUps.ERASED_BY))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from settings_change where item = ? and new_value = '10'",
                Long.class, AppSettings.FOLLOW_UP_RETENTION_DAYS)).as("the retention change is traced").isPositive();
        assertThatThrownBy(() -> followUps.setRetentionDays(0)).hasMessage("settings.retention.range");
        followUps.setRetentionDays(AppSettings.FOLLOW_UP_RETENTION_DEFAULT);
    }

    @Test
    void the_dashboard_counts_follow_ups_settled_within_the_resolution_limit_with_their_n() {
        var branch = newBranch();
        for (int i = 0; i < 4; i++) {
            submit(branch, 2, new FollowUpConsent(true, "08129999000" + i));
        }
        var ids = jdbc.queryForList("select c.id from complaint c join branch b on b.id = c.branch_id where b.code = ?"
                + " order by c.id", Long.class, branch);
        // received Monday 5 Oct 2026 (no holiday that week or the next two)
        var monday = LocalDate.of(2026, 10, 5).atTime(9, 0);
        for (long id : ids) {
            jdbc.update("update complaint set received_at = ? where id = ?", Timestamp.valueOf(monday), id);
        }
        settle(ids.get(0), LocalDate.of(2026, 10, 7).atTime(10, 0)); // 2 working days: within 5
        settle(ids.get(1), LocalDate.of(2026, 10, 12).atTime(10, 0)); // 5 working days: within 5
        settle(ids.get(2), LocalDate.of(2026, 10, 16).atTime(10, 0)); // 9 working days: late
        // ids.get(3) stays open: overdue on 27 Nov
        long branchId = jdbc.queryForObject("select id from branch where code = ?", Long.class, branch);

        var figures = statistics.followUps(new RecordFilter(new DateRange(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31)), branchId, null), LocalDate.of(2026, 11, 27));

        assertThat(figures).isEqualTo(new ComplaintStatistics.FollowUps(4, 2, 1, 1, 1));
        var before = statistics.followUps(new RecordFilter(new DateRange(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30)), branchId, null), LocalDate.of(2026, 11, 27));
        assertThat(before.cases()).isZero();
    }

    private void settle(long id, LocalDateTime at) {
        jdbc.update("update complaint set status = 'RESOLVED', first_response_at = ?, resolved_at = ?,"
                + " resolution_note = 'Peserta dihubungi' where id = ?", Timestamp.valueOf(at), Timestamp.valueOf(at),
                id);
    }

    private String contact(long id) {
        return jdbc.queryForObject("select participant_contact from complaint where id = ?", String.class, id);
    }
}
