package id.bpjs.jmo.dashboard;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.claim.ClaimStatistics;
import id.bpjs.jmo.complaint.ComplaintStatistics;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.survey.SurveyStatistics;
import jakarta.annotation.security.RolesAllowed;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.survey.SurveyTotals;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The dashboard's figures. Managers and admins may look at any branch or all of them; staff always get their own
 * branch, whatever they ask for (enforced here, not only by the view).
 */
@Service
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class DashboardService {

    private final SurveyStatistics surveys;
    private final ComplaintStatistics complaints;
    private final ClaimStatistics claims;
    private final CurrentUser currentUser;
    private final Executor executor;

    DashboardService(SurveyStatistics surveys, ComplaintStatistics complaints, ClaimStatistics claims,
            CurrentUser currentUser, @Qualifier("dashboardQueries") Executor executor) {
        this.surveys = surveys;
        this.complaints = complaints;
        this.claims = claims;
        this.currentUser = currentUser;
        this.executor = executor;
    }

    /**
     * All figures for the filter, in a handful of aggregate queries. They are independent read-only queries, so they
     * run side by side on the task executor (each in its own read-only transaction); the page waits for the slowest
     * one instead of the sum of all.
     */
    public DashboardData load(RecordFilter requested, LocalDate today) {
        var filter = requested.withBranch(currentUser.allowedBranch(requested.branchId()));
        var previous = filter.previous();
        var survey = async(() -> surveys.totals(filter));
        var previousSurvey = async(() -> surveys.totals(previous));
        var monthly = async(() -> surveys.monthly(filter));
        var figures = async(() -> complaints.figures(filter, today));
        var previousFigures = async(() -> complaints.figures(previous, today));
        var weeks = async(() -> complaints.perWeekAndCategory(filter));
        var attributes = async(() -> complaints.perAttribute(filter));
        var openByAge = async(() -> complaints.openByStatusAndAge(filter, today));
        var payment = async(() -> claims.paymentSpeed(filter));
        var previousPayment = async(() -> claims.paymentSpeed(previous));
        var ratings = async(() -> claims.ratingsPerAttribute(filter));
        var followUps = async(() -> complaints.followUps(filter, today));
        var recommend = async(() -> surveys.recommendScore(filter));
        var previousRecommend = async(() -> surveys.recommendScore(previous));
        return new DashboardData(filter, today, survey.join(), previousSurvey.join(),
                everyMonth(filter.period(), monthly.join()), figures.join(),
                previousFigures.join(), weeks.join(), attributes.join(), openByAge.join(), payment.join(),
                previousPayment.join(), ratings.join(), followUps.join(), recommend.join(), previousRecommend.join());
    }

    /**
     * One entry per calendar month the period touches, in order: a month without responses stays on the trend's axis
     * with empty totals (drawn as a gap and written "–" in the table), instead of disappearing and joining its
     * neighbours into one misleading line.
     */
    static List<SurveyStatistics.MonthlyTotals> everyMonth(DateRange period,
            List<SurveyStatistics.MonthlyTotals> months) {
        var byMonth = months.stream().collect(java.util.stream.Collectors.toMap(SurveyStatistics.MonthlyTotals::month,
                m -> m));
        var all = new ArrayList<SurveyStatistics.MonthlyTotals>();
        for (var month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to()));
                month = month.plusMonths(1)) {
            var found = byMonth.get(month);
            all.add(found != null ? found : new SurveyStatistics.MonthlyTotals(month, SurveyTotals.empty()));
        }
        return all;
    }

    private <T> CompletableFuture<T> async(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, executor);
    }
}
