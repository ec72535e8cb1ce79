package id.bpjs.jmo.dashboard;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.stats.Significance;
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
        List<ClaimStatistics.Rating> ratings, ComplaintStatistics.FollowUps followUps) {

    /** The attribute with the lowest mean among those answered at least once (each mean over its own n). */
    public Optional<RogersAttribute> weakest(SurveyTotals totals) {
        return Arrays.stream(RogersAttribute.values()).filter(a -> totals.n(a) > 0)
                .min(Comparator.comparingDouble(totals::mean));
    }

    public Optional<RogersAttribute> weakest() {
        return weakest(survey);
    }

    /** The change of overall satisfaction's mean against the previous period, tested at 95 % (Welch's t). */
    public Significance.Change overallSatisfactionChange() {
        return Significance.means(previousSurvey.overallMoments(), survey.overallMoments());
    }

    /** The change of an attribute's mean against the previous period, tested at 95 % (Welch's t). */
    public Significance.Change attributeChange(RogersAttribute attribute) {
        return Significance.means(previousSurvey.moments(attribute), survey.moments(attribute));
    }

    /**
     * The change of a count between the previous period and this one, which are of equal length: the exact test of
     * two Poisson rates (e.g. responses, complaints, app error reports per period).
     */
    public Significance.Change countChange(long before, long now) {
        double days = filter.period().days();
        return Significance.rates(before, days, now, days);
    }
}
