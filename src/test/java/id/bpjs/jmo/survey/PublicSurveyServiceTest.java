package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.time.ServiceTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The public survey's abuse handling, without a login. */
@SpringBootTest
@ActiveProfiles("test")
class PublicSurveyServiceTest {

    @Autowired
    PublicSurveyService service;
    @Autowired
    SurveyStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SubmissionLimiter limiter;
    @Autowired
    KioskService kiosks;

    /** A phone of its own at an address of its own, so tests sharing the database do not share allowances. */
    private static SurveyClient newPhone() {
        return newPhoneAt(newAddress());
    }

    private static SurveyClient newPhoneAt(String address) {
        return new SurveyClient(address, UUID.randomUUID().toString(), false, null);
    }

    private static String newAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** Opens the page and fills it in: the way every participant submits. */
    private PublicSurveyService.Outcome fillIn(String branch, SurveyClient client) {
        var opening = service.open(branch, client);
        assertThat(opening.allowed()).as("the page offers a form").isTrue();
        return service.submit(branch, answers(), client, opening.token());
    }

    private static SurveyResponse answers() {
        var response = new SurveyResponse();
        response.setChannel(SurveyChannel.JMO);
        response.setGender(Gender.P);
        response.setAge(29);
        response.setEducation(Education.S1);
        response.setOccupation(Occupation.SWASTA);
        response.setScoreComplexity(2);
        response.setOverallSatisfaction(4);
        response.setIkmAnswers(3, 3, 3, 4, 3, 3, 4, 3, 2);
        response.setComment("Klaim cepat, tapi verifikasi wajah susah");
        return response;
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from survey_response", Long.class);
    }

