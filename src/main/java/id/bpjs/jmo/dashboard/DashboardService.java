package id.bpjs.jmo.dashboard;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.claim.ClaimStatistics;
import id.bpjs.jmo.complaint.ComplaintStatistics;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.survey.SurveyStatistics;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
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
    private final ComplaintStatistics complaints;
    private final ClaimStatistics claims;
    private final CurrentUser currentUser;

    DashboardService(SurveyStatistics surveys, ComplaintStatistics complaints, ClaimStatistics claims,
            CurrentUser currentUser) {
        this.surveys = surveys;
        this.complaints = complaints;
        this.claims = claims;
        this.currentUser = currentUser;
    }

    /** All figures for the filter, in a handful of aggregate queries. */
    public DashboardData load(RecordFilter requested, LocalDate today) {
        var filter = requested.withBranch(currentUser.allowedBranch(requested.branchId()));
        var previous = filter.previous();
        return new DashboardData(filter, today, surveys.totals(filter), surveys.totals(previous),
                surveys.monthly(filter), complaints.figures(filter, today), complaints.figures(previous, today),
                complaints.perDayAndCategory(filter), complaints.perAttribute(filter),
                complaints.openByStatusAndAge(filter, today), claims.paymentSpeed(filter), claims.paymentSpeed(previous),
                claims.ratingsPerAttribute(filter));
    }
}
