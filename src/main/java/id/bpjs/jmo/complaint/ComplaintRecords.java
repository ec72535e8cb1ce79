package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.KeysetAnchors;
import id.bpjs.jmo.base.domain.SliceQuery;
import id.bpjs.jmo.security.AppUser;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Complaints page by page, without counting them all. Staff see their own branch only. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class ComplaintRecords {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final ComplaintDeadlines deadlines;

    ComplaintRecords(EntityManager entityManager, CurrentUser currentUser, ComplaintDeadlines deadlines) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.deadlines = deadlines;
    }

    public Slice<Complaint> list(ComplaintQuery request, LocalDate today, Pageable pageable) {
        return list(request, today, pageable, null);
    }

    /**
     * One page of the list, newest first unless sorted otherwise; with {@code anchors} (one per list and filter) a deep
     * page seeks from the page before it instead of skipping rows ({@link KeysetAnchors}).
     */
    public Slice<Complaint> list(ComplaintQuery request, LocalDate today, Pageable pageable,
            @org.jspecify.annotations.Nullable KeysetAnchors anchors) {
        var sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by(Sort.Order.desc("receivedAt"));
        return SliceQuery.fetch(entityManager, Complaint.class, specification(request, today),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort), anchors, "branch", "assignee");
    }

    /** How many complaints each queue holds under the list's filter (category and attribute included), counted by the database. */
    public Map<ComplaintQueue, Long> queueCounts(ComplaintQuery request, LocalDate today) {
        var counts = new EnumMap<ComplaintQueue, Long>(ComplaintQueue.class);
        var builder = entityManager.getCriteriaBuilder();
        for (var queue : ComplaintQueue.values()) {
            var query = builder.createQuery(Long.class);
            var root = query.from(Complaint.class);
            query.select(builder.count(root)).where(specification(request.inQueue(queue), today)
                    .toPredicate(root, query, builder));
            counts.put(queue, entityManager.createQuery(query).getSingleResult());
        }
        return counts;
    }

    private Specification<Complaint> specification(ComplaintQuery request, LocalDate today) {
        var filter = request.filter().withBranch(currentUser.allowedBranch(request.filter().branchId()));
        var search = request.search() == null ? "" : request.search().trim();
        boolean kpjSearch = search.matches("\\d{11}");
        boolean ticketSearch = search.matches("[A-Za-z]{2,8}-\\d{4}-\\d{1,6}");
        var queue = request.queue();
        // a ticket or KPJ number names one record: it is found whatever period is chosen
        boolean anyPeriod = kpjSearch || ticketSearch || queue != null && queue.anyPeriod();
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (!anyPeriod) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), filter.period().start()));
                predicates.add(cb.lessThan(root.get("receivedAt"), filter.period().endExclusive()));
            }
            if (filter.branchId() != null) {
                predicates.add(cb.equal(root.get("branch").get("id"), filter.branchId()));
            }
            if (filter.channel() != null) {
                predicates.add(cb.equal(root.get("channel"),
                        ComplaintChannel.valueOf(ComplaintStatistics.complaintChannel(filter.channel()))));
            }
            if (request.status() != null) {
                predicates.add(cb.equal(root.get("status"), request.status()));
            }
            if (request.category() != null) {
                predicates.add(cb.equal(root.get("category"), request.category()));
            }
            if (request.attribute() != null) {
                predicates.add(cb.equal(root.get("attribute"), request.attribute()));
            }
            if (request.appVersion() != null) {
                predicates.add(cb.equal(root.get("appVersion"), request.appVersion()));
            }
            if (request.platform() != null) {
                predicates.add(cb.equal(root.get("platform"), request.platform()));
            }
            if (!search.isEmpty()) {
                // a ticket number or a KPJ number finds that record; anything else searches the description's words
                if (kpjSearch) {
                    predicates.add(cb.equal(root.get("kpjNumber"), search));
                } else if (ticketSearch) {
                    predicates.add(cb.equal(cb.upper(root.get("ticketNumber")), search.toUpperCase()));
                } else {
                    for (var word : search.toLowerCase().split("\\s+")) {
                        predicates.add(cb.like(cb.lower(root.get("description")), "%" + escape(word) + "%", '\\'));
                    }
                }
            }
            if (request.mine() || queue == ComplaintQueue.MINE) {
                predicates.add(cb.equal(root.get("assignee").get("id"), currentUser.require().userId()));
            }
            if (request.assigneeId() != null) {
                // within the branch scope above: staff filtering by someone of another branch see nothing
                predicates.add(cb.equal(root.get("assignee").get("id"), request.assigneeId()));
            }
            if (queue == ComplaintQueue.MINE || queue == ComplaintQueue.UNASSIGNED) {
                predicates.add(root.get("status").in(ComplaintDeadlines.OPEN));
            }
            if (queue == ComplaintQueue.UNASSIGNED) {
                predicates.add(cb.isNull(root.get("assignee")));
            }
            if (queue != null && queue.status() != null) {
                predicates.add(cb.equal(root.get("status"), queue.status()));
            }
            if (request.overdueOnly() || queue == ComplaintQueue.OVERDUE) {
                predicates.add(deadlines.overdue(cb, root, today));
            }
            if (request.ageBand() != null) {
                predicates.add(deadlines.ageBand(cb, root, request.ageBand(), today));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /**
     * The name of a person the list can be filtered by ({@code ComplaintQuery.assigneeId}), if that person belongs to
     * a branch the reader may see (staff: their own; managers and admins: any).
     */
    public Optional<String> assigneeName(long userId) {
        var user = entityManager.find(AppUser.class, userId);
        if (user == null) {
            return Optional.empty();
        }
        var scope = currentUser.allowedBranch(null);
        var branch = user.getBranch();
        if (scope != null && (branch == null || !scope.equals(branch.getId()))) {
            return Optional.empty();
        }
        return Optional.of(user.getFullName());
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Age in working days on {@code today} (the rule of {@link ComplaintDeadlines}). */
    public int ageInWorkingDays(Complaint complaint, LocalDate today) {
        return deadlines.ageInWorkingDays(complaint, today);
    }

    /** Open and past a time limit on {@code today} (the rule of {@link ComplaintDeadlines}). */
    public boolean isOverdue(Complaint complaint, LocalDate today) {
        return deadlines.isOverdue(complaint, today);
    }

    /** Open, not overdue, past the first-response limit (the rule of {@link ComplaintDeadlines}). */
    public boolean isWarning(Complaint complaint, LocalDate today) {
        return deadlines.isWarning(complaint, today);
    }

    public ComplaintTimeLimits limits() {
        return deadlines.limits();
    }
}
