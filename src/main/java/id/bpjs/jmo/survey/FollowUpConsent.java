package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.MessageKeyException;
import id.bpjs.jmo.complaint.ContactKind;
import id.bpjs.jmo.complaint.SurveyFollowUps;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The closed-loop part of a public survey submission (issue 16 §3): a participant whose overall satisfaction is low
 * (1–2) may tick the consent sentence ({@value #CONSENT_KEY}: purpose, who contacts, retention; UU 27/2022) and leave
 * a phone number or e-mail address. Any page posting to {@link PublicSurveyService} (the Vaadin form, a plain HTML
 * form) passes what the participant entered here; the service checks it before anything is stored.
 *
 * @param consent whether the consent sentence was ticked
 * @param contact the phone number or e-mail address as typed, or null/blank
 */
public record FollowUpConsent(boolean consent, @Nullable String contact) {

    /** The highest overall-satisfaction score (1–5) for which the follow-up is offered. */
    public static final int LOW_SCORE_MAX = SurveyFollowUps.LOW_SCORE_MAX;

    /** Nothing asked: no follow-up. */
    public static final FollowUpConsent NONE = new FollowUpConsent(false, null);

    /** The consent sentence (placeholder {0}: retention days after the case is settled). */
    public static final String CONSENT_KEY = "survey.followUp.consent";
    /** The label of the contact field. */
    public static final String CONTACT_KEY = "survey.followUp.contact";
    /** The field's helper text. */
    public static final String CONTACT_HELP_KEY = "survey.followUp.contactHelp";
    /** The section's lead sentence shown when overall satisfaction is 1 or 2. */
    public static final String OFFER_KEY = "survey.followUp.offer";
    /** The thank-you line when a follow-up case was opened. */
    public static final String THANKS_KEY = "survey.followUp.thanks";

    /** Whether a follow-up is asked for: consent ticked or a contact typed. */
    public boolean requested() {
        return consent || contact != null && !contact.isBlank();
    }

    /**
     * The parsed contact when a follow-up is asked for and allowed, empty when none is asked for.
     *
     * @throws Invalid (key {@code survey.followUp.notLowScore}) a follow-up for an overall score above 2 (minimal
     *     data: the product does not collect contacts it will not use); ({@code survey.followUp.consentMissing}) a
     *     contact without the consent; ({@code survey.followUp.contactMissing}) consent without a contact;
     *     ({@code survey.followUp.contactInvalid}) neither a phone number nor an e-mail address
     */
    Optional<ContactKind.Contact> check(@Nullable Integer overallSatisfaction) {
        if (!requested()) {
            return Optional.empty();
        }
        if (overallSatisfaction == null || overallSatisfaction > SurveyFollowUps.LOW_SCORE_MAX) {
            throw new Invalid("survey.followUp.notLowScore");
        }
        if (!consent) {
            throw new Invalid("survey.followUp.consentMissing");
        }
        if (contact == null || contact.isBlank()) {
            throw new Invalid("survey.followUp.contactMissing");
        }
        return Optional.of(ContactKind.parse(contact).orElseThrow(() -> new Invalid("survey.followUp.contactInvalid")));
    }

    /** A follow-up request that cannot be accepted; the key names the message (both languages) to show at the field. */
    public static final class Invalid extends MessageKeyException {

        Invalid(String messageKey) {
            super(messageKey);
        }
    }
}
