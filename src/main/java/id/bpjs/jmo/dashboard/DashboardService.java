package id.bpjs.jmo.dashboard;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.survey.AttributeScore;
import id.bpjs.jmo.survey.SurveyChannel;
import id.bpjs.jmo.survey.SurveyStatistics;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures. Managers and admins may look at any branch or all of them; staff always get their own
 * branch, whatever they ask for (enforced here, not only by the view).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class DashboardService {

    private final SurveyStatistics surveys;
    private final CurrentUser currentUser;

    DashboardService(SurveyStatistics surveys, CurrentUser currentUser) {
        this.surveys = surveys;
        this.currentUser = currentUser;
    }

    public List<AttributeScore> attributeScores(DateRange period, @Nullable Long branchId,
            @Nullable SurveyChannel channel) {
        return surveys.attributeScores(period, allowedBranch(branchId), channel);
    }

    /** The branch the current user may see: the requested one, or for staff always their own. */
    public @Nullable Long allowedBranch(@Nullable Long requested) {
        var user = currentUser.require();
        return user.seesAllBranches() ? requested : user.branchId();
    }
}
