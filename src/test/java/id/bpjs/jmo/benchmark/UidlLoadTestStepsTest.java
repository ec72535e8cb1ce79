package id.bpjs.jmo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The protocol-level load test ({@link UidlLoadTest}) still speaks this app's protocol: each kind of person goes
 * through its steps once against the running app, every check of the driver passes (a failed check throws), and
 * what it did is in the database. Fails when a Vaadin upgrade or a page change breaks what the driver sends or looks
 * for (feature numbers, element ids, the login post, the survey form), before a load run reports it as errors. No
 * times are asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UidlLoadTestStepsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_manager_changes_filters_staff_save_a_complaint_and_a_participant_submits_the_survey() {
        var load = new UidlLoadTest(Map.of("BASE", "http://127.0.0.1:" + port, "THINK", "0", "TIMEOUT", "60"));
        long complaints = count("select count(*) from complaint where description like 'Uji beban%'");
        long responses = count("select count(*) from survey_response");

        try (var manager = load.client()) {
            load.logIn(manager, "manajer", "manajer123");
            load.changeFilter(manager, "filter-channel");
            load.changeFilter(manager, "filter-period");
            manager.leave();
        }
        try (var staff = load.client()) {
            load.logIn(staff, "petugas", "petugas123");
            load.saveComplaint(staff);
            staff.leave();
        }
        try (var phone = load.client()) {
            load.submitSurvey(phone);
        }

        assertThat(load.stats().errorCount()).isZero();
        assertThat(load.done()).as("filter changes, complaints saved, survey responses").containsExactly(2, 1, 1);
        assertThat(count("select count(*) from complaint where description like 'Uji beban%'"))
                .isEqualTo(complaints + 1);
        assertThat(count("select count(*) from survey_response")).isEqualTo(responses + 1);
    }

    @Test
    void the_survey_answers_carry_the_hidden_fields_consent_and_one_choice_per_question() {
        var html = """
                <form id="survey-form" method="post"><input type="hidden" name="token" value="t1">
                <input type="hidden" name="_csrf" value="c1"><input type="checkbox" name="consent" value="on">
                <input type="checkbox" name="followUpConsent" value="on">
                <input type="radio" name="u1" value="1"><input type="radio" name="u1" value="2">
                <input type="text" name="age"><input type="text" name="followUpContact"></form>""";
        var answers = UidlLoadTest.surveyAnswers(html);
        assertThat(answers).containsEntry("token", "t1").containsEntry("_csrf", "c1").containsEntry("consent", "on")
                .doesNotContainKeys("followUpConsent", "followUpContact").containsKeys("u1", "age");
        assertThat(answers.get("u1")).isIn("1", "2");
        assertThat(Integer.parseInt(answers.get("age"))).isBetween(18, 60);
    }

    private long count(String sql) {
        var value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
