package id.bpjs.jmo.claim;

import id.bpjs.jmo.base.domain.KeysetAnchors;
import id.bpjs.jmo.base.domain.SliceQuery;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** JHT claims page by page. Staff see their own branch only. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class ClaimRecords {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    ClaimRecords(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    public Slice<JhtClaim> list(ClaimQuery request, Pageable pageable) {
        return list(request, pageable, null);
    }

    /** As above; with {@code anchors} (one per list and filter) a deep page seeks instead of skipping rows. */
    public Slice<JhtClaim> list(ClaimQuery request, Pageable pageable,
            @org.jspecify.annotations.Nullable KeysetAnchors anchors) {
        var filter = request.filter().withBranch(currentUser.allowedBranch(request.filter().branchId()));
        Specification<JhtClaim> specification = (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            predicates.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), filter.period().start()));
            predicates.add(cb.lessThan(root.get("submittedAt"), filter.period().endExclusive()));
            if (filter.branchId() != null) {
                predicates.add(cb.equal(root.get("branch").get("id"), filter.branchId()));
            }
            var channel = request.claimChannel() != null ? request.claimChannel()
                    : filter.channel() == null ? null : ClaimChannel.valueOf(ClaimStatistics.claimChannel(filter.channel()));
            if (channel != null) {
                predicates.add(cb.equal(root.get("channel"), channel));
            }
            if (request.workingDays() != null) {
                predicates.add(cb.equal(root.get("outcome"), ClaimOutcome.PAID));
                predicates.add(request.orMore()
                        ? cb.greaterThanOrEqualTo(root.get("workingDaysToPayment"), request.workingDays())
                        : cb.equal(root.get("workingDaysToPayment"), request.workingDays()));
            }
            if (request.attribute() != null) {
                predicates.add(cb.equal(root.get("attribute"), request.attribute()));
                predicates.add(cb.isNotNull(root.get("speedRating")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        var sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by(Sort.Order.desc("submittedAt"));
        return SliceQuery.fetch(entityManager, JhtClaim.class, specification,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort), anchors, "branch");
    }
}
