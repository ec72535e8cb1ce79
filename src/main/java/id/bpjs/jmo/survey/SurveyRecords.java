package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.domain.KeysetAnchors;
import id.bpjs.jmo.base.domain.SliceQuery;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The survey responses behind the dashboard's figures, page by page. Staff see their own branch only. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class SurveyRecords {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    SurveyRecords(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    /** Responses in the filter; with an attribute, the lowest scores for it come first. */
    public Slice<SurveyResponse> list(RecordFilter requested, @Nullable RogersAttribute attribute, Pageable pageable) {
        return list(requested, attribute, false, pageable);
    }

    /** As {@link #list(RecordFilter, RogersAttribute, Pageable)}, optionally only responses with a comment. */
    public Slice<SurveyResponse> list(RecordFilter requested, @Nullable RogersAttribute attribute, boolean withComment,
            Pageable pageable) {
        return list(requested, attribute, withComment, pageable, null);
    }

    /** As above; with {@code anchors} (one per list and filter) a deep page seeks instead of skipping rows. */
    public Slice<SurveyResponse> list(RecordFilter requested, @Nullable RogersAttribute attribute, boolean withComment,
            Pageable pageable, @Nullable KeysetAnchors anchors) {
        var specification = specification(requested, withComment);
        var sort = attribute != null ? Sort.by(Sort.Order.asc(SurveyResponseFields.of(attribute)),
                Sort.Order.desc("submittedAt")) : pageable.getSort().isSorted() ? pageable.getSort()
                : Sort.by(Sort.Order.desc("submittedAt"));
        return SliceQuery.fetch(entityManager, SurveyResponse.class, specification,
                org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort),
                anchors, "branch");
    }

    /** How many responses in the filter carry a comment (not blank), counted by the database. */
    public long countWithComment(RecordFilter requested) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Long.class);
        var root = query.from(SurveyResponse.class);
        query.select(builder.count(root)).where(specification(requested, true).toPredicate(root, query, builder));
        return entityManager.createQuery(query).getSingleResult();
    }

    private Specification<SurveyResponse> specification(RecordFilter requested, boolean withComment) {
        var filter = requested.withBranch(currentUser.allowedBranch(requested.branchId()));
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            predicates.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), filter.period().start()));
            predicates.add(cb.lessThan(root.get("submittedAt"), filter.period().endExclusive()));
            if (filter.branchId() != null) {
                predicates.add(cb.equal(root.get("branch").get("id"), filter.branchId()));
            }
            if (filter.channel() != null) {
                predicates.add(root.get("channel").in(SurveyStatistics.channels(filter.channel()).stream()
                        .map(SurveyChannel::valueOf).toList()));
            }
            if (withComment) {
                predicates.add(cb.isNotNull(root.get("comment")));
                predicates.add(cb.notEqual(cb.trim(root.<String>get("comment")), ""));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Entity property names of the attribute items. */
    static final class SurveyResponseFields {
        private SurveyResponseFields() {
        }

        static String of(RogersAttribute attribute) {
            return switch (attribute) {
                case RELATIVE_ADVANTAGE -> "scoreRelativeAdvantage";
                case COMPATIBILITY -> "scoreCompatibility";
                case COMPLEXITY -> "scoreComplexity";
                case TRIALABILITY -> "scoreTrialability";
                case OBSERVABILITY -> "scoreObservability";
            };
        }
    }
}
