package id.bpjs.jmo.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjs.jmo.branch.Branch;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.survey.Education;
import id.bpjs.jmo.survey.Gender;
import id.bpjs.jmo.survey.Occupation;
import id.bpjs.jmo.survey.PublicSurveyService;
import id.bpjs.jmo.survey.SubmissionLimiter;
import id.bpjs.jmo.survey.SurveyChannel;
import id.bpjs.jmo.survey.SurveyClient;
import id.bpjs.jmo.survey.SurveyResponse;
import id.bpjs.jmo.survey.SurveyService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The public survey page without a browser: failures are never silent, limits are told before filling in. */
@SpringBootTest
@ActiveProfiles("test")
class PublicSurveyViewTest extends SpringBrowserlessTest {

    @MockitoSpyBean
    SurveyService surveys;
    @Autowired
    PublicSurveyService service;
    @Autowired
    SubmissionLimiter limiter;
    @Autowired
    JdbcTemplate jdbc;

    private long stored(String comment) {
        return jdbc.queryForObject("select count(*) from survey_response where comment = ?", Long.class, comment);
    }

    @SuppressWarnings("unchecked")
    private void fillIn(String comment) {
        $(Checkbox.class).id("survey-consent").setValue(true);
        ((Select<SurveyChannel>) $(Select.class).id("survey-channel")).setValue(SurveyChannel.COUNTER);
        ((RadioButtonGroup<Gender>) $(RadioButtonGroup.class).id("survey-gender")).setValue(Gender.L);
        $(IntegerField.class).id("survey-age").setValue(47);
        ((Select<Education>) $(Select.class).id("survey-education")).setValue(Education.SMA);
        ((Select<Occupation>) $(Select.class).id("survey-occupation")).setValue(Occupation.SWASTA);
        ((RadioButtonGroup<Boolean>) $(RadioButtonGroup.class).id("survey-uses-jmo")).setValue(true);
        for (var attribute : RogersAttribute.values()) {
            ((RadioButtonGroup<Integer>) $(RadioButtonGroup.class).id("survey-" + attribute.name())).setValue(4);
        }
        ((RadioButtonGroup<Integer>) $(RadioButtonGroup.class).id("survey-overall")).setValue(4);
        $(TextArea.class).id("survey-comment").setValue(comment);
    }