    @Test
    void the_public_form_still_requires_the_rogers_part_and_the_channel_that_imports_may_leave_out() {
        long before = stored();
        var plain = answers();
        plain.setChannel(null);
        plain.setOverallSatisfaction(null);
        plain.setScoreComplexity(null);
        assertThatThrownBy(() -> service.submit("CLP", plain, newPhone(), UUID.randomUUID().toString()))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("channel").hasMessageContaining("overallSatisfaction")
                .hasMessageContaining("scoreComplexity");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_submission_is_stored_and_the_dashboard_counts_it_at_once() {
        var today = new RecordFilter(new DateRange(LocalDate.now(ServiceTime.DEFAULT_ZONE), LocalDate.now(ServiceTime.DEFAULT_ZONE)), null, null);
        var totalsBefore = statistics.totals(today);
        long before = totalsBefore.responses();
        assertThat(fillIn("CLP", newPhone())).isEqualTo(PublicSurveyService.Outcome.STORED);
        var after = statistics.totals(today);
        assertThat(after.responses()).isEqualTo(before + 1);
        // the IKM report counts the respondent too (it reads the same aggregates)
        assertThat(after.ikmResponses()).isEqualTo(totalsBefore.ikmResponses() + 1);
    }

    @Test
    void a_double_submit_of_the_same_form_stores_one_response() {
        var phone = newPhone();
        var token = service.open("TGL", phone).token();
        long before = stored();
        assertThat(service.submit("TGL", answers(), phone, token)).isEqualTo(PublicSurveyService.Outcome.STORED);
        assertThat(service.submit("TGL", answers(), phone, token))
                .isEqualTo(PublicSurveyService.Outcome.ALREADY_STORED);
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void a_form_token_works_once_and_only_for_its_branch() {
        var phone = newPhone();
        var token = service.open("PKL", phone).token();
        long before = stored();
        // a token of another branch, or one never issued, stores nothing and uses no allowance
        assertThat(service.submit("MGL", answers(), phone, token)).isEqualTo(PublicSurveyService.Outcome.FORM_EXPIRED);
        assertThat(service.submit("PKL", answers(), phone, "made-up-" + UUID.randomUUID()))
                .isEqualTo(PublicSurveyService.Outcome.FORM_EXPIRED);
        assertThat(service.submit("PKL", answers(), phone, token)).isEqualTo(PublicSurveyService.Outcome.STORED);
        assertThat(service.submit("PKL", answers(), phone, token))
                .isEqualTo(PublicSurveyService.Outcome.ALREADY_STORED);
        assertThat(stored()).isEqualTo(before + 1);
        assertThat(limiter.check(phone, null).allowed()).isTrue();
    }

    @Test
    void a_device_gets_its_allowance_and_is_told_when_the_page_opens_once_it_is_used_up() {
        var phone = newPhone();
        int perDevice = limiter.limits().perDevice();
        // a form opened while there was still allowance, sent after the allowance ran out
        var openedEarlier = service.open("PKL", phone).token();
        long before = stored();
        for (int i = 0; i < perDevice; i++) {
            assertThat(fillIn("PKL", phone)).as("submission %d", i + 1).isEqualTo(PublicSurveyService.Outcome.STORED);
        }
        var opening = service.open("PKL", phone);
        assertThat(opening.allowed()).isFalse();
        assertThat(opening.token()).isNull();
        assertThat(opening.retryAfter()).isPositive();
        assertThat(service.submit("PKL", answers(), phone, openedEarlier))
                .isEqualTo(PublicSurveyService.Outcome.RATE_LIMITED);
        assertThat(stored()).isEqualTo(before + perDevice);
        // another phone at the same address is not affected
        assertThat(fillIn("PKL", newPhoneAt(phone.address()))).isEqualTo(PublicSurveyService.Outcome.STORED);
    }

    @Test
    void a_nat_address_with_many_devices_is_not_blocked_at_the_eleventh_participant() {
        var branchWifi = newAddress();
        long before = stored();
        for (int participant = 1; participant <= 30; participant++) {
            assertThat(fillIn("SMG", newPhoneAt(branchWifi))).as("participant %d", participant)
                    .isEqualTo(PublicSurveyService.Outcome.STORED);
        }
        assertThat(stored()).isEqualTo(before + 30);
    }

    @Test
    void a_script_that_drops_its_cookies_is_stopped_by_the_address_allowance() {
        var address = newAddress();
        int perAddress = limiter.limits().perAddress();
        int stored = 0;
        for (int i = 0; i < perAddress + 5; i++) {
            var freshDevice = newPhoneAt(address);
            var opening = service.open("CLP", freshDevice);
            if (opening.allowed()
                    && service.submit("CLP", answers(), freshDevice, opening.token()) == PublicSurveyService.Outcome.STORED) {
                stored++;
            }
        }
        assertThat(stored).isEqualTo(perAddress);
    }

    @Test
    void an_invalid_submission_uses_no_allowance() {
        var phone = newPhone();
        int perDevice = limiter.limits().perDevice();
        for (int i = 0; i < perDevice * 2; i++) {
            var bad = answers();
            bad.setAge(3);
            var token = service.open("TGL", phone).token();
            assertThatThrownBy(() -> service.submit("TGL", bad, phone, token))
                    .isInstanceOf(ConstraintViolationException.class);
        }
        for (int i = 0; i < perDevice; i++) {
            assertThat(fillIn("TGL", phone)).as("valid submission %d", i + 1)
                    .isEqualTo(PublicSurveyService.Outcome.STORED);
        }
    }

    @Test
    @WithUserDetails("admin")
    void a_registered_kiosk_is_not_throttled_by_its_address_or_device() {
        var counter = newAddress();
        // the counter's address has used up its allowance (e.g. the branch Wi-Fi on a busy day)
        while (limiter.tryAcquire(newPhoneAt(counter), null)) {
            // keep counting until the address allowance is gone
        }
        assertThat(service.open("PWT", newPhoneAt(counter)).allowed()).isFalse();

        var registration = kiosks.register("Tablet loket 1", "PWT");
        var tablet = new SurveyClient(counter, UUID.randomUUID().toString(), true, registration.secret());
        long before = stored();
        int participants = limiter.limits().perDevice() + 5;
        for (int i = 0; i < participants; i++) {
            assertThat(fillIn("PWT", tablet)).as("participant %d", i + 1).isEqualTo(PublicSurveyService.Outcome.STORED);
        }
        assertThat(stored()).isEqualTo(before + participants);
        assertThat(kiosks.list()).filteredOn(k -> k.id() == registration.kiosk().id()).singleElement()
                .satisfies(k -> assertThat(k.lastUsedAt()).isNotNull());

        // without ?kiosk=1, at another branch, or once revoked, the tablet is an ordinary device on that address
        var notKioskMode = new SurveyClient(counter, tablet.deviceId(), false, registration.secret());
        assertThat(service.open("PWT", notKioskMode).allowed()).isFalse();
        assertThat(service.open("CLP", tablet).allowed()).isFalse();
        kiosks.revoke(registration.kiosk().id());
        assertThat(service.open("PWT", tablet).allowed()).isFalse();
    }

    @Test
    void out_of_range_or_oversized_answers_are_refused_and_nothing_is_stored() {
        long before = stored();
        var bad = answers();
        bad.setScoreObservability(7);
        bad.setComment("x".repeat(2001));
        var phone = newPhone();
        var token = service.open("SMG", phone).token();
        assertThatThrownBy(() -> service.submit("SMG", bad, phone, token))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                        e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                        .containsExactlyInAnyOrder("scoreObservability", "comment"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void an_unknown_branch_stores_nothing() {
        assertThat(service.submit("XYZ", answers(), newPhone(), UUID.randomUUID().toString()))
                .isEqualTo(PublicSurveyService.Outcome.UNKNOWN_BRANCH);
    }
}
