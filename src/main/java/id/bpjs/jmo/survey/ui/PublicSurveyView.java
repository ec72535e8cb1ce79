package id.bpjs.jmo.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.survey.Education;
import id.bpjs.jmo.survey.FollowUpConsent;
import id.bpjs.jmo.survey.Gender;
import id.bpjs.jmo.survey.Occupation;
import id.bpjs.jmo.survey.PublicSurveyService;
import id.bpjs.jmo.survey.SurveyChannel;
import id.bpjs.jmo.survey.SurveyClient;
import id.bpjs.jmo.survey.SurveyResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The participants' survey for one branch, on a phone or on a kiosk tablet at the counter: {@code /survei/PWT},
 * {@code ?lang=en} for English, {@code ?kiosk=1} to thank and start over by itself. No login. The participant learns
 * whether their device has a submission left when the page opens, not after filling in; a failed store says the
 * answers were not saved and offers a retry that keeps them.
 */
@Route(value = "survei", autoLayout = false)
@AnonymousAllowed
public class PublicSurveyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final int KIOSK_RESET_SECONDS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(PublicSurveyView.class);

    private final PublicSurveyService service;
    private final Div form = new Div();
    private final Div done = new Div();
    private final Checkbox consent = new Checkbox();
    private final Select<SurveyChannel> channel = new Select<>();
    private final RadioButtonGroup<Gender> gender = new RadioButtonGroup<>();
    private final IntegerField age = new IntegerField();
    private final Select<Education> education = new Select<>();
    private final Select<Occupation> occupation = new Select<>();
    private final RadioButtonGroup<Boolean> usesJmo = new RadioButtonGroup<>();
    private final List<RadioButtonGroup<Integer>> ikm = new ArrayList<>();
    private final List<RadioButtonGroup<Integer>> rogers = new ArrayList<>();
    private final RadioButtonGroup<Integer> overall = new RadioButtonGroup<>();
    private final Select<Integer> recommend = new Select<>();
    private final TextArea comment = new TextArea();
    // closed loop (issue 16 §3): offered only for an overall score of 1–2; the service checks the same rule
    private final Div followUp = new Div();
    private final Checkbox followUpConsent = new Checkbox();
    private final TextField followUpContact = new TextField();
    private final Button submit = new Button();
    private final Paragraph error = new Paragraph();
    private final Button retry = new Button();
    private String branchCode = "";
    private boolean kiosk;
    private SurveyClient client = SurveyClient.device("unknown", "unknown");
    private String formToken = "";

    PublicSurveyView(PublicSurveyService service) {
        this.service = service;
        addClassName("public-survey");
        setPadding(true);
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("lang") && params.get("lang").contains("en")) {
            UI.getCurrent().setLocale(Formats.EN);
        }
        kiosk = params.containsKey("kiosk");
        branchCode = code.toUpperCase();
        removeAll();
        if (!service.branchExists(branchCode)) {
            add(new H1(getTranslation("survey.unknownBranch.title")),
                    new Paragraph(getTranslation("survey.unknownBranch.text", branchCode)));
            return;
        }
        client = SurveyCookies.currentClient(kiosk);
        open();
    }

    /** Asks for a form token first: without an allowance the participant is told so instead of getting a form. */
    private void open() {
        removeAll();
        var opening = service.open(branchCode, client);
        if (!opening.allowed()) {
            long minutes = Math.max(1, (opening.retryAfter().toSeconds() + 59) / 60);
            var text = new Paragraph(getTranslation("survey.limit.exhausted", minutes));
            text.setId("survey-limit-exhausted");
            add(new H1(getTranslation("survey.title")), text);
            return;
        }
        formToken = opening.token();
        build();
        if (kiosk && opening.kiosk() == null) {
            var notice = new Paragraph(getTranslation("survey.limit.notKiosk"));
            notice.setId("survey-not-kiosk");
            form.addComponentAsFirst(notice);
        }
    }

    private void build() {
        form.removeAll();
        ikm.clear();
        rogers.clear();
        var title = new H1(getTranslation("survey.title"));
        var intro = new Paragraph(getTranslation("survey.intro", branchCode));
        consent.setLabel(getTranslation("survey.consent"));
        consent.setId("survey-consent");

        channel.setLabel(getTranslation("survey.channel"));
        channel.setItems(SurveyChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("survey.channel." + c.name()));
        gender.setLabel(getTranslation("survey.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation("survey.gender." + g.name()));
        age.setLabel(getTranslation("survey.age"));
        age.setMin(15);
        age.setMax(100);
        age.setStepButtonsVisible(false);
        age.setWidth("7em");
        education.setLabel(getTranslation("survey.education"));
        education.setItems(Education.values());
        education.setItemLabelGenerator(e -> e == Education.D1_D3 ? "D1–D3" : e.name());
        occupation.setLabel(getTranslation("survey.occupation"));
        occupation.setItems(Occupation.values());
        occupation.setItemLabelGenerator(o -> getTranslation("survey.occupation." + o.name()));
        usesJmo.setLabel(getTranslation("survey.usesJmo"));
        usesJmo.setItems(true, false);
        usesJmo.setItemLabelGenerator(b -> getTranslation(b ? "survey.yes" : "survey.no"));

        channel.setId("survey-channel");
        gender.setId("survey-gender");
        age.setId("survey-age");
        education.setId("survey-education");
        occupation.setId("survey-occupation");
        usesJmo.setId("survey-uses-jmo");
        comment.setId("survey-comment");
        var profile = section("survey.section.profile", channel, gender, age, education, occupation, usesJmo);

        var ikmSection = section("survey.section.ikm");
        for (int u = 1; u <= 9; u++) {
            var group = new RadioButtonGroup<Integer>(u + ". " + getTranslation("survey.u" + u));
            int element = u;
            group.setItems(1, 2, 3, 4);
            group.setItemLabelGenerator(a -> getTranslation("survey.u" + element + ".a" + a));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setId("survey-u" + u);
            ikm.add(group);
            ikmSection.add(group);
        }

        var rogersSection = section("survey.section.rogers");
        rogersSection.add(new Paragraph(getTranslation("survey.likertHelp")));
        for (var attribute : RogersAttribute.values()) {
            var group = likert(getTranslation("survey.rogers." + attribute.name()));
            group.setId("survey-" + attribute.name());
            rogers.add(group);
            rogersSection.add(group);
        }
        overall.setLabel(getTranslation("survey.overall"));
        overall.setItems(1, 2, 3, 4, 5);
        overall.setItemLabelGenerator(String::valueOf);
        overall.setId("survey-overall");
        recommend.setLabel(getTranslation("survey.recommend"));
        recommend.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
        recommend.setEmptySelectionAllowed(true);
        recommend.setEmptySelectionCaption(getTranslation("survey.optional"));
        comment.setLabel(getTranslation("survey.comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setHelperText(getTranslation("survey.commentHelp"));
        followUpConsent.setLabel(getTranslation(FollowUpConsent.CONSENT_KEY, service.followUpRetentionDays()));
        followUpConsent.setId("survey-follow-up-consent");
        followUpContact.setLabel(getTranslation(FollowUpConsent.CONTACT_KEY));
        followUpContact.setHelperText(getTranslation(FollowUpConsent.CONTACT_HELP_KEY));
        followUpContact.setMaxLength(254);
        followUpContact.setWidthFull();
        followUpContact.setId("survey-follow-up-contact");
        followUp.removeAll();
        followUp.add(new Paragraph(getTranslation(FollowUpConsent.OFFER_KEY)), followUpConsent, followUpContact);
        followUp.addClassName("survey-follow-up");
        followUp.setId("survey-follow-up");
        followUp.setVisible(false);
        overall.addValueChangeListener(e -> followUp.setVisible(e.getValue() != null
                && e.getValue() <= FollowUpConsent.LOW_SCORE_MAX));
        var closing = section("survey.section.overall", overall, followUp, recommend, comment);

        submit.setText(getTranslation("survey.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        submit.setDisableOnClick(true);
        submit.setId("survey-submit");
        submit.addClickListener(e -> send());
        error.addClassName("survey-error");
        error.setVisible(false);
        error.setId("survey-error");
        retry.setText(getTranslation("survey.limit.retry"));
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retry.setId("survey-retry");
        retry.setVisible(false);
        retry.addClickListener(e -> send());
        form.add(title, intro, consent, profile, ikmSection, rogersSection, closing, error, retry, submit);
        form.setVisible(true);
        done.setVisible(false);
        add(form, done);
    }

    private RadioButtonGroup<Integer> likert(String label) {
        var group = new RadioButtonGroup<Integer>(label);
        group.setItems(1, 2, 3, 4, 5);
        group.setItemLabelGenerator(String::valueOf);
        group.addClassName("likert");
        return group;
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... fields) {
        var section = new Div(new H2(getTranslation(titleKey)));
        section.add(fields);
        section.addClassName("survey-section");
        return section;
    }

    private void send() {
        var missing = new ArrayList<String>();
        if (!consent.getValue()) {
            missing.add(getTranslation("survey.consentShort"));
        }
        if (channel.getValue() == null || gender.getValue() == null || age.getValue() == null
                || education.getValue() == null || occupation.getValue() == null || usesJmo.getValue() == null) {
            missing.add(getTranslation("survey.section.profile"));
        }
        if (rogers.stream().anyMatch(g -> g.getValue() == null) || overall.getValue() == null) {
            missing.add(getTranslation("survey.section.rogers"));
        }
        long ikmAnswered = ikm.stream().filter(g -> g.getValue() != null).count();
        if (ikmAnswered > 0 && ikmAnswered < 9) {
            missing.add(getTranslation("survey.section.ikm"));
        }
        markUnanswered();
        if (!missing.isEmpty()) {
            showError(getTranslation("survey.missing", String.join(", ", missing)));
            return;
        }
        var response = new SurveyResponse();
        response.setChannel(channel.getValue());
        response.setGender(gender.getValue());
        response.setAge(age.getValue());
        response.setEducation(education.getValue());
        response.setOccupation(occupation.getValue());
        response.setUsesJmo(usesJmo.getValue());
        for (var attribute : RogersAttribute.values()) {
            response.setScore(attribute, rogers.get(attribute.ordinal()).getValue());
        }
        response.setOverallSatisfaction(overall.getValue());
        response.setRecommendScore(recommend.getValue());
        if (ikmAnswered == 9) {
            response.setIkmAnswers(ikm.stream().mapToInt(RadioButtonGroup::getValue).toArray());
        }
        response.setComment(comment.getValue().isBlank() ? null : comment.getValue().trim());
        // a contact typed before the score was raised again is not sent: the offer is only for low scores
        var consentGiven = followUp.isVisible()
                ? new FollowUpConsent(followUpConsent.getValue(), followUpContact.getValue())
                : FollowUpConsent.NONE;
        followUpContact.setInvalid(false);
        try {
            var outcome = service.submit(branchCode, response, consentGiven, client, formToken);
            switch (outcome) {
                case STORED, ALREADY_STORED -> thank(consentGiven.requested());
                case RATE_LIMITED -> showError(getTranslation("survey.rateLimited"));
                case FORM_EXPIRED -> renewToken();
                case UNKNOWN_BRANCH -> showError(getTranslation("survey.unknownBranch.text", branchCode));
            }
        } catch (FollowUpConsent.Invalid invalid) {
            followUpContact.setErrorMessage(getTranslation(invalid.messageKey()));
            followUpContact.setInvalid(true);
            followUpContact.focus();
            showError(getTranslation(invalid.messageKey()));
        } catch (ConstraintViolationException invalid) {
            showError(getTranslation("survey.invalid", invalid.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList()));
        } catch (RuntimeException failed) {
            // the person must know their answers are not stored; the form keeps them for the retry
            LOG.error("Public survey response for {} not stored", branchCode, failed);
            showError(getTranslation("survey.limit.notSaved"));
            retry.setVisible(true);
        }
    }

    /** The form was open longer than its token lives: a new token, the answers stay, one more press sends them. */
    private void renewToken() {
        var opening = service.open(branchCode, client);
        if (opening.allowed()) {
            formToken = opening.token();
            showError(getTranslation("survey.limit.formExpired"));
        } else {
            showError(getTranslation("survey.rateLimited"));
        }
    }

    /**
     * Marks every required question still unanswered (an age typed as letters counts: the field holds no number) and
     * puts the cursor in the first, so a participant on a phone is taken to it instead of reading a sentence at the
     * bottom of a long form. A question answered since the last try loses its mark.
     */
    private void markUnanswered() {
        var required = new ArrayList<com.vaadin.flow.component.HasValue<?, ?>>(List.of(consent, channel, gender, age,
                education, occupation, usesJmo));
        required.addAll(rogers);
        required.add(overall);
        long ikmAnswered = ikm.stream().filter(g -> g.getValue() != null).count();
        if (ikmAnswered > 0 && ikmAnswered < ikm.size()) {
            required.addAll(ikm);
        }
        com.vaadin.flow.component.Focusable<?> first = null;
        for (var field : required) {
            boolean unanswered = field.isEmpty() || field == consent && !consent.getValue();
            if (field instanceof com.vaadin.flow.component.HasValidation validation) {
                validation.setErrorMessage(field == age ? getTranslation("survey.ageInvalid")
                        : getTranslation("validation.required"));
                validation.setInvalid(unanswered);
            }
            if (unanswered && first == null && field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                first = focusable;
            }
        }
        if (first != null) {
            first.focus();
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
        retry.setVisible(false);
        submit.setEnabled(true);
    }

    private void thank(boolean followedUp) {
        form.setVisible(false);
        done.removeAll();
        done.add(new H1(getTranslation("survey.thanks")), new Paragraph(getTranslation("survey.thanksText")));
        if (followedUp) {
            var line = new Paragraph(getTranslation(FollowUpConsent.THANKS_KEY));
            line.setId("survey-follow-up-thanks");
            done.add(line);
        }
        done.setVisible(true);
        done.setId("survey-thanks");
        if (kiosk) {
            done.add(new Paragraph(getTranslation("survey.kioskReset", KIOSK_RESET_SECONDS)));
            var ui = UI.getCurrent();
            java.util.concurrent.CompletableFuture.delayedExecutor(KIOSK_RESET_SECONDS,
                    java.util.concurrent.TimeUnit.SECONDS).execute(() -> ui.access(this::open));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.title") + " – " + branchCode;
    }
}
