package id.bpjs.jmo.survey.ui;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.survey.Education;
import id.bpjs.jmo.survey.Gender;
import id.bpjs.jmo.survey.Occupation;
import id.bpjs.jmo.survey.FollowUpConsent;
import id.bpjs.jmo.survey.PublicSurveyForm;
import id.bpjs.jmo.survey.SurveyChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The public survey's questions as the page lays them out, in one language: which {@link PublicSurveyForm} field,
 * its text, its answers (each 1–5 and 1–4 answer with its words, so the meaning of a number is on every item) and the
 * screens a kiosk shows one at a time. Only layout: which questions are required and what an answer may be is
 * decided by {@code PublicSurveyService.check}.
 */
public final class SurveyPage {

    /** How a question is answered. */
    public enum Kind {
        /** A list of radio buttons, one per line. */
        CHOICE,
        /** Radio buttons in a row (two or three short answers). */
        ROW,
        /** The 0–10 recommend score: eleven radio buttons styled as buttons. */
        SCORE,
        /** A number typed (age). */
        NUMBER,
        /** Free text (comment). */
        TEXT,
        /** The consent checkbox. */
        CONSENT,
        /** One line typed: the phone number or e-mail address of the closed loop. */
        CONTACT
    }

    /** One answer: the posted value, its words, and the number shown beside them on a scale (else null). */
    public record Option(String value, String label, @Nullable String number) {
    }

    /** One question. {@code hint} is read before answering (null when none). */
    public record Question(String field, Kind kind, String text, @Nullable String hint, boolean optional,
            List<Option> options) {

        /** The id of the control the error summary links to and the label points at: the first input. */
        public String inputId() {
            return options.isEmpty() ? "f-" + field : "f-" + field + "-0";
        }

        /** The ids of the hint and the error message that describe the control, or null when there are none. */
        public @Nullable String describedBy(boolean hasError) {
            var ids = (hint == null ? "" : "hint-" + field) + (hasError ? " err-" + field : "");
            return ids.isBlank() ? null : ids.strip();
        }
    }

    /**
     * One kiosk screen: a question or a short group. {@code section} is the heading of the part it opens (null when
     * it continues one), {@code help} a line under that heading.
     */
    public record Step(@Nullable String section, @Nullable String help, List<Question> questions) {
    }

    /** Translations of one language, as the templates call them: {@code ${t.get('survey.title')}}. */
    public record Texts(Locale locale) {
        public String get(String key, Object... arguments) {
            return Translations.get(locale, key, arguments);
        }
    }

    private SurveyPage() {
    }

