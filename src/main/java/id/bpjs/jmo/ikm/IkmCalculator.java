package id.bpjs.jmo.ikm;

import id.bpjs.jmo.base.domain.Ratio;
import id.bpjs.jmo.base.domain.WeightConvention;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.survey.SurveyTotals;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Community Satisfaction Index of Permen PANRB 14/2017:
 * NRR per element = sum of its answers / number of filled questionnaires; weighted NRR = NRR × weight;
 * IKM = Σ weighted NRR × 25 (range 25–100).
 *
 * <p>Every figure is an exact fraction of the integer sums ({@link Ratio}); it is rounded once, half up, when it is
 * shown ({@link Formats#NRR_DIGITS} decimals for NRR, {@link Formats#IKM_DIGITS} for the IKM), and the grade is read
 * from the rounded IKM. Binary floating point would put 88,305 (weight 0,111) at 88,30499… and grade it B.
 */
public final class IkmCalculator {

    public static final int ELEMENTS = 9;
    /** The conversion factor from the 1–4 scale to 25–100. */
    public static final int CONVERSION = 25;

    private IkmCalculator() {
    }

    /**
     * The index of {@code respondents} questionnaires with the sums of their answers per element (U1..U9, each answer
     * 1–4).
     */
    public record Result(long respondents, long[] sums, WeightConvention convention) {

        /** NRR of element {@code element} (0 = U1): sum / respondents, exact. */
        public Ratio nrr(int element) {
            return Ratio.of(sums[element], respondents);
        }

        public Ratio weightedNrr(int element) {
            return nrr(element).times(convention.weight());
        }

        /** Σ weighted NRR: the index on the 1–4 scale. */
        public Ratio weightedNrr() {
            return Ratio.of(Arrays.stream(sums).sum(), respondents).times(convention.weight());
        }

        public Ratio ikm() {
            return weightedNrr().times(CONVERSION);
        }

        /** The IKM as printed everywhere: half up to {@link Formats#IKM_DIGITS} decimals. */
        public BigDecimal ikmRounded() {
            return ikm().rounded(Formats.IKM_DIGITS);
        }

        public BigDecimal nrrRounded(int element) {
            return nrr(element).rounded(Formats.NRR_DIGITS);
        }

        public IkmGrade grade() {
            return IkmGrade.of(ikm());
        }

        /** Index (0 = U1) of the element with the lowest NRR; the first one on a tie. */
        public int lowestElement() {
            int lowest = 0;
            for (int i = 1; i < ELEMENTS; i++) {
                lowest = sums[i] < sums[lowest] ? i : lowest;
            }
            return lowest;
        }

        /** Index (0 = U1) of the element with the highest NRR; the first one on a tie. */
        public int highestElement() {
            int highest = 0;
            for (int i = 1; i < ELEMENTS; i++) {
                highest = sums[i] > sums[highest] ? i : highest;
            }
            return highest;
        }
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
        return Optional.of(new Result(respondents, sums.clone(), convention));
    }

    /**
     * The index of survey totals: their {@link SurveyTotals#ikmResponses()} questionnaires with the sums of U1..U9.
     * Empty when none answered the IKM part.
     */
    public static Optional<Result> fromTotals(SurveyTotals totals, WeightConvention convention) {
        return fromSums(totals.ikmResponses(), totals.sumU(), convention);
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
