package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RogersAttribute;
import java.util.Optional;

/**
 * Sums over a set of survey responses, from which every survey figure of the dashboard follows exactly: means,
 * shares answering 4–5, Pearson correlations with overall satisfaction, and the IKM ({@code ikm.IkmCalculator#fromTotals}). Every figure has its own n
 * (plain SKM data carries only the IKM part, other data only the Rogers part, items may be blank): an attribute's
 * mean and share over {@code answered[a]} responses, overall satisfaction over {@code overallResponses}, the IKM over
 * {@code ikmResponses}. {@code responses} counts every response. Arrays are indexed by
 * {@link RogersAttribute#ordinal()} (and U1..U9 for {@code sumU}); {@code overallSums[a]} and
 * {@code overallSquares[a]} sum overall satisfaction over the responses that answered attribute a (the pairs of its
 * correlation). {@code ikmRowSquares} is Σ over the IKM responses of the square of each one's row sum U1 + … + U9
 * ({@code survey_daily.sq_ikm_row}, V30): with {@code ikmResponses} and Σ {@code sumU} the IKM's exact spread.
 */
public record SurveyTotals(long responses, long[] answered, long[] sum, long[] squares, long[] satisfied,
        long[] productsWithOverall, long[] overallSums, long[] overallSquares, long overallResponses, long sumOverall,
        long squaresOverall, long satisfiedOverall, long ikmResponses, long[] sumU, long ikmRowSquares) {

    /**
     * Totals of responses that all carry the whole Rogers part (every item and overall satisfaction), as before plain
     * SKM data: each attribute's n is {@code responses}.
     */
    public SurveyTotals(long responses, long[] sum, long[] squares, long[] satisfied, long[] productsWithOverall,
            long sumOverall, long squaresOverall, long satisfiedOverall, long ikmResponses, long[] sumU,
            long ikmRowSquares) {
        this(responses, filled(responses), sum, squares, satisfied, productsWithOverall, filled(sumOverall),
                filled(squaresOverall), responses, sumOverall, squaresOverall, satisfiedOverall, ikmResponses, sumU,
                ikmRowSquares);
    }

    private static long[] filled(long value) {
        var values = new long[5];
        java.util.Arrays.fill(values, value);
        return values;
    }

    public static SurveyTotals empty() {
        return new SurveyTotals(0, new long[5], new long[5], new long[5], new long[5], new long[5], new long[5],
                new long[5], 0, 0, 0, 0, 0, new long[9], 0);
    }

    /** The number of responses that answered the attribute's item: the n of its mean and share. */
    public long n(RogersAttribute attribute) {
        return answered[attribute.ordinal()];
    }

    /** n, Σx and Σx² of overall satisfaction over the responses that answered it. */
    public id.bpjs.jmo.base.stats.Significance.Moments overallMoments() {
        return new id.bpjs.jmo.base.stats.Significance.Moments(overallResponses, sumOverall, squaresOverall);
    }

    /** n, Σx and Σx² of the attribute's item (its own n): what a significance test of its mean needs. */
    public id.bpjs.jmo.base.stats.Significance.Moments moments(RogersAttribute attribute) {
        int i = attribute.ordinal();
        return new id.bpjs.jmo.base.stats.Significance.Moments(answered[i], sum[i], squares[i]);
    }

    /**
     * n, Σs and Σs² of the IKM responses' row sums s = U1 + … + U9 (9–36): what Welch's t of the IKM's change needs.
     * The IKM is a fixed multiple of the mean row sum (25/9 of it under the exact 1/9 weight, 25 × 0,111 under
     * 0,111), and a t statistic does not change when every value is multiplied by the same number, so testing the
     * row sums' mean tests the IKM.
     */
    public id.bpjs.jmo.base.stats.Significance.Moments ikmRowMoments() {
        return new id.bpjs.jmo.base.stats.Significance.Moments(ikmResponses, java.util.Arrays.stream(sumU).sum(),
                ikmRowSquares);
    }

    public double mean(RogersAttribute attribute) {
        long n = n(attribute);
        return n == 0 ? 0 : sum[attribute.ordinal()] / (double) n;
    }

    public double shareSatisfied(RogersAttribute attribute) {
        long n = n(attribute);
        return n == 0 ? 0 : satisfied[attribute.ordinal()] / (double) n;
    }

    public double overallMean() {
        return overallResponses == 0 ? 0 : sumOverall / (double) overallResponses;
    }

    public double overallShareSatisfied() {
        return overallResponses == 0 ? 0 : satisfiedOverall / (double) overallResponses;
    }

    /**
     * Pearson's r between the attribute's item and overall satisfaction over the responses that answered both: its
     * "importance" in the importance–performance analysis. Empty when it is undefined (fewer than 3 pairs or no
     * variance).
     */
    public Optional<Double> correlationWithOverall(RogersAttribute attribute) {
        int i = attribute.ordinal();
        double n = answered[i];
        double covariance = n * productsWithOverall[i] - (double) sum[i] * overallSums[i];
        double varianceX = n * squares[i] - (double) sum[i] * sum[i];
        double varianceY = n * overallSquares[i] - (double) overallSums[i] * overallSums[i];
        if (answered[i] < 3 || varianceX <= 0 || varianceY <= 0) {
            return Optional.empty();
        }
        return Optional.of(covariance / Math.sqrt(varianceX * varianceY));
    }

    public AttributeScore score(RogersAttribute attribute) {
        return new AttributeScore(attribute, mean(attribute), shareSatisfied(attribute), n(attribute));
    }
}
