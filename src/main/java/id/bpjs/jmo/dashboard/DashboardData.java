package id.bpjs.jmo.dashboard;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.stats.Significance;
import id.bpjs.jmo.claim.ClaimStatistics;
import id.bpjs.jmo.complaint.ComplaintStatistics;
import id.bpjs.jmo.survey.SurveyStatistics;
import id.bpjs.jmo.survey.SurveyTotals;
import id.bpjs.jmo.base.domain.Ratio;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.claim.JhtClaim;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.base.domain.WeightConvention;
import id.bpjs.jmo.survey.ImportancePerformance;
import id.bpjs.jmo.ikm.IkmCalculator;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Everything the dashboard shows for one filter, and the same figures for the period before. */
public record DashboardData(RecordFilter filter, LocalDate today, SurveyTotals survey, SurveyTotals previousSurvey,
        List<SurveyStatistics.MonthlyTotals> monthly, ComplaintStatistics.Figures complaints,
        ComplaintStatistics.Figures previousComplaints, List<ComplaintStatistics.WeekCount> complaintsPerWeek,
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

    /**
     * A count against the previous period, as a key figure shows it.
     *
     * @param delta now − before
     * @param share |delta| / before, empty when before is 0 (no percentage of nothing)
     * @param test the exact test of the two Poisson rates ({@link #countChange(long, long)})
     */
    public record CountChange(long delta, Optional<Double> share, Significance.Change test) {
    }

    public CountChange countChangeOf(long before, long now) {
        long delta = now - before;
        return new CountChange(delta, before == 0 ? Optional.empty() : Optional.of(Math.abs(delta) / (double) before),
                countChange(before, now));
    }

    /**
     * A mean against the previous period as printed: the difference of the two means rounded to
     * {@link Formats#MEAN_DIGITS} (as the findings narrative says it), with Welch's t-test of the unrounded ones.
     */
    public record MeanChange(BigDecimal change, Significance.Change test) {
    }

    /** Overall satisfaction's change; empty when the previous period has no responses. */
    public Optional<MeanChange> overallSatisfactionMeanChange() {
        return meanChange(survey.overallMean(), previousSurvey.overallMean(), previousSurvey.overallResponses(),
                overallSatisfactionChange());
    }

    /** An attribute's change; empty when the previous period has no answers to it. */
    public Optional<MeanChange> attributeMeanChange(RogersAttribute attribute) {
        return meanChange(survey.mean(attribute), previousSurvey.mean(attribute), previousSurvey.n(attribute),
                attributeChange(attribute));
    }

    private static Optional<MeanChange> meanChange(double now, double before, long previousResponses,
            Significance.Change test) {
        if (previousResponses == 0) {
            return Optional.empty();
        }
        return Optional.of(new MeanChange(Ratio.round(now, Formats.MEAN_DIGITS)
                .subtract(Ratio.round(before, Formats.MEAN_DIGITS)), test));
    }

    /** The IKM's change as printed: the difference of the two indices rounded to two decimals; empty without both. */
    public Optional<BigDecimal> ikmChange(WeightConvention convention) {
        return IkmCalculator.fromTotals(survey, convention).flatMap(now -> IkmCalculator.fromTotals(previousSurvey,
                convention)
                .map(before -> now.ikmRounded().subtract(before.ikmRounded())));
    }

    /**
     * The change of the share of JHT paid within {@link JhtClaim#LEGAL_PAYMENT_WORKING_DAYS} working days, in
     * percentage points between the two shown percentages ({@link Formats#PERCENT_DIGITS}); empty without both.
     */
    public Optional<BigDecimal> claimOnTimeChangePoints() {
        var now = payment.shareWithin(JhtClaim.LEGAL_PAYMENT_WORKING_DAYS);
        var before = previousPayment.shareWithin(JhtClaim.LEGAL_PAYMENT_WORKING_DAYS);
        if (now.isEmpty() || before.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Ratio.round(now.get(), Formats.PERCENT_DIGITS + 2)
                .subtract(Ratio.round(before.get(), Formats.PERCENT_DIGITS + 2)).movePointRight(2));
    }

    /** The importance–performance analysis of the period: the quadrant chart draws it, the recommendations rank it. */
    public ImportancePerformance importancePerformance() {
        return ImportancePerformance.of(survey);
    }

    /** Complaints of one week (Monday to Sunday) per category, and their total. */
    public record WeekCounts(LocalDate start, Map<ComplaintCategory, Long> counts, long total) {

        public long count(ComplaintCategory category) {
            return counts.getOrDefault(category, 0L);
        }
    }

    /**
     * The complaints of the period per week, every week from the one holding the first day to the one holding the
     * last (weeks without complaints included, in order): the weekly chart's bars, one per element.
     */
    public List<WeekCounts> complaintWeeks() {
        var weeks = new TreeMap<LocalDate, Map<ComplaintCategory, Long>>();
        for (var week = weekOf(filter.period().from()); !week.isAfter(filter.period().to()); week = week.plusWeeks(1)) {
            weeks.put(week, new EnumMap<>(ComplaintCategory.class));
        }
        for (var count : complaintsPerWeek) {
            weeks.computeIfAbsent(count.week(), w -> new EnumMap<>(ComplaintCategory.class))
                    .merge(count.category(), count.count(), Long::sum);
        }
        return weeks.entrySet().stream().map(e -> new WeekCounts(e.getKey(), Map.copyOf(e.getValue()),
                e.getValue().values().stream().mapToLong(Long::longValue).sum())).toList();
    }

    /** Monday of the week a day falls in. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The complaint categories in the weekly chart's stacking order: app errors first, so the error reports sit at the
     * bottom of every stack; dataset i of the chart is element i.
     */
    public static List<ComplaintCategory> weeklyCategoryOrder() {
        var order = new ArrayList<ComplaintCategory>(List.of(ComplaintCategory.APP_ERROR));
        for (var category : ComplaintCategory.values()) {
            if (category != ComplaintCategory.APP_ERROR) {
                order.add(category);
            }
        }
        return List.copyOf(order);
    }
}
