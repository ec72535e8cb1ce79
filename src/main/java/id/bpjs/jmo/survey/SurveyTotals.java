package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.ikm.IkmCalculator;
import id.bpjs.jmo.ikm.WeightConvention;
import java.util.Optional;

/**
 * Sums over a set of survey responses, from which every survey figure of the dashboard follows exactly: means,
 * shares answering 4–5, Pearson correlations with overall satisfaction, and the IKM. Arrays are indexed by
 * {@link RogersAttribute#ordinal()} (and U1..U9 for {@code sumU}).
 */
public record SurveyTotals(long responses, long[] sum, long[] squares, long[] satisfied, long[] productsWithOverall,
        long sumOverall, long squaresOverall, long satisfiedOverall, long ikmResponses, long[] sumU) {

    public static SurveyTotals empty() {
        return new SurveyTotals(0, new long[5], new long[5], new long[5], new long[5], 0, 0, 0, 0, new long[9]);
    }

    public double mean(RogersAttribute attribute) {
        return responses == 0 ? 0 : sum[attribute.ordinal()] / (double) responses;
    }

    public double shareSatisfied(RogersAttribute attribute) {
        return responses == 0 ? 0 : satisfied[attribute.ordinal()] / (double) responses;
    }

    public double overallMean() {
        return responses == 0 ? 0 : sumOverall / (double) responses;
    }

    public double overallShareSatisfied() {
        return responses == 0 ? 0 : satisfiedOverall / (double) responses;
    }

    /**
     * Pearson's r between the attribute's item and overall satisfaction: its "importance" in the
     * importance–performance analysis. Empty when it is undefined (fewer than 3 responses or no variance).
     */
    public Optional<Double> correlationWithOverall(RogersAttribute attribute) {
        int i = attribute.ordinal();
        double n = responses;
        double covariance = n * productsWithOverall[i] - (double) sum[i] * sumOverall;
        double varianceX = n * squares[i] - (double) sum[i] * sum[i];
        double varianceY = n * squaresOverall - (double) sumOverall * sumOverall;
        if (responses < 3 || varianceX <= 0 || varianceY <= 0) {
            return Optional.empty();
        }
        return Optional.of(covariance / Math.sqrt(varianceX * varianceY));
    }

    public Optional<IkmCalculator.Result> ikm(WeightConvention convention) {
        return IkmCalculator.fromSums(ikmResponses, sumU, convention);
    }

    public AttributeScore score(RogersAttribute attribute) {
        return new AttributeScore(attribute, mean(attribute), shareSatisfied(attribute), responses);
    }
}
