package id.bpjs.jmo.ikm;

import java.util.Optional;

/**
 * The Community Satisfaction Index of Permen PANRB 14/2017:
 * NRR per element = sum of its answers / number of filled questionnaires; weighted NRR = NRR × weight;
 * IKM = Σ weighted NRR × 25 (range 25–100).
 */
public final class IkmCalculator {

    public static final int ELEMENTS = 9;
    /** The conversion factor from the 1–4 scale to 25–100. */
    public static final double CONVERSION = 25;

    private IkmCalculator() {
    }

    /** Nine NRR values, the weighted sum, the converted IKM and its grade, for n questionnaires. */
    public record Result(long respondents, double[] nrr, double weightedNrr, double ikm, IkmGrade grade,
            WeightConvention convention) {
    }

    /**
     * From the sums of the answers per element over {@code respondents} filled questionnaires. Empty when there are
     * no respondents: a period without answers has no IKM, it is not zero.
     */
    public static Optional<Result> fromSums(long respondents, long[] sums, WeightConvention convention) {
        if (sums.length != ELEMENTS) {
            throw new IllegalArgumentException("IKM has nine elements, got " + sums.length);
        }
        if (respondents <= 0) {
            return Optional.empty();
        }
        var nrr = new double[ELEMENTS];
        double weighted = 0;
        for (int i = 0; i < ELEMENTS; i++) {
            nrr[i] = sums[i] / (double) respondents;
            weighted += nrr[i] * convention.weight();
        }
        double ikm = weighted * CONVERSION;
        return Optional.of(new Result(respondents, nrr, weighted, ikm, IkmGrade.of(ikm), convention));
    }

    /**
     * Minimum sample of the SKM (Krejcie–Morgan): n = χ²·N·P(1−P) / (d²·(N−1) + χ²·P(1−P)) with χ² = 3.841,
     * P = 0.5, d = 0.05, rounded to the nearest integer.
     */
    public static long minimumSample(long population) {
        if (population <= 0) {
            return 0;
        }
        double chiSquare = 3.841;
        double pq = 0.25;
        double n = chiSquare * population * pq / (0.0025 * (population - 1) + chiSquare * pq);
        return Math.round(n);
    }
}