    /**
     * The page's screens in order. {@code retentionDays}: how long after the follow-up is settled a contact left for
     * it is kept (named in the consent sentence).
     */
    static List<Step> steps(Texts t, int retentionDays) {
        var steps = new ArrayList<Step>();
        steps.add(new Step(null, null, List.of(new Question(PublicSurveyForm.CONSENT, Kind.CONSENT,
                t.get("survey.consent"), null, false, List.of()))));
        var channel = choice(PublicSurveyForm.CHANNEL, Kind.CHOICE, t.get("survey.channel"),
                Arrays.stream(SurveyChannel.values()).map(c -> new Option(c.name(),
                        t.get("survey.channel." + c.name()), null)).toList());
        var gender = choice(PublicSurveyForm.GENDER, Kind.ROW, t.get("survey.gender"),
                Arrays.stream(Gender.values()).map(g -> new Option(g.name(), t.get("survey.gender." + g.name()), null))
                        .toList());
        var age = new Question(PublicSurveyForm.AGE, Kind.NUMBER, t.get("survey.age"), null, false, List.of());
        steps.add(new Step(t.get("survey.section.profile"), null, List.of(channel, gender, age)));
        var education = choice(PublicSurveyForm.EDUCATION, Kind.CHOICE, t.get("survey.education"),
                Arrays.stream(Education.values()).map(e -> new Option(e.name(),
                        e == Education.D1_D3 ? "D1–D3" : e.name(), null)).toList());
        var occupation = choice(PublicSurveyForm.OCCUPATION, Kind.CHOICE, t.get("survey.occupation"),
                Arrays.stream(Occupation.values()).map(o -> new Option(o.name(), t.get("survey.occupation." + o.name()),
                        null)).toList());
        var usesJmo = choice(PublicSurveyForm.USES_JMO, Kind.ROW, t.get("survey.usesJmo"),
                List.of(new Option("true", t.get("survey.yes"), null), new Option("false", t.get("survey.no"), null)));
        steps.add(new Step(null, null, List.of(education, occupation, usesJmo)));
        for (int u = 1; u <= 9; u++) {
            int element = u;
            var question = new Question(PublicSurveyForm.IKM.get(u - 1), Kind.CHOICE,
                    u + ". " + t.get("survey.u" + u), null, true, IntStream.rangeClosed(1, 4)
                    .mapToObj(a -> new Option(String.valueOf(a), t.get("survey.u" + element + ".a" + a),
                            String.valueOf(a))).toList());
            steps.add(new Step(u == 1 ? t.get("survey.section.ikm") : null,
                    u == 1 ? t.get("survey.section.ikm.help") : null, List.of(question)));
        }
        var agree = scale(t, "survey.agree.");
        boolean first = true;
        for (var attribute : RogersAttribute.values()) {
            var question = new Question(PublicSurveyForm.rogersField(attribute), Kind.CHOICE,
                    t.get("survey.rogers." + attribute.name()), null, false, agree);
            steps.add(new Step(first ? t.get("survey.section.rogers") : null, null, List.of(question)));
            first = false;
        }
        var overall = new Question(PublicSurveyForm.OVERALL, Kind.CHOICE, t.get("survey.overall"), null, false,
                scale(t, "survey.satisfied."));
        var recommend = new Question(PublicSurveyForm.RECOMMEND, Kind.SCORE, t.get("survey.recommend"),
                t.get("survey.recommend.scale"), true, IntStream.rangeClosed(0, 10)
                .mapToObj(s -> new Option(String.valueOf(s), String.valueOf(s), null)).toList());
        // the closed loop: offered with the overall score, shown (with JavaScript) only for a score of 1 or 2
        var followUpConsent = new Question(PublicSurveyForm.FOLLOW_UP_CONSENT, Kind.CONSENT,
                t.get(FollowUpConsent.CONSENT_KEY, retentionDays), t.get(FollowUpConsent.OFFER_KEY), true, List.of());
        var followUpContact = new Question(PublicSurveyForm.FOLLOW_UP_CONTACT, Kind.CONTACT,
                t.get(FollowUpConsent.CONTACT_KEY), t.get(FollowUpConsent.CONTACT_HELP_KEY), true, List.of());
        steps.add(new Step(t.get("survey.section.overall"), null, List.of(overall, followUpConsent, followUpContact,
                recommend)));
        steps.add(new Step(null, null, List.of(new Question(PublicSurveyForm.COMMENT, Kind.TEXT,
                t.get("survey.comment"), t.get("survey.commentHelp"), true, List.of()))));
        return List.copyOf(steps);
    }

    /** The question of each field, for the error summary. */
    static List<Question> questions(List<Step> steps) {
        return steps.stream().flatMap(s -> s.questions().stream()).toList();
    }

    private static Question choice(String field, Kind kind, String text, List<Option> options) {
        return new Question(field, kind, text, null, false, options);
    }

    /** 1–5 with the words of each point ({@code survey.agree.1} … {@code .5}). */
    private static List<Option> scale(Texts t, String prefix) {
        return IntStream.rangeClosed(1, 5).mapToObj(p -> new Option(String.valueOf(p), t.get(prefix + p),
                String.valueOf(p))).toList();
    }
}
