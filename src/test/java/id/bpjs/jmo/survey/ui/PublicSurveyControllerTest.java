package id.bpjs.jmo.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.bpjs.jmo.survey.KioskService;
import id.bpjs.jmo.survey.PublicSurveyForm;
import id.bpjs.jmo.survey.SubmissionLimiter;
import id.bpjs.jmo.survey.SurveyClient;
import id.bpjs.jmo.survey.SurveyService;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The light public survey page over its whole request path (security filter chain, controller, template, service,
 * database), as a browser without JavaScript uses it: open the page, post the form, read the answer.
 */
@SpringBootTest
@ActiveProfiles("test")
class PublicSurveyControllerTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]*)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern LANGUAGE_LINK = Pattern.compile(
            "<a [^>]*href=\"([^\"]*)\"[^>]*id=\"survey-language\"");

    @Autowired
    WebApplicationContext context;
    @MockitoSpyBean
    SurveyService surveys;
    @Autowired
    SubmissionLimiter limiter;
    @Autowired
    KioskService kiosks;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void build() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** One phone: an address and a cookie jar of its own, so tests sharing the database do not share allowances. */
    final class Phone {
        final String address;
        final Map<String, Cookie> cookies = new LinkedHashMap<>();
        String page = "";

        Phone() {
            this("10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
                    + "." + ThreadLocalRandom.current().nextInt(1, 255));
        }

        Phone(String address) {
            this.address = address;
        }

        MockHttpServletResponse open(String path) throws Exception {
            var response = mvc.perform(get(path).cookie(jar()).with(r -> {
                r.setRemoteAddr(address);
                return r;
            })).andReturn().getResponse();
            keep(response);
            page = response.getContentAsString();
            return response;
        }

        MockHttpServletResponse send(String path, Map<String, String> answers) throws Exception {
            return send(path, answers, true);
        }

        MockHttpServletResponse send(String path, Map<String, String> answers, boolean withCsrf) throws Exception {
            var request = post(path).cookie(jar()).with(r -> {
                r.setRemoteAddr(address);
                return r;
            }).param("token", find(TOKEN));
            if (withCsrf) {
                request.param("_csrf", find(CSRF));
            }
            // the page's hidden fields, as a browser posts them
            if (page.contains("name=\"lang\" value=\"en\"")) {
                request.param("lang", "en");
            }
            if (page.contains("name=\"kiosk\" value=\"1\"")) {
                request.param("kiosk", "1");
            }
            answers.forEach(request::param);
            var response = mvc.perform(request).andReturn().getResponse();
            keep(response);
            page = response.getContentAsString();
            return response;
        }

        String find(Pattern pattern) {
            var matcher = pattern.matcher(page);
            assertThat(matcher.find()).as("the page carries " + pattern).isTrue();
            return matcher.group(1);
        }

        private Cookie[] jar() {
            return cookies.isEmpty() ? new Cookie[] {new Cookie("none", "none")} : cookies.values()
                    .toArray(Cookie[]::new);
        }

        private void keep(MockHttpServletResponse response) {
            for (var cookie : response.getCookies()) {
                cookies.put(cookie.getName(), cookie);
            }
        }
    }

    /** Everything a participant answers, with a comment that marks this test's response. */
    private static Map<String, String> complete(String comment) {
        var answers = new LinkedHashMap<String, String>();
        answers.put("consent", "on");
        answers.put("channel", "COUNTER");
        answers.put("gender", "P");
        answers.put("age", "61");
        answers.put("education", "SMA");
        answers.put("occupation", "LAINNYA");
        answers.put("usesJmo", "false");
        PublicSurveyForm.ROGERS.forEach(field -> answers.put(field, "4"));
        answers.put("overallSatisfaction", "5");
        answers.put("recommendScore", "9");
        answers.put("comment", comment);
        return answers;
    }

    /**
     * The thank-you address a post was answered with: the post is answered with the thank-you page itself (no
     * redirect, one round trip on a phone network), which names its own address in {@code Content-Location} and
     * for the script that puts it in the browser's history. Fails when the answer is not the thank-you page.
     */
    private static String thanked(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        var page = response.getContentAsString();
        assertThat(page).contains("id=\"survey-thanks\"");
        var address = response.getHeader("Content-Location");
        assertThat(address).as("Content-Location").isNotNull();
        assertThat(page).contains("data-thanks-url=\"" + address.replace("&", "&amp;") + "\"");
        return address;
    }

    private long stored(String comment) {
        return jdbc.queryForObject("select count(*) from survey_response where comment = ?", Long.class, comment);
    }

    @Test
    void a_complete_form_is_stored_once_and_thanked_and_the_same_form_cannot_store_again() throws Exception {
        var comment = "Loket ramah " + UUID.randomUUID();
        var phone = new Phone();
        assertThat(phone.open("/survei/pkl").getStatus()).isEqualTo(200);
        assertThat(phone.page).contains("Survei Kepuasan Peserta", "Pekalongan", "sekitar 4 menit");

        var form = phone.page;
        var sent = phone.send("/survei/PKL", complete(comment));
        assertThat(thanked(sent)).isEqualTo("/survei/PKL/terima-kasih");
        assertThat(phone.page).contains("Terima kasih!").doesNotContain("survey-follow-up-thanks");
        assertThat(stored(comment)).isEqualTo(1);
        assertThat(jdbc.queryForMap("select age, channel, uses_jmo, recommend_score, overall_satisfaction, u1"
                + " from survey_response where comment = ?", comment)).containsEntry("age", 61)
                .containsEntry("channel", "COUNTER").containsEntry("uses_jmo", false)
                .containsEntry("recommend_score", 9).containsEntry("overall_satisfaction", 5).containsEntry("u1", null);

        // the same page posted again (back button, double tap, a reload that posts again): nothing more is stored
        phone.page = form;
        var again = phone.send("/survei/PKL", complete(comment));
        assertThat(thanked(again)).isEqualTo("/survei/PKL/terima-kasih");
        assertThat(stored(comment)).isEqualTo(1);

        // the thank-you address itself, which a reload of the thanked page asks for
        phone.open("/survei/PKL/terima-kasih");
        assertThat(phone.page).contains("id=\"survey-thanks\"", "Terima kasih!");
        assertThat(stored(comment)).isEqualTo(1);
    }

    @Test
    void a_made_up_form_token_is_refused_and_the_answers_stay_for_one_more_press() throws Exception {
        var comment = "Token palsu " + UUID.randomUUID();
        var phone = new Phone();
        phone.open("/survei/PKL");
        phone.page = phone.page.replaceFirst("name=\"token\" value=\"[^\"]*\"", "name=\"token\" value=\"made-up\"");

        var refused = phone.send("/survei/PKL", complete(comment));

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(stored(comment)).isZero();
        assertThat(phone.page).contains("id=\"survey-notice\"", "terlalu lama terbuka");
        assertThat(phone.find(TOKEN)).isNotEqualTo("made-up");
        assertThat(phone.page).contains("value=\"61\"");
        assertThat(thanked(phone.send("/survei/PKL", complete(comment)))).isEqualTo("/survei/PKL/terima-kasih");
        assertThat(stored(comment)).isEqualTo(1);
    }

    static Stream<Arguments> invalid_answers() {
        var cases = new ArrayList<Arguments>();
        for (var field : PublicSurveyForm.REQUIRED) {
            cases.add(Arguments.of(field, Map.of(field, ""), field.equals("age") ? "Isi usia dengan angka"
                    : field.equals("consent") ? "Centang kotak ini" : "Pilih salah satu jawaban"));
        }
        cases.add(Arguments.of("age", Map.of("age", "enam puluh"), "Isi usia dengan angka, 15–100 tahun"));
        cases.add(Arguments.of("age", Map.of("age", "120"), "Isi usia dengan angka, 15–100 tahun"));
        cases.add(Arguments.of("age", Map.of("age", "9"), "Isi usia dengan angka, 15–100 tahun"));
        cases.add(Arguments.of("channel", Map.of("channel", "FAX"), "Pilih salah satu jawaban"));
        cases.add(Arguments.of("scoreComplexity", Map.of("scoreComplexity", "7"), "Pilih salah satu jawaban"));
        cases.add(Arguments.of("recommendScore", Map.of("recommendScore", "11"), "Pilih salah satu jawaban"));
        cases.add(Arguments.of("u1", Map.of("u1", "5", "u2", "3", "u3", "3", "u4", "3", "u5", "3", "u6", "3",
                "u7", "3", "u8", "3", "u9", "3"), "Pilih salah satu jawaban"));
        cases.add(Arguments.of("u9", Map.of("u1", "3", "u2", "3", "u3", "3", "u4", "3", "u5", "3", "u6", "3",
                "u7", "3", "u8", "3"), "kosongkan kesembilan pertanyaan"));
        cases.add(Arguments.of("comment", Map.of("comment", "x".repeat(2001)), "maksimal 2000 karakter"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalid_answers")
    void an_invalid_answer_is_named_at_its_field_and_in_the_summary_and_nothing_is_stored(String field,
            Map<String, String> change, String message) throws Exception {
        var comment = "Salah isi " + UUID.randomUUID();
        var answers = complete(comment);
        answers.putAll(change);
        if (field.equals("comment")) {
            comment = answers.get("comment");
        }
        var phone = new Phone();
        phone.open("/survei/PKL");

        var response = phone.send("/survei/PKL", answers);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(stored(comment)).isZero();
        var atField = Pattern.compile("<p class=\"q-error\" id=\"err-" + field + "\">([^<]*)</p>").matcher(phone.page);
        assertThat(atField.find()).as("error at " + field).isTrue();
        assertThat(atField.group(1)).contains(message);
        assertThat(phone.page).contains("id=\"error-summary\"", "Jawaban yang perlu dilengkapi: 1",
                "<li data-field=\"" + field + "\">", "href=\"#f-" + field);
        // the other answers are kept, the field is marked for assistive technology too
        var kept = field.equals("gender") ? "channel" : "gender";
        assertThat(phone.page).containsPattern("id=\"f-" + kept + "-1\"[^>]*checked");
        assertThat(phone.page).containsPattern("id=\"f-" + field + "(-0)?\"[^>]*aria-invalid=\"true\"");
    }

    @Test
    void a_low_score_with_consent_and_a_phone_number_opens_a_follow_up_case_and_the_thanks_say_so() throws Exception {
        var comment = "Lama sekali " + UUID.randomUUID();
        var answers = complete(comment);
        answers.put("overallSatisfaction", "1");
        answers.put(PublicSurveyForm.FOLLOW_UP_CONSENT, "on");
        answers.put(PublicSurveyForm.FOLLOW_UP_CONTACT, "0812 3456 7890");
        var phone = new Phone();
        phone.open("/survei/PKL");
        // the offer and the consent sentence with the retention are on the page (shown by the script for 1–2)
        assertThat(phone.page).contains("id=\"q-followUpConsent\"", "UU No. 27 Tahun 2022", "id=\"f-followUpContact\"");

        var sent = phone.send("/survei/PKL", answers);

        assertThat(thanked(sent)).isEqualTo("/survei/PKL/terima-kasih?tindaklanjut=1");
        assertThat(phone.page).contains("id=\"survey-follow-up-thanks\"");
        var response = jdbc.queryForObject("select id from survey_response where comment = ?", Long.class, comment);
        assertThat(jdbc.queryForMap("select channel, category, contact_kind, participant_contact from complaint"
                + " where survey_response_id = ?", response)).containsEntry("channel", "SURVEY")
                .containsEntry("category", "SURVEY_FOLLOW_UP").containsEntry("contact_kind", "PHONE")
                .containsEntry("participant_contact", "081234567890");
        phone.open("/survei/PKL/terima-kasih?tindaklanjut=1");
        assertThat(phone.page).contains("id=\"survey-follow-up-thanks\"");
    }

    @Test
    void the_language_link_on_the_thanks_shows_the_same_thanks_in_the_other_language_and_sends_nothing()
            throws Exception {
        var comment = "Ganti bahasa " + UUID.randomUUID();
        var answers = complete(comment);
        answers.put("overallSatisfaction", "1");
        answers.put(PublicSurveyForm.FOLLOW_UP_CONSENT, "on");
        answers.put(PublicSurveyForm.FOLLOW_UP_CONTACT, "0812 3456 7890");
        var phone = new Phone();
        phone.open("/survei/PKL");
        // the post is answered with the thank-you page itself
        assertThat(phone.send("/survei/PKL", answers).getStatus()).isEqualTo(200);
        assertThat(phone.page).contains("id=\"survey-thanks\"");

        // only the language and the follow-up flag travel: no answer, no contact, no form token
        assertThat(phone.find(LANGUAGE_LINK)).isEqualTo("/survei/PKL/terima-kasih?lang=en&amp;tindaklanjut=1");
        assertThat(phone.open("/survei/PKL/terima-kasih?lang=en&tindaklanjut=1").getStatus()).isEqualTo(200);
        assertThat(phone.page).contains("id=\"survey-thanks\"", "Thank you!", "We have received your answers.",
                "id=\"survey-follow-up-thanks\"", "Branch staff will contact you").doesNotContain("name=\"token\"");
        assertThat(phone.find(LANGUAGE_LINK)).isEqualTo("/survei/PKL/terima-kasih?tindaklanjut=1");
        assertThat(stored(comment)).isEqualTo(1);
        var response = jdbc.queryForObject("select id from survey_response where comment = ?", Long.class, comment);
        assertThat(jdbc.queryForObject("select count(*) from complaint where survey_response_id = ?", Long.class,
                response)).isEqualTo(1);

        // on a counter tablet the other language stays in kiosk mode (and so still starts a fresh form by itself)
        phone.open("/survei/PKL/terima-kasih?kiosk=1");
        assertThat(phone.find(LANGUAGE_LINK)).isEqualTo("/survei/PKL/terima-kasih?lang=en&amp;kiosk=1");
    }

    @Test
    void a_contact_without_consent_is_named_at_the_consent_and_nothing_is_stored() throws Exception {
        var comment = "Tanpa persetujuan " + UUID.randomUUID();
        var answers = complete(comment);
        answers.put("overallSatisfaction", "2");
        answers.put(PublicSurveyForm.FOLLOW_UP_CONTACT, "nama@contoh.id");
        var phone = new Phone();
        phone.open("/survei/PKL");

        var response = phone.send("/survei/PKL", answers);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(stored(comment)).isZero();
        assertThat(phone.page).contains("id=\"err-followUpConsent\"", "<li data-field=\"followUpConsent\">");
    }

    @Test
    void a_contact_left_with_a_high_score_is_not_kept() throws Exception {
        var comment = "Puas " + UUID.randomUUID();
        var answers = complete(comment); // overall 5
        answers.put(PublicSurveyForm.FOLLOW_UP_CONSENT, "on");
        answers.put(PublicSurveyForm.FOLLOW_UP_CONTACT, "0812 3456 7890");
        var phone = new Phone();
        phone.open("/survei/PKL");

        var sent = phone.send("/survei/PKL", answers);

        assertThat(thanked(sent)).isEqualTo("/survei/PKL/terima-kasih");
        assertThat(phone.page).doesNotContain("survey-follow-up-thanks");
        var response = jdbc.queryForObject("select id from survey_response where comment = ?", Long.class, comment);
        assertThat(jdbc.queryForObject("select count(*) from complaint where survey_response_id = ?", Long.class,
                response)).isZero();
    }

    @Test
    void an_empty_form_names_every_required_question_in_page_order() throws Exception {
        var phone = new Phone();
        phone.open("/survei/PKL");

        phone.send("/survei/PKL", Map.of());

        var listed = Pattern.compile("<li data-field=\"([^\"]+)\">").matcher(phone.page).results()
                .map(m -> m.group(1)).toList();
        assertThat(listed).isEqualTo(PublicSurveyForm.REQUIRED);
    }

    @Test
    void a_post_without_the_csrf_token_is_refused() throws Exception {
        var comment = "Tanpa CSRF " + UUID.randomUUID();
        var phone = new Phone();
        phone.open("/survei/PKL");

        assertThat(phone.send("/survei/PKL", complete(comment), false).getStatus()).isEqualTo(403);
        assertThat(stored(comment)).isZero();
    }

    @Test
    void a_device_without_allowance_is_told_when_the_page_opens_and_gets_no_form() throws Exception {
        var phone = new Phone();
        phone.open("/survei/PKL");
        var device = new SurveyClient(phone.address, phone.cookies.get(SurveyClient.DEVICE_COOKIE).getValue(), false,
                null);
        while (limiter.tryAcquire(device, null)) {
            // use up this phone's allowance
        }

        phone.open("/survei/PKL");

        assertThat(phone.page).contains("id=\"survey-limit-exhausted\"",
                "Perangkat atau jaringan ini sudah mengirim banyak survei").doesNotContain("survey-submit");
    }

    @Test
    void a_device_whose_allowance_runs_out_while_filling_in_is_told_and_nothing_is_stored() throws Exception {
        var comment = "Batas habis " + UUID.randomUUID();
        var phone = new Phone();
        phone.open("/survei/PKL");
        var device = new SurveyClient(phone.address, phone.cookies.get(SurveyClient.DEVICE_COOKIE).getValue(), false,
                null);
        while (limiter.tryAcquire(device, null)) {
            // another tab of this phone used up the allowance meanwhile
        }

        var response = phone.send("/survei/PKL", complete(comment));

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(phone.page).contains("Terlalu banyak kiriman");
        assertThat(stored(comment)).isZero();
    }

    @Test
    void a_failed_store_says_the_answers_were_not_saved_and_the_retry_sends_them_without_retyping() throws Exception {
        var comment = "Antrean lama " + UUID.randomUUID();
        var phone = new Phone();
        phone.open("/survei/PKL");
        doThrow(new DataAccessResourceFailureException("disk full")).when(surveys).recordPublicForm(any());
        try {
            var failed = phone.send("/survei/PKL", complete(comment));
            assertThat(failed.getStatus()).isEqualTo(503);
            assertThat(phone.page).contains("Jawaban Anda BELUM tersimpan", "Coba kirim lagi", "value=\"61\"",
                    comment);
            assertThat(stored(comment)).isZero();
        } finally {
            doCallRealMethod().when(surveys).recordPublicForm(any());
        }
        // the page re-sends what it shows: the same token, the same answers
        assertThat(thanked(phone.send("/survei/PKL", complete(comment)))).isEqualTo("/survei/PKL/terima-kasih");
        assertThat(stored(comment)).isEqualTo(1);
    }

    @Test
    void a_forged_x_forwarded_for_gives_a_script_no_extra_submissions() throws Exception {
        int stored = 0;
        for (int i = 0; i < limiter.limits().perAddress() + 5; i++) {
            // a script: no cookies kept (a new device every time) and a different forged header every time
            var script = new Phone("203.0.113.78");
            var forged = "198.18.0." + i;
            var page = mvc.perform(get("/survei/CLP").header("X-Forwarded-For", forged).with(r -> {
                r.setRemoteAddr(script.address);
                return r;
            })).andReturn().getResponse();
            script.keep(page);
            script.page = page.getContentAsString();
            if (!script.page.contains("name=\"token\"")) {
                continue;
            }
            var answers = complete("Skrip " + i);
            var request = post("/survei/CLP").cookie(script.jar()).header("X-Forwarded-For", forged).with(r -> {
                r.setRemoteAddr(script.address);
                return r;
            }).param("token", script.find(TOKEN)).param("_csrf", script.find(CSRF));
            answers.forEach(request::param);
            var answer = mvc.perform(request).andReturn().getResponse();
            if (answer.getStatus() == 200 && answer.getContentAsString().contains("id=\"survey-thanks\"")) {
                stored++;
            }
        }
        assertThat(stored).isEqualTo(limiter.limits().perAddress());
    }

    @Test
    void the_page_speaks_english_on_request_and_links_back_to_indonesian() throws Exception {
        var phone = new Phone();
        phone.open("/survei/PWT?lang=en");

        assertThat(phone.page).contains("<html lang=\"en\">", "Participant Satisfaction Survey", "Purwokerto",
                "about 4 minutes", "Strongly agree", "Very satisfied", "name=\"lang\" value=\"en\"");
        assertThat(phone.page).containsPattern("href=\"/survei/PWT\"[^>]*hreflang=\"id\"[^>]*id=\"survey-language\"");
        var invalid = complete("x");
        invalid.remove("gender");
        phone.send("/survei/PWT", invalid);
        assertThat(phone.page).contains("Choose one answer", "Answers that still need your attention: 1");
    }

    @Test
    void every_scale_item_shows_the_meaning_of_each_number_and_the_score_is_eleven_buttons() throws Exception {
        var phone = new Phone();
        phone.open("/survei/PWT");

        for (var field : PublicSurveyForm.ROGERS) {
            assertThat(phone.page).containsPattern("id=\"f-" + field + "-0\"[^>]*>\\s*<span class=\"num\">1</span>"
                    + "\\s*<span class=\"word\">Sangat tidak setuju</span>");
            assertThat(phone.page).containsPattern("id=\"f-" + field + "-4\"[^>]*>\\s*<span class=\"num\">5</span>"
                    + "\\s*<span class=\"word\">Sangat setuju</span>");
        }
        assertThat(phone.page).containsPattern("<span class=\"num\">4</span>\\s*<span class=\"word\">Sangat puas"
                .replace("4", "5"));
        assertThat(Pattern.compile("type=\"radio\" name=\"recommendScore\"").matcher(phone.page).results().count())
                .isEqualTo(11);
        assertThat(phone.page).doesNotContain("<select");
    }

    @Test
    void an_unknown_branch_says_so() throws Exception {
        var phone = new Phone();
        assertThat(phone.open("/survei/XYZ").getStatus()).isEqualTo(404);
        assertThat(phone.page).contains("Tidak ada kantor cabang dengan kode XYZ");
    }

    @Test
    @WithUserDetails("admin")
    void a_registered_tablets_link_makes_it_a_kiosk_and_an_unknown_link_does_nothing() throws Exception {
        var registration = kiosks.register("Tablet loket 3", "PKL");
        var tablet = new Phone();

        tablet.open("/kiosk/" + registration.secret());

        assertThat(tablet.page).contains("id=\"kiosk-activation-done\"", "Tablet loket 3", "PKL",
                "href=\"/survei/PKL?kiosk=1\"");
        assertThat(tablet.cookies.get(SurveyClient.KIOSK_COOKIE).getValue()).isEqualTo(registration.secret());
        assertThat(tablet.cookies.get(SurveyClient.KIOSK_COOKIE).isHttpOnly()).isTrue();
        tablet.open("/survei/PKL?kiosk=1");
        assertThat(tablet.page).contains("class=\"kiosk\"", "name=\"kiosk\" value=\"1\"")
                .doesNotContain("survey-notice");

        var other = new Phone();
        other.open("/kiosk/not-a-registered-secret");
        assertThat(other.page).contains("id=\"kiosk-activation-invalid\"");
        assertThat(other.cookies).doesNotContainKey(SurveyClient.KIOSK_COOKIE);
        other.open("/survei/PKL?kiosk=1");
        assertThat(other.page).contains("id=\"survey-notice\"", "belum terdaftar sebagai kios");
    }

    @Test
    void a_kiosk_submission_thanks_and_starts_a_fresh_form_by_itself() throws Exception {
        var comment = "Kios " + UUID.randomUUID();
        var tablet = new Phone();
        tablet.open("/survei/PKL?kiosk=1");
        var sent = tablet.send("/survei/PKL", complete(comment));

        assertThat(thanked(sent)).isEqualTo("/survei/PKL/terima-kasih?kiosk=1");
        assertThat(tablet.page).contains("http-equiv=\"refresh\" content=\"8;url=/survei/PKL?kiosk=1\"",
                "id=\"survey-again\"");
        tablet.open("/survei/PKL/terima-kasih?kiosk=1");
        assertThat(tablet.page).contains("http-equiv=\"refresh\" content=\"8;url=/survei/PKL?kiosk=1\"");
        assertThat(stored(comment)).isEqualTo(1);
    }

    @Test
    void the_assets_are_served_with_a_long_cache_lifetime() throws Exception {
        var css = mvc.perform(get("/survei/aset/survey.css")).andReturn().getResponse();
        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getContentType()).startsWith("text/css");
        assertThat(css.getHeader("Cache-Control")).contains("max-age=31536000", "immutable");
    }
}
