package id.bpjs.jmo.findings;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.stats.Significance;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the data say about one Rogers attribute in a period: survey figures now and before, complaints, coded
 * excerpts with their most frequent tags, JHT claim feedback on the attribute and — for relative advantage, where
 * the study located the app's speed — the median working days to payment per channel. The narrative is written
 * from these numbers only. {@code trend}: the change of the mean against the previous period, tested at 95 %
 * (Welch's t from the daily aggregates' sums). {@code monthly}: the months of the period in order, the line the
 * findings page and the attribute's slide draw (the narrative checks its words against it).
 */
public record AttributePicture(RogersAttribute attribute, long responses, double mean, double shareSatisfied,
        long previousResponses, double previousMean, long complaints, long errorReports, long excerpts,
        long negativeExcerpts, long positiveExcerpts, List<String> topTags, long claimRatings, double claimRatingMean,
        @Nullable Integer claimMedianJmo, @Nullable Integer claimMedianBranch, Significance.Change trend,
        List<Month> monthly) {

    /**
     * One calendar month of the period as the monthly line draws it: n, Σx and Σx² of the attribute's answers that
     * month (from the daily aggregates; n = 0 for a month without answers).
     */
    public record Month(YearMonth month, Significance.Moments moments) {
    }

    /**
     * A picture without tags, claim feedback, claim speed or monthly line; {@code trend} is the change of the mean
     * against the previous period as {@link Significance#means} judged it from the two periods' sums.
     */
    public AttributePicture(RogersAttribute attribute, long responses, double mean, double shareSatisfied,
            long previousResponses, double previousMean, long complaints, long errorReports, long excerpts,
            long negativeExcerpts, long positiveExcerpts, Significance.Change trend) {
        this(attribute, responses, mean, shareSatisfied, previousResponses, previousMean, complaints, errorReports,
                excerpts, negativeExcerpts, positiveExcerpts, List.of(), 0, 0, null, null, trend, List.of());
    }

    public boolean enoughResponses() {
        return responses >= Narrative.MIN_RESPONSES;
    }
}
