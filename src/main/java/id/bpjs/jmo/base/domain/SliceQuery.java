package id.bpjs.jmo.base.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import java.util.ArrayList;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.jpa.domain.Specification;

/**
 * One page of a list without counting the whole table: fetches one row more than asked to know whether there is a
 * next page. Lists of a million rows scroll without a COUNT per scroll.
 */
public final class SliceQuery {

    private SliceQuery() {
    }

    public static <T> Slice<T> fetch(EntityManager entityManager, Class<T> type, Specification<T> specification,
            Pageable pageable, String... fetchJoins) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(type);
        var root = query.from(type);
        for (var join : fetchJoins) {
            root.fetch(join, JoinType.LEFT);
        }
        var predicate = specification.toPredicate(root, query, builder);
        if (predicate != null) {
            query.where(predicate);
        }
        var orders = new ArrayList<Order>();
        pageable.getSort().forEach(order -> orders.add(order.isAscending() ? builder.asc(root.get(order.getProperty()))
                : builder.desc(root.get(order.getProperty()))));
        orders.add(builder.desc(root.get("id")));
        query.orderBy(orders);
        var rows = entityManager.createQuery(query).setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize() + 1).getResultList();
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }
}
