package id.bpjs.jmo.claim;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff record a participant's claim-speed feedback by hand (at the counter, by phone). The daily claim figures of
 * that day and branch are recomputed in the same transaction, so the dashboard stays exact.
 */
@Service
@Transactional
public class ClaimFeedbackService {

    private final JhtClaimRepository claims;
    private final ClaimAggregates aggregates;
    private final CurrentUser currentUser;
    private final Validator validator;

    ClaimFeedbackService(JhtClaimRepository claims, ClaimAggregates aggregates, CurrentUser currentUser,
            Validator validator) {
        this.claims = claims;
        this.aggregates = aggregates;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public JhtClaim recordFeedback(long claimId, int rating, RogersAttribute attribute, @Nullable String comment) {
        var claim = claims.findWithBranch(claimId).orElseThrow();
        var user = currentUser.require();
        var branch = Objects.requireNonNull(claim.getBranch());
        if (user.role() != Role.ADMIN && !Objects.equals(user.branchId(), branch.getId())) {
            throw new AccessDeniedException("Staff record feedback for their own branch's claims only");
        }
        claim.setSpeedRating(rating);
        claim.setAttribute(attribute);
        claim.setComment(comment == null || comment.isBlank() ? null : comment.trim());
        var violations = validator.validate(claim);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var saved = claims.saveAndFlush(claim);
        aggregates.refresh(saved.getSubmittedAt().toLocalDate(), branch.getId());
        return saved;
    }
}