    @Test
    void a_failed_store_says_the_answers_were_not_saved_and_the_retry_sends_them_without_retyping() {
        var comment = "Antrean lama " + UUID.randomUUID();
        navigate("survei/PKL", PublicSurveyView.class);
        fillIn(comment);
        doThrow(new DataAccessResourceFailureException("disk full")).when(surveys).recordPublicForm(any());

        test($(Button.class).id("survey-submit")).click();

        assertThat($(Paragraph.class).id("survey-error").getText()).startsWith("Jawaban Anda BELUM tersimpan");
        var retry = $(Button.class).id("survey-retry");
        assertThat(retry.isVisible()).isTrue();
        assertThat(stored(comment)).isZero();
        assertThat($(Div.class).withId("survey-thanks").exists()).isFalse();

        doCallRealMethod().when(surveys).recordPublicForm(any());
        test(retry).click();

        assertThat($(Div.class).id("survey-thanks").isVisible()).isTrue();
        assertThat(stored(comment)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select age from survey_response where comment = ?", Integer.class, comment))
                .isEqualTo(47);
    }

    @Test
    void an_unanswered_age_is_marked_at_the_field_itself_and_nothing_is_stored() {
        var comment = "Tanpa usia " + UUID.randomUUID();
        navigate("survei/PKL", PublicSurveyView.class);
        fillIn(comment);
        $(IntegerField.class).id("survey-age").clear();

        test($(Button.class).id("survey-submit")).click();

        var age = $(IntegerField.class).id("survey-age");
        assertThat(age.isInvalid()).isTrue();
        assertThat(age.getErrorMessage()).isEqualTo("Isi usia dengan angka, 15–100 tahun");
        assertThat($(Paragraph.class).id("survey-error").getText()).contains("Tentang Anda");
        assertThat(stored(comment)).isZero();
        // answered questions carry no mark; once the age is given the form goes through
        assertThat(((com.vaadin.flow.component.HasValidation) $(RadioButtonGroup.class).id("survey-gender"))
                .isInvalid()).isFalse();
        age.setValue(47);
        test($(Button.class).id("survey-submit")).click();
        assertThat(stored(comment)).isEqualTo(1);
    }

    @Test
    void a_device_without_allowance_is_told_when_the_page_opens_and_gets_no_form() {
        var device = SurveyCookies.currentClient(false);
        while (limiter.tryAcquire(device, null)) {
            // use up this browser's allowance
        }
        navigate("survei/PKL", PublicSurveyView.class);

        assertThat($(Paragraph.class).id("survey-limit-exhausted").getText())
                .startsWith("Perangkat atau jaringan ini sudah mengirim banyak survei");
        assertThat($(Button.class).withId("survey-submit").exists()).isFalse();
    }

    @Test
    void a_forged_x_forwarded_for_gives_a_script_no_extra_submissions() {
        var session = VaadinSession.getCurrent();
        var original = VaadinRequest.getCurrent();
        int stored = 0;
        try {
            for (int i = 0; i < limiter.limits().perAddress() + 5; i++) {
                // a script: no cookies kept (a new device every time) and a different forged header every time
                session.setAttribute(SurveyClient.DEVICE_COOKIE, null);
                var request = mock(VaadinRequest.class);
                when(request.getRemoteAddr()).thenReturn("203.0.113.77");
                when(request.getHeader("X-Forwarded-For")).thenReturn("198.18.0." + i);
                CurrentInstance.set(VaadinRequest.class, request);
                var client = SurveyCookies.currentClient(false);
                assertThat(client.address()).isEqualTo("203.0.113.77");
                var opening = service.open("CLP", client);
                if (opening.allowed() && service.submit("CLP", answers(), client, opening.token())
                        == PublicSurveyService.Outcome.STORED) {
                    stored++;
                }
            }
        } finally {
            CurrentInstance.set(VaadinRequest.class, original);
        }
        assertThat(stored).isEqualTo(limiter.limits().perAddress());
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void an_admin_registers_a_tablet_and_its_link_makes_it_a_kiosk() {
        navigate(KiosksView.class);
        test($(Button.class).id("kiosk-add")).click();
        $(TextField.class).id("kiosk-name").setValue("Tablet loket 2");
        var branch = (Select<Branch>) $(Select.class).id("kiosk-branch");
        branch.setValue(branch.getListDataView().getItems().filter(b -> b.getCode().equals("PKL")).findFirst()
                .orElseThrow());
        test($(Button.class).id("kiosk-register")).click();

        var link = $(TextField.class).id("kiosk-link").getValue();
        assertThat(link).contains("/kiosk/");
        assertThat(jdbc.queryForObject("select count(*) from survey_kiosk where name = 'Tablet loket 2'"
                + " and secret_hash <> ?", Long.class, link.substring(link.lastIndexOf('/') + 1))).isEqualTo(1);

        navigate("kiosk/" + link.substring(link.lastIndexOf('/') + 1), KioskActivationView.class);
        assertThat($(Paragraph.class).id("kiosk-activation-done").getText()).contains("Tablet loket 2", "PKL");
        navigate("kiosk/not-a-registered-secret", KioskActivationView.class);
        assertThat($(Paragraph.class).withId("kiosk-activation-invalid").exists()).isTrue();
    }

    private static SurveyResponse answers() {
        var response = new SurveyResponse();
        response.setChannel(SurveyChannel.JMO);
        response.setGender(Gender.P);
        response.setAge(30);
        response.setEducation(Education.S1);
        response.setOccupation(Occupation.SWASTA);
        response.setOverallSatisfaction(4);
        return response;
    }
}
