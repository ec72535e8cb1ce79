package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.util.ArrayList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommend score (0–10) over a filter, counted by the database. The daily aggregates ({@code survey_daily})
 * hold no recommend figures, so this one query groups the responses themselves over the period (it uses the
 * {@code (branch_id, submitted_at)} and {@code (submitted_at)} indexes); once the aggregates carry promoter, passive
 * and detractor counts it should read them instead. Staff get their own branch whatever they ask for.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class RecommendScores {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    RecommendScores(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    public RecommendScore of(RecordFilter requested) {
        var filter = requested.withBranch(currentUser.allowedBranch(requested.branchId()));
        var args = new ArrayList<Object>();
        var sql = new StringBuilder("select coalesce(sum(case when recommend_score >= 9 then 1 else 0 end), 0),"
                + " coalesce(sum(case when recommend_score between 7 and 8 then 1 else 0 end), 0),"
                + " coalesce(sum(case when recommend_score <= 6 then 1 else 0 end), 0)"
                + " from survey_response where recommend_score is not null and submitted_at >= ? and submitted_at < ?");
        args.add(Timestamp.valueOf(filter.period().start()));
        args.add(Timestamp.valueOf(filter.period().endExclusive()));
        if (filter.branchId() != null) {
            sql.append(" and branch_id = ?");
            args.add(filter.branchId());
        }
        if (filter.channel() != null) {
            var channels = SurveyStatistics.channels(filter.channel());
            sql.append(" and channel in (").append("?, ".repeat(channels.size() - 1)).append("?)");
            args.addAll(channels);
        }
        return jdbc.queryForObject(sql.toString(), (rs, row) -> new RecommendScore(rs.getLong(1), rs.getLong(2),
                rs.getLong(3)), args.toArray());
    }
}
