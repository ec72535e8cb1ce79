package id.bpjs.jmo.dashboard;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.claim.ClaimStatistics;
import id.bpjs.jmo.complaint.ComplaintStatistics;
import id.bpjs.jmo.survey.SurveyStatistics;
import id.bpjs.jmo.survey.SurveyTotals;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything the dashboard shows for one filter, and the same figures for the period before. */
public record DashboardData(RecordFilter filter, LocalDate today, SurveyTotals survey, SurveyTotals previousSurvey,
        List<SurveyStatistics.MonthlyTotals> monthly, ComplaintStatistics.Figures complaints,
        ComplaintStatistics.Figures previousComplaints, List<ComplaintStatistics.DayCount> complaintDays,
        List<ComplaintStatistics.AttributeCount> complaintAttributes, List<ComplaintStatistics.StatusAge> openByAge,
        ClaimStatistics.PaymentSpeed payment, ClaimStatistics.PaymentSpeed previousPayment,
        List<ClaimStatistics.Rating> ratings) {

    /** The attribute with the lowest mean among those answered at least once (each mean over its own n). */
    public Optional<RogersAttribute> weakest(SurveyTotals totals) {
        return Arrays.stream(RogersAttribute.values()).filter(a -> totals.n(a) > 0)
                .min(Comparator.comparingDouble(totals::mean));
    }

    public Optional<RogersAttribute> weakest() {
        return weakest(survey);
    }
}
