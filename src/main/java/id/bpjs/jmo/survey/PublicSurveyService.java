package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.time.ServiceTime;
import id.bpjs.jmo.complaint.SurveyFollowUps;
import id.bpjs.jmo.branch.BranchService;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions of the public survey (no login). Abuse is handled here, not in the page: each opened form gets a
 * one-time token (a double click or a resent request stores one response; a script has to open the page for every
 * response), the answers are validated before anything is counted, and then the client's allowances are counted
 * ({@link SubmissionLimiter}: per device and per address, or per registered kiosk).
 */
@Service
public class PublicSurveyService {

    /** What happened to a submission. */
    public enum Outcome {
        /** Stored. */
        STORED,
        /** This form was already stored (double submit): nothing stored again. */
        ALREADY_STORED,
        /** The client has no allowance left: nothing stored, the token stays unused. */
        RATE_LIMITED,
        /** The form's token is unknown, for another branch or expired: the page must be opened again. */
        FORM_EXPIRED,
        UNKNOWN_BRANCH
    }

    /**
     * The page opening: a form token when the client may submit, otherwise null and how long until it may.
     *
     * @param kiosk the registered kiosk of this branch the page runs on, or null
     */
    public record Opening(@Nullable String token, Duration retryAfter, @Nullable Kiosk kiosk) {

        public boolean allowed() {
            return token != null;
        }
    }

    private final SurveyService surveys;
    private final BranchService branches;
    private final SubmissionLimiter limiter;
    private final FormTokens tokens;
    private final KioskService kiosks;
    private final Validator validator;
    private final ServiceTime time;
    private final SurveyFollowUps followUps;

    PublicSurveyService(SurveyService surveys, BranchService branches, SubmissionLimiter limiter, FormTokens tokens,
            KioskService kiosks, Validator validator, ServiceTime time, SurveyFollowUps followUps) {
        this.time = time;
        this.followUps = followUps;
        this.surveys = surveys;
        this.branches = branches;
        this.limiter = limiter;
        this.tokens = tokens;
        this.kiosks = kiosks;
        this.validator = validator;
    }

    public boolean branchExists(String code) {
        return branches.byCode(code).isPresent();
    }

    /**
     * Opens a form for the branch: checks (without counting) that the client has a submission left, so a participant
     * is told before filling in, and issues the form's one-time token. Throws {@link IllegalArgumentException} for an
     * unknown branch.
     */
    @Transactional
    public Opening open(String branchCode, SurveyClient client) {
        var branch = branches.byCode(branchCode).orElseThrow(() -> new IllegalArgumentException(branchCode));
        var kiosk = kioskOf(branchCode, client);
        var allowance = limiter.check(client, kiosk == null ? null : kiosk.id());
        if (!allowance.allowed()) {
            return new Opening(null, allowance.retryAfter(), kiosk);
        }
        limiter.purgeExpired();
        return new Opening(tokens.issue(branch.getId()), Duration.ZERO, kiosk);
    }

    /**
     * Stores one response for the branch, in this order: branch, answers (invalid ones throw
     * {@link ConstraintViolationException} and count against nothing), the form token (used: ALREADY_STORED; unknown
     * or expired: FORM_EXPIRED), the client's allowances (RATE_LIMITED), then the response and the token's use in one
     * transaction. If storing fails the exception propagates, the token stays unused and the allowance is given back,
     * so the participant can retry the same form.
     */
    @Transactional
    public Outcome submit(String branchCode, SurveyResponse answers, SurveyClient client, String formToken) {
        return submit(branchCode, answers, FollowUpConsent.NONE, client, formToken);
    }

    /**
     * {@link #submit(String, SurveyResponse, SurveyClient, String)} with the closed-loop part: when the overall score
     * is 1–2 and the participant consented and left a contact, a follow-up case opens in the complaint workflow in
     * the same transaction as the response ({@link SurveyFollowUps}). The follow-up part is checked with the answers,
     * before the token and the allowance, and refused with {@link FollowUpConsent.Invalid} (a translation key).
     */
    @Transactional
    public Outcome submit(String branchCode, SurveyResponse answers, FollowUpConsent followUp, SurveyClient client,
            String formToken) {
        var branch = branches.byCode(branchCode);
        if (branch.isEmpty()) {
            return Outcome.UNKNOWN_BRANCH;
        }
        answers.setBranch(branch.get());
        answers.setSubmittedAt(time.now(branch.get().zone()));
        // the public form asks for every field of our questionnaire (SurveyResponse.PublicForm), checked before the
        // token and the allowance so an invalid submission counts against nothing
        var violations = validator.validate(answers, jakarta.validation.groups.Default.class,
                SurveyResponse.PublicForm.class);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var contact = followUp.check(answers.getOverallSatisfaction());
        long branchId = branch.get().getId();
        switch (tokens.state(formToken, branchId)) {
            case USED -> {
                return Outcome.ALREADY_STORED;
            }
            case INVALID -> {
                return Outcome.FORM_EXPIRED;
            }
            case VALID -> {
            }
        }
        var kiosk = kioskOf(branchCode, client);
        var kioskId = kiosk == null ? null : kiosk.id();
        if (!limiter.tryAcquire(client, kioskId)) {
            return Outcome.RATE_LIMITED;
        }
        try {
            if (!tokens.claim(formToken, branchId)) {
                limiter.refund(client, kioskId);
                return Outcome.ALREADY_STORED;
            }
            var saved = surveys.recordPublicForm(answers);
            if (contact.isPresent()) {
                followUps.open(new SurveyFollowUps.Request(java.util.Objects.requireNonNull(saved.getId()),
                        branch.get(), saved.getSubmittedAt(), java.util.Objects.requireNonNull(
                                saved.getOverallSatisfaction()), lowestAttribute(saved), saved.getComment(),
                        contact.get()));
            }
            if (kiosk != null) {
                kiosks.touch(kiosk.id());
            }
        } catch (RuntimeException e) {
            limiter.refund(client, kioskId);
            throw e;
        }
        return Outcome.STORED;
    }

    /** The Rogers item the participant scored lowest (the first in Rogers' order on a tie): the case's attribute. */
    static RogersAttribute lowestAttribute(SurveyResponse response) {
        RogersAttribute lowest = RogersAttribute.RELATIVE_ADVANTAGE;
        int min = Integer.MAX_VALUE;
        for (var attribute : RogersAttribute.values()) {
            var score = response.score(attribute);
            if (score != null && score < min) {
                min = score;
                lowest = attribute;
            }
        }
        return lowest;
    }

    /** The retention period the consent sentence states (days after the case is settled). */
    public int followUpRetentionDays() {
        return followUps.retentionDays();
    }

    private @Nullable Kiosk kioskOf(String branchCode, SurveyClient client) {
        if (!client.kioskMode()) {
            return null;
        }
        return kiosks.bySecret(client.kioskSecret()).filter(k -> k.branchCode().equals(branchCode)).orElse(null);
    }
}
