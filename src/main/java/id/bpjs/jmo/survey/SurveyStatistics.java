package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RogersAttribute;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Survey figures, aggregated in the database: one query returns a handful of numbers, never the rows. */
@Service
@Transactional(readOnly = true)
public class SurveyStatistics {

    private final EntityManager entityManager;

    SurveyStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Mean and share satisfied (4–5) per attribute, in the order of {@link RogersAttribute}. */
    public List<AttributeScore> attributeScores(DateRange period, @Nullable Long branchId,
            @Nullable SurveyChannel channel) {
        var select = new StringBuilder("select count(s)");
        for (var attribute : RogersAttribute.values()) {
            var field = "s." + field(attribute);
            select.append(", avg(").append(field).append(")")
                    .append(", sum(case when ").append(field).append(" >= 4 then 1 else 0 end)");
        }
        select.append(" from SurveyResponse s where s.submittedAt >= :from and s.submittedAt < :to");
        if (branchId != null) {
            select.append(" and s.branch.id = :branchId");
        }
        if (channel != null) {
            select.append(" and s.channel = :channel");
        }
        var query = entityManager.createQuery(select.toString(), Object[].class)
                .setParameter("from", period.start())
                .setParameter("to", period.endExclusive());
        if (branchId != null) {
            query.setParameter("branchId", branchId);
        }
        if (channel != null) {
            query.setParameter("channel", channel);
        }
        var row = query.getSingleResult();
        long n = ((Number) row[0]).longValue();
        var scores = new ArrayList<AttributeScore>();
        int column = 1;
        for (var attribute : RogersAttribute.values()) {
            var mean = (Number) row[column++];
            var satisfied = (Number) row[column++];
            scores.add(new AttributeScore(attribute, mean == null ? 0 : mean.doubleValue(),
                    n == 0 || satisfied == null ? 0 : satisfied.doubleValue() / n, n));
        }
        return scores;
    }

    static String field(RogersAttribute attribute) {
        return switch (attribute) {
            case RELATIVE_ADVANTAGE -> "scoreRelativeAdvantage";
            case COMPATIBILITY -> "scoreCompatibility";
            case COMPLEXITY -> "scoreComplexity";
            case TRIALABILITY -> "scoreTrialability";
            case OBSERVABILITY -> "scoreObservability";
        };
    }
}
