package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommend score (0–10) over a filter: promoters, passives and detractors summed from the daily aggregates
 * ({@code survey_daily}, V19), so its cost grows with days, not responses. Staff get their own branch whatever they
 * ask for.
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
        var sql = "select coalesce(sum(rec_promoters), 0), coalesce(sum(rec_passives), 0),"
                + " coalesce(sum(rec_detractors), 0) from survey_daily" + SurveyStatistics.where(filter, args);
        return jdbc.queryForObject(sql, (rs, row) -> new RecommendScore(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                args.toArray());
    }
}
