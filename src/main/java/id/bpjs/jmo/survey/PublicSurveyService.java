package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.time.ServiceTime;
import id.bpjs.jmo.complaint.SurveyFollowUps;
import id.bpjs.jmo.branch.BranchService;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import id.bpjs.jmo.base.domain.RogersAttribute;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * A question the answers cannot be stored with.
     *
     * @param field      a {@link PublicSurveyForm} field name
     * @param messageKey the translation key of what to do about it (e.g. {@code survey.ageInvalid})
     */
    public record FieldError(String field, String messageKey) {
    }

    /** What became of a posted form: an outcome, or (outcome null) the questions to fix, in page order. */
    public record Submission(@Nullable Outcome outcome, List<FieldError> errors) {

        static Submission of(Outcome outcome) {
            return new Submission(outcome, List.of());
        }
    }

    /** Age: the field as the participant typed it, checked here and in the entity's range. */
    private static final String AGE_INVALID = "survey.ageInvalid";
    private static final String CHOOSE = "survey.error.choose";

    /**
     * The page opening: a form token when the client may submit, otherwise null and how long until it may.
     *
     * @param kiosk the registered kiosk of this branch the page runs on, or null
     */
    public record Opening(@Nullable String token, Duration retryAfter, @Nullable Kiosk kiosk, String branchName) {

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

    /**
     * The questions of a posted public form that stop it from being stored, in page order; empty when it can be
     * stored. Rules: every question of {@link PublicSurveyForm#REQUIRED} answered (consent ticked), each answer one
     * of the offered ones, and then the entity's own rules ({@link SurveyResponse}: age 15–100, Likert 1–5, IKM 1–4 and
     * all nine or none, recommend 0–10, comment at most 2000 characters). Counts against nothing.
     */
    public List<FieldError> check(PublicSurveyForm form) {
        var errors = new LinkedHashMap<String, String>();
        var response = toResponse(form, errors);
        for (var field : PublicSurveyForm.REQUIRED) {
            if (!form.answered(field) || field.equals(PublicSurveyForm.CONSENT) && !form.is(field, "on")) {
                errors.putIfAbsent(field, switch (field) {
                    case PublicSurveyForm.CONSENT -> "survey.error.consent";
                    case PublicSurveyForm.AGE -> AGE_INVALID;
                    default -> CHOOSE;
                });
            }
        }
        for (var violation : validator.validate(response, jakarta.validation.groups.Default.class,
                SurveyResponse.PublicForm.class)) {
            var path = violation.getPropertyPath().toString();
            switch (path) {
                // set when stored, not answered by the participant
                case "branch", "submittedAt" -> {
                }
                case "ikmComplete" -> PublicSurveyForm.IKM.stream().filter(u -> !form.answered(u))
                        .forEach(u -> errors.putIfAbsent(u, "survey.error.ikmPartial"));
                case "onePartComplete", "rogersWithOverall" -> errors.putIfAbsent(PublicSurveyForm.OVERALL, CHOOSE);
                case PublicSurveyForm.AGE -> errors.putIfAbsent(path, AGE_INVALID);
                case PublicSurveyForm.COMMENT -> errors.putIfAbsent(path, "survey.error.comment");
                default -> errors.putIfAbsent(PublicSurveyForm.FIELDS.contains(path) ? path
                        : PublicSurveyForm.CONSENT, CHOOSE);
            }
        }
        if (!errors.containsKey(PublicSurveyForm.OVERALL)) {
            try {
                form.followUp().check(response.getOverallSatisfaction());
            } catch (FollowUpConsent.Invalid invalid) {
                errors.putIfAbsent(invalid.messageKey().endsWith("consentMissing") ? PublicSurveyForm.FOLLOW_UP_CONSENT
                        : PublicSurveyForm.FOLLOW_UP_CONTACT, invalid.messageKey());
            }
        }
        return PublicSurveyForm.FIELDS.stream().filter(errors::containsKey)
                .map(field -> new FieldError(field, errors.get(field))).toList();
    }

    /**
     * Stores a posted public form: {@link #check} first (questions to fix come back, nothing counted), then
     * {@link #submit(String, SurveyResponse, SurveyClient, String)} with its order of checks and its failure rules.
     */
    @Transactional
    public Submission submit(String branchCode, PublicSurveyForm form, SurveyClient client, String formToken) {
        if (branches.byCode(branchCode).isEmpty()) {
            return Submission.of(Outcome.UNKNOWN_BRANCH);
        }
        var errors = check(form);
        if (!errors.isEmpty()) {
            return new Submission(null, errors);
        }
        return Submission.of(submit(branchCode, toResponse(form, new LinkedHashMap<>()), form.followUp(), client,
                formToken));
    }

    /** The entity the form describes; an answer that is not one of the offered ones is noted in {@code errors}. */
    private static SurveyResponse toResponse(PublicSurveyForm form, Map<String, String> errors) {
        var response = new SurveyResponse();
        response.setChannel(choice(form, PublicSurveyForm.CHANNEL, SurveyChannel.class, errors));
        var gender = choice(form, PublicSurveyForm.GENDER, Gender.class, errors);
        if (gender != null) {
            response.setGender(gender);
        }
        var education = choice(form, PublicSurveyForm.EDUCATION, Education.class, errors);
        if (education != null) {
            response.setEducation(education);
        }
        var occupation = choice(form, PublicSurveyForm.OCCUPATION, Occupation.class, errors);
        if (occupation != null) {
            response.setOccupation(occupation);
        }
        var age = number(form, PublicSurveyForm.AGE, errors, AGE_INVALID);
        if (age != null) {
            response.setAge(age);
        }
        var usesJmo = form.value(PublicSurveyForm.USES_JMO);
        if (usesJmo != null && !usesJmo.equals("true") && !usesJmo.equals("false")) {
            errors.put(PublicSurveyForm.USES_JMO, CHOOSE);
        }
        response.setUsesJmo(usesJmo == null || errors.containsKey(PublicSurveyForm.USES_JMO) ? null
                : Boolean.valueOf(usesJmo));
        for (var attribute : RogersAttribute.values()) {
            response.setScore(attribute, number(form, PublicSurveyForm.rogersField(attribute), errors, CHOOSE));
        }
        response.setOverallSatisfaction(number(form, PublicSurveyForm.OVERALL, errors, CHOOSE));
        response.setRecommendScore(number(form, PublicSurveyForm.RECOMMEND, errors, CHOOSE));
        for (int u = 1; u <= PublicSurveyForm.IKM.size(); u++) {
            response.setIkmAnswer(u, number(form, PublicSurveyForm.IKM.get(u - 1), errors, CHOOSE));
        }
        response.setComment(form.value(PublicSurveyForm.COMMENT));
        return response;
    }

    private static <E extends Enum<E>> @Nullable E choice(PublicSurveyForm form, String field, Class<E> type,
            Map<String, String> errors) {
        var value = form.value(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException notOffered) {
            errors.put(field, CHOOSE);
            return null;
        }
    }

    private static @Nullable Integer number(PublicSurveyForm form, String field, Map<String, String> errors,
            String messageKey) {
        var value = form.value(field);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,3}")) {
            errors.put(field, messageKey);
            return null;
        }
        return Integer.valueOf(value);
    }

    public boolean branchExists(String code) {
        return branches.byCode(code).isPresent();
    }

    /** The branch's name as participants know it ("Purwokerto"); throws {@link IllegalArgumentException} if unknown. */
    public String branchName(String code) {
        return branches.byCode(code).orElseThrow(() -> new IllegalArgumentException(code)).getName();
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
            return new Opening(null, allowance.retryAfter(), kiosk, branch.getName());
        }
        limiter.purgeExpired();
        return new Opening(tokens.issue(branch.getId()), Duration.ZERO, kiosk, branch.getName());
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
