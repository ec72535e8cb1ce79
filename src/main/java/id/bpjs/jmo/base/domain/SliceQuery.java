package id.bpjs.jmo.base.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * One page of a list without counting the whole table: fetches one row more than asked to know whether there is a
 * next page. Lists of a million rows scroll without a COUNT per scroll. With {@link KeysetAnchors}, a page starts
 * from the sort key of the nearest page already read (keyset paging) instead of skipping {@code offset} rows, so a
 * deep page costs what the first one costs.
 * <p>
 * The order is the requested sort and then {@code id} descending (unique, so the order is total). Nulls sort as the
 * highest value, as H2 ({@code DEFAULT_NULL_ORDERING=HIGH}) and PostgreSQL both do by default; the seek condition
 * follows the same rule.
 */
public final class SliceQuery {

    private SliceQuery() {
    }

    public static <T> Slice<T> fetch(EntityManager entityManager, Class<T> type, Specification<T> specification,
            Pageable pageable, String... fetchJoins) {
        return fetch(entityManager, type, specification, pageable, null, fetchJoins);
    }

    /**
     * As {@link #fetch(EntityManager, Class, Specification, Pageable, String...)}, seeking from the nearest anchor in
     * {@code anchors} at or below the page's offset, and remembering where the next page begins.
     */
    public static <T> Slice<T> fetch(EntityManager entityManager, Class<T> type, Specification<T> specification,
            Pageable pageable, @Nullable KeysetAnchors anchors, String... fetchJoins) {
        var sort = pageable.getSort().and(Sort.by(Sort.Order.desc("id")));
        var orders = sort.toList();
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createTupleQuery();
        Root<T> root = query.from(type);
        for (var join : fetchJoins) {
            root.fetch(join, JoinType.LEFT);
        }
        var selection = new ArrayList<jakarta.persistence.criteria.Selection<?>>();
        selection.add(root);
        for (var order : orders) {
            selection.add(root.get(order.getProperty()));
        }
        query.multiselect(selection);
        var predicates = new ArrayList<Predicate>();
        var predicate = specification.toPredicate(root, query, builder);
        if (predicate != null) {
            predicates.add(predicate);
        }
        long offset = pageable.getOffset();
        long skip = offset;
        var anchor = anchors == null ? null : anchors.nearest(sort, offset).orElse(null);
        if (anchor != null) {
            predicates.add(after(builder, root, orders, anchor.key()));
            skip = offset - anchor.offset();
        }
        query.where(predicates.toArray(Predicate[]::new));
        var jpaOrders = new ArrayList<Order>();
        for (var order : orders) {
            Path<?> path = root.get(order.getProperty());
            jpaOrders.add(order.isAscending() ? builder.asc(path) : builder.desc(path));
        }
        query.orderBy(jpaOrders);
        List<Tuple> rows = entityManager.createQuery(query).setFirstResult(Math.toIntExact(skip))
                .setMaxResults(pageable.getPageSize() + 1).getResultList();
        boolean hasNext = rows.size() > pageable.getPageSize();
        var page = hasNext ? rows.subList(0, pageable.getPageSize()) : rows;
        if (anchors != null && !page.isEmpty() && page.size() == pageable.getPageSize()) {
            var last = page.getLast();
            var key = new Object[orders.size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = last.get(i + 1);
            }
            anchors.remember(sort, offset + page.size(), key);
        }
        var items = new ArrayList<T>(page.size());
        for (var row : page) {
            items.add(row.get(0, type));
        }
        return new SliceImpl<>(items, pageable, hasNext);
    }

    /**
     * Rows strictly after {@code key} in the order {@code orders}: (c1 after v1) or (c1 = v1 and c2 after v2) or …;
     * plus, when the first column runs downwards from a value, {@code c1 <= v1} alone, which an index on c1 can
     * range-scan (the disjunction by itself it cannot).
     */
    static Predicate after(CriteriaBuilder builder, Root<?> root, List<Sort.Order> orders, Object[] key) {
        var alternatives = new ArrayList<Predicate>();
        var equalSoFar = new ArrayList<Predicate>();
        for (int i = 0; i < orders.size(); i++) {
            Expression<?> column = root.get(orders.get(i).getProperty());
            var step = new ArrayList<>(equalSoFar);
            step.add(strictlyAfter(builder, column, orders.get(i).isAscending(), key[i]));
            alternatives.add(builder.and(step.toArray(Predicate[]::new)));
            equalSoFar.add(key[i] == null ? builder.isNull(column) : builder.equal(column, key[i]));
        }
        var seek = builder.or(alternatives.toArray(Predicate[]::new));
        var first = orders.getFirst();
        if (!first.isAscending() && key[0] != null) {
            return builder.and(lessOrEqual(builder, root.get(first.getProperty()), key[0]), seek);
        }
        return seek;
    }

    /** Nulls are the highest value: ascending they come last, descending first. */
    private static Predicate strictlyAfter(CriteriaBuilder builder, Expression<?> column, boolean ascending,
            @Nullable Object value) {
        if (value == null) {
            return ascending ? builder.disjunction() : builder.isNotNull(column);
        }
        return ascending ? builder.or(greater(builder, column, value), builder.isNull(column))
                : less(builder, column, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate greater(CriteriaBuilder builder, Expression column, Object value) {
        return builder.greaterThan(column, (Comparable) value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate less(CriteriaBuilder builder, Expression column, Object value) {
        return builder.lessThan(column, (Comparable) value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate lessOrEqual(CriteriaBuilder builder, Expression column, Object value) {
        return builder.lessThanOrEqualTo(column, (Comparable) value);
    }
}
