package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RogersAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The public survey's answers as the page posts them: each a string as chosen or typed, blank when not answered. The
 * field names are {@link SurveyResponse}'s property names, so a rule the entity breaks (age 15–100, a comment over
 * 2000 characters, a half-filled IKM block) is reported at the field it belongs to. Which questions the public form
 * asks and requires, and in which order, is written here once ({@link #FIELDS}, {@link #REQUIRED}); the page lays
 * them out, {@link PublicSurveyService#check} applies them.
 */
public final class PublicSurveyForm {

    public static final String CONSENT = "consent";
    public static final String CHANNEL = "channel";
    public static final String GENDER = "gender";
    public static final String AGE = "age";
    public static final String EDUCATION = "education";
    public static final String OCCUPATION = "occupation";
    public static final String USES_JMO = "usesJmo";
    public static final String OVERALL = "overallSatisfaction";
    public static final String RECOMMEND = "recommendScore";
    public static final String COMMENT = "comment";
    /** The closed loop (issue 16 §3): consent to be contacted, offered for an overall satisfaction of 1–2. */
    public static final String FOLLOW_UP_CONSENT = "followUpConsent";
    /** The phone number or e-mail address to be contacted at. */
    public static final String FOLLOW_UP_CONTACT = "followUpContact";

    /** u1 … u9: the nine IKM elements of Permen PANRB 14/2017, answered all or none. */
    public static final List<String> IKM = List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9");

    /** The Rogers items in {@link RogersAttribute} order (scoreRelativeAdvantage, …). */
    public static final List<String> ROGERS = Arrays.stream(RogersAttribute.values())
            .map(PublicSurveyForm::rogersField).toList();

    /** Every field, in the order the page shows them (an error summary lists them in this order). */
    public static final List<String> FIELDS;

    /** The questions every participant answers; the IKM block is all-or-none, the score and comment optional. */
    public static final List<String> REQUIRED;

    static {
        var fields = new ArrayList<>(List.of(CONSENT, CHANNEL, GENDER, AGE, EDUCATION, OCCUPATION, USES_JMO));
        fields.addAll(IKM);
        fields.addAll(ROGERS);
        fields.addAll(List.of(OVERALL, FOLLOW_UP_CONSENT, FOLLOW_UP_CONTACT, RECOMMEND, COMMENT));
        FIELDS = List.copyOf(fields);
        var required = new ArrayList<>(List.of(CONSENT, CHANNEL, GENDER, AGE, EDUCATION, OCCUPATION, USES_JMO));
        required.addAll(ROGERS);
        required.add(OVERALL);
        REQUIRED = List.copyOf(required);
    }

    private final Map<String, String> values;

    /** Keeps the known fields of {@code posted} (anything else a request carries is ignored), trimmed. */
    public PublicSurveyForm(Map<String, String> posted) {
        var known = new HashMap<String, String>();
        for (var field : FIELDS) {
            var value = posted.get(field);
            if (value != null && !value.isBlank()) {
                known.put(field, value.strip());
            }
        }
        this.values = Map.copyOf(known);
    }

    /** An empty form (a fresh page). */
    public static PublicSurveyForm empty() {
        return new PublicSurveyForm(Map.of());
    }

    /** The posted value, or null when the question was not answered. */
    public @Nullable String value(String field) {
        return values.get(field);
    }

    /** Whether {@code field} holds {@code candidate} (a radio button or checkbox shown as chosen). */
    public boolean is(String field, Object candidate) {
        return String.valueOf(candidate).equals(values.get(field));
    }

    /**
     * The follow-up the participant asked for: consent ticked and the contact typed, or {@link FollowUpConsent#NONE}
     * when the overall satisfaction is not 1–2 (a page without JavaScript shows the offer to everyone; a contact typed
     * with a higher score is not kept: minimal data, UU 27/2022).
     */
    public FollowUpConsent followUp() {
        var overall = value(OVERALL);
        if (overall == null || !overall.matches("[0-9]") || Integer.parseInt(overall) > FollowUpConsent.LOW_SCORE_MAX) {
            return FollowUpConsent.NONE;
        }
        return new FollowUpConsent(is(FOLLOW_UP_CONSENT, "on"), value(FOLLOW_UP_CONTACT));
    }

    public boolean answered(String field) {
        return values.containsKey(field);
    }

    /** The form field of a Rogers attribute: RELATIVE_ADVANTAGE → scoreRelativeAdvantage (the entity's property). */
    public static String rogersField(RogersAttribute attribute) {
        var words = attribute.name().toLowerCase(Locale.ROOT).split("_");
        var name = new StringBuilder("score");
        for (var word : words) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
