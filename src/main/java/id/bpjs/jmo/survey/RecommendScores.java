package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
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

    private final SurveyStatistics statistics;
    private final CurrentUser currentUser;

    RecommendScores(SurveyStatistics statistics, CurrentUser currentUser) {
        this.statistics = statistics;
        this.currentUser = currentUser;
    }

    public RecommendScore of(RecordFilter requested) {
        return statistics.recommendScore(requested.withBranch(currentUser.allowedBranch(requested.branchId())));
    }
}
