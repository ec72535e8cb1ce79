package id.bpjs.jmo.dashboard;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.stats.Significance;
import id.bpjs.jmo.claim.ClaimStatistics;
import id.bpjs.jmo.complaint.ComplaintStatistics;
import id.bpjs.jmo.survey.RecommendScore;
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

/**
 * Everything the dashboard shows for one filter, and the same figures for the period before. Every change a key figure
 * reports comes with its test at 95 % from the same sums ({@link Significance}), so the view only lays it out.
 */
public record DashboardData(RecordFilter filter, LocalDate today, SurveyTotals survey, SurveyTotals previousSurvey,
        List<SurveyStatistics.MonthlyTotals> monthly, ComplaintStatistics.Figures complaints,
        ComplaintStatistics.Figures previousComplaints, List<ComplaintStatistics.WeekCount> complaintsPerWeek,
        List<ComplaintStatistics.AttributeCount> complaintAttributes, List<ComplaintStatistics.StatusAge> openByAge,
        ClaimStatistics.PaymentSpeed payment, ClaimStatistics.PaymentSpeed previousPayment,
        List<ClaimStatistics.Rating> ratings, ComplaintStatistics.FollowUps followUps, RecommendScore recommend,
        RecommendScore previousRecommend) {

    /** The weight convention of the dashboard's IKM: the exact 1/9 (the IKM report uses the one the admin chose). */
    public static final WeightConvention IKM_CONVENTION = WeightConvention.EXACT_NINTH;

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

    /**
     * A change as its key figure prints it, in the figure's own unit (IKM points, percentage points, net-score
     * points): the difference of the two values as shown, with the test that says whether it is beyond chance.
     */
    public record ShownChange(BigDecimal change, Significance.Change test) {
    }

    /** The dashboard's IKM ({@link #IKM_CONVENTION}) of the period; empty when no one answered U1..U9. */
    public Optional<IkmCalculator.Result> ikm() {
        return IkmCalculator.fromTotals(survey, IKM_CONVENTION);
    }

    /**
     * The IKM's change as printed (the difference of the two indices rounded to {@link Formats#IKM_DIGITS}) with
     * {@link #ikmChangeTest()}; empty without an IKM in both periods.
     */
    public Optional<ShownChange> ikmChange() {
        return ikm().flatMap(now -> IkmCalculator.fromTotals(previousSurvey, IKM_CONVENTION)
                .map(before -> new ShownChange(now.ikmRounded().subtract(before.ikmRounded()), ikmChangeTest())));
    }

    /**
     * Whether the IKM changed beyond chance at 95 %: Welch's t of the two periods' mean IKM row sum.
     * <b>What is tested</b>: each IKM respondent's row sum s = U1 + … + U9 (an integer 9–36), its mean over the period's
     * questionnaires ({@link SurveyTotals#ikmRowMoments()}: n, Σs and Σs², all exact integers from
     * {@code survey_daily}, V30). The IKM is that mean times a fixed number (25/9 under the exact 1/9 weight, since
     * IKM = 25 × mean row sum / 9; 25 × 0,111 under 0,111), and multiplying every value by one number changes
     * neither t nor its degrees of freedom, so the verdict holds for the IKM under either weight convention.
     * {@code difference} is in row-sum points (9–36; × 25/9 gives IKM points); the printed change is
     * {@link #ikmChange()}'s.
     *
     * <p>The respondent is the unit: one respondent's nine answers move together, so treating the 9·n answers as
     * independent observations would call chance real. Until V30 the squares were not kept and the test assumed the
     * widest spread the 1–4 scale allows (Bhatia–Davis), which called real but small changes "within chance".
     */
    public Significance.Change ikmChangeTest() {
        return Significance.means(previousSurvey.ikmRowMoments(), survey.ikmRowMoments());
    }

    /**
     * The change of the share of JHT paid within {@link JhtClaim#LEGAL_PAYMENT_WORKING_DAYS} working days, in
     * percentage points between the two shown percentages ({@link Formats#PERCENT_DIGITS}), with
     * {@link #claimOnTimeChangeTest()}; empty without paid claims in both periods.
     */
    public Optional<ShownChange> claimOnTimeChangePoints() {
        var now = payment.shareWithin(JhtClaim.LEGAL_PAYMENT_WORKING_DAYS);
        var before = previousPayment.shareWithin(JhtClaim.LEGAL_PAYMENT_WORKING_DAYS);
        if (now.isEmpty() || before.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ShownChange(Ratio.round(now.get(), Formats.PERCENT_DIGITS + 2)
                .subtract(Ratio.round(before.get(), Formats.PERCENT_DIGITS + 2)).movePointRight(2),
                claimOnTimeChangeTest()));
    }

    /**
     * Whether the share of JHT paid on time changed beyond chance at 95 %: the two-proportion z-test
     * ({@link Significance#shares}) of claims paid within {@link JhtClaim#LEGAL_PAYMENT_WORKING_DAYS} working days
     * out of claims paid, this period against the previous one. Each paid claim is one trial, on time or not.
     */
    public Significance.Change claimOnTimeChangeTest() {
        int days = JhtClaim.LEGAL_PAYMENT_WORKING_DAYS;
        return Significance.shares(previousPayment.paidWithin(days), previousPayment.paid(),
                payment.paidWithin(days), payment.paid());
    }

    /**
     * The recommend score's change as printed (the difference of the two net scores rounded to
     * {@link RecommendScore#DIGITS} decimal, in points) with {@link #recommendChangeTest()}; empty without answers
     * in both periods.
     */
    public Optional<ShownChange> recommendChange() {
        return recommend.netScore().flatMap(now -> previousRecommend.netScore().map(before -> new ShownChange(
                Ratio.round(now, RecommendScore.DIGITS).subtract(Ratio.round(before, RecommendScore.DIGITS)),
                recommendChangeTest())));
    }

    /**
     * Whether the recommend score changed beyond chance at 95 %. <b>What is tested</b>: the net score itself
     * (% promoters − % detractors), the figure the key figure shows. Each respondent counts +1 (promoter), 0 (passive)
     * or −1 (detractor) ({@link RecommendScore#moments()}); the net score is 100 × their mean, and Welch's t
     * ({@link Significance#means}) compares the two periods' means. The spread follows exactly from the three counts
     * (x² is 1 for promoters and detractors, 0 for passives), so nothing is guessed.
     *
     * <p><b>Why not the promoter share</b> (the two-proportion test, {@link Significance#shares}): it ignores the
     * detractors. A net score that moved only because detractors became passives would be judged "no change" while the
     * arrow shows the move, and promoters gained while as many passives became detractors would be judged real while
     * the net score stands still. The verdict must be about the number on the screen.
     */
    public Significance.Change recommendChangeTest() {
        return Significance.means(previousRecommend.moments(), recommend.moments());
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
