package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.time.ServiceTime;
import id.bpjs.jmo.branch.BranchService;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions of the public survey (no login). Abuse is handled here, not in the page: a rate limit per client and
 * branch, one stored response per form (a double click or a resent request stores nothing twice), and validation
 * that refuses out-of-range or oversized answers without storing anything.
 */
@Service
public class PublicSurveyService {

    /** What happened to a submission. */
    public enum Outcome {
        STORED, ALREADY_STORED, RATE_LIMITED, UNKNOWN_BRANCH
    }

    private static final Duration TOKEN_MEMORY = Duration.ofHours(2);

    private final SurveyService surveys;
    private final BranchService branches;
    private final SubmissionLimiter limiter;
    private final Map<String, Instant> usedTokens = new ConcurrentHashMap<>();
    private final ServiceTime time;

    PublicSurveyService(SurveyService surveys, BranchService branches, SubmissionLimiter limiter, ServiceTime time) {
        this.time = time;
        this.surveys = surveys;
        this.branches = branches;
        this.limiter = limiter;
    }

    public boolean branchExists(String code) {
        return branches.byCode(code).isPresent();
    }

    /**
     * Stores one response for the branch. {@code formToken} identifies the filled form: the same token twice is one
     * response. Throws {@link ConstraintViolationException} for invalid answers (nothing stored).
     */
    @Transactional
    public Outcome submit(String branchCode, SurveyResponse answers, String client, String formToken) {
        var branch = branches.byCode(branchCode);
        if (branch.isEmpty()) {
            return Outcome.UNKNOWN_BRANCH;
        }
        var now = time.instant();
        usedTokens.entrySet().removeIf(e -> e.getValue().isBefore(now.minus(TOKEN_MEMORY)));
        if (usedTokens.containsKey(formToken)) {
            return Outcome.ALREADY_STORED;
        }
        if (!limiter.tryAcquire(client, branchCode)) {
            return Outcome.RATE_LIMITED;
        }
        answers.setBranch(branch.get());
        answers.setSubmittedAt(time.now(branch.get().zone()));
        if (usedTokens.putIfAbsent(formToken, now) != null) {
            return Outcome.ALREADY_STORED;
        }
        try {
            surveys.record(answers);
        } catch (RuntimeException e) {
            usedTokens.remove(formToken);
            throw e;
        }
        return Outcome.STORED;
    }
}
