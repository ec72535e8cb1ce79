package id.bpjs.jmo.base.stats;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Whether a change between two periods is beyond chance at the 95 % level, computed from sums only (n, Σx, Σx²,
 * counts), so the daily aggregates are enough and no raw rows are read. Every change the product reports (key-figure
 * arrows, the narrative's "naik/turun/stabil", alerts) is judged here, so all of them agree.
 * <ul>
 * <li>means: Welch's t-test (unequal variances), two-sided;</li>
 * <li>shares: the two-proportion z-test with pooled variance, two-sided;</li>
 * <li>counts per unit of time: the exact conditional binomial test for two Poisson rates, two-sided, and the
 * one-sided Poisson upper tail for "more than the baseline makes likely".</li>
 * </ul>
 * Too few observations (fewer than {@link #MIN_N} in either period for means and shares) give
 * {@link Verdict#TOO_FEW}: the product then says "too few responses to tell" instead of a direction.
 */
public final class Significance {

    /** The level of every test: a change is reported as real when p &lt; 0.05. */
    public static final double ALPHA = 0.05;
    /** Fewer observations than this in either period: too few to tell. */
    public static final long MIN_N = 10;
    private static final double Z_95 = NormalDistribution.of(0, 1).inverseSurvivalProbability(ALPHA / 2);

    private Significance() {
    }

    /** What a change means for a reader. */
    public enum Verdict {
        /** Significantly higher than before. */
        UP,
        /** Significantly lower than before. */
        DOWN,
        /** A difference chance explains (p ≥ 0.05): "stable". */
        NO_CHANGE,
        /** Too few observations to tell. */
        TOO_FEW;

        public boolean significant() {
            return this == UP || this == DOWN;
        }
    }

    /**
     * A judged change: {@code difference} = current − previous in the figure's unit (scale points, share 0–1, rate),
     * {@code pValue} in 0–1 (NaN when {@link Verdict#TOO_FEW}).
     */
    public record Change(Verdict verdict, double difference, double pValue) {

        static Change tooFew(double difference) {
            return new Change(Verdict.TOO_FEW, difference, Double.NaN);
        }

        static Change of(double difference, double pValue) {
            var verdict = pValue < ALPHA ? (difference > 0 ? Verdict.UP : Verdict.DOWN) : Verdict.NO_CHANGE;
            return new Change(verdict, difference, pValue);
        }
    }

    /** n observations with their sum Σx and sum of squares Σx² (as the daily aggregates keep them). */
    public record Moments(long n, double sum, double sumOfSquares) {

        public double mean() {
            return n == 0 ? Double.NaN : sum / n;
        }

        /** The sample variance (n − 1 in the denominator); 0 for fewer than two observations. */
        public double variance() {
            if (n < 2) {
                return 0;
            }
            return Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1));
        }
    }

    /** Welch's two-sided t-test of the change of a mean from {@code previous} to {@code current}. */
    public static Change means(Moments previous, Moments current) {
        if (previous.n() < MIN_N || current.n() < MIN_N) {
            return Change.tooFew(previous.n() == 0 || current.n() == 0 ? Double.NaN
                    : current.mean() - previous.mean());
        }
        double difference = current.mean() - previous.mean();
        double a = previous.variance() / previous.n();
        double b = current.variance() / current.n();
        double standardError = Math.sqrt(a + b);
        if (standardError == 0) {
            return Change.of(difference, difference == 0 ? 1 : 0);
        }
        double t = difference / standardError;
        double degrees = (a + b) * (a + b)
                / (a * a / (previous.n() - 1) + b * b / (current.n() - 1));
        double p = 2 * TDistribution.of(degrees).survivalProbability(Math.abs(t));
        return Change.of(difference, Math.min(1, p));
    }

    /** Two-proportion z-test (pooled) of the change of a share hits/n, two-sided. */
    public static Change shares(long previousHits, long previousN, long currentHits, long currentN) {
        if (previousN < MIN_N || currentN < MIN_N) {
            return Change.tooFew(previousN == 0 || currentN == 0 ? Double.NaN
                    : (double) currentHits / currentN - (double) previousHits / previousN);
        }
        double p1 = (double) previousHits / previousN;
        double p2 = (double) currentHits / currentN;
        double pooled = (double) (previousHits + currentHits) / (previousN + currentN);
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / previousN + 1.0 / currentN));
        if (standardError == 0) {
            return Change.of(p2 - p1, p2 == p1 ? 1 : 0);
        }
        double z = (p2 - p1) / standardError;
        return Change.of(p2 - p1, Math.min(1, 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(z))));
    }

    /**
     * The change of a rate of events (e.g. error reports per week): {@code previousCount} events over
     * {@code previousExposure} units of time (weeks, days) against {@code currentCount} over {@code currentExposure}.
     * Exact conditional test: given the total, the current count is binomial with p = current exposure / total
     * exposure when the rates are equal. {@code difference} is the change of the rate per unit.
     *
     * @throws IllegalArgumentException when an exposure is not positive
     */
    public static Change rates(long previousCount, double previousExposure, long currentCount,
            double currentExposure) {
        if (previousExposure <= 0 || currentExposure <= 0) {
            throw new IllegalArgumentException("exposures must be positive");
        }
        double difference = currentCount / currentExposure - previousCount / previousExposure;
        long total = previousCount + currentCount;
        if (total == 0) {
            return Change.of(0, 1);
        }
        var binomial = BinomialDistribution.of(Math.toIntExact(total),
                currentExposure / (previousExposure + currentExposure));
        int k = Math.toIntExact(currentCount);
        double lower = binomial.cumulativeProbability(k);
        double upper = binomial.survivalProbability(k - 1);
        return Change.of(difference, Math.min(1, 2 * Math.min(lower, upper)));
    }

    /**
     * P(X ≥ observed) for X ~ Poisson(expected): how likely at least this many events are when the baseline rate
     * holds. An alert fires when this is below {@link #ALPHA}.
     */
    public static double poissonUpperTail(long observed, double expected) {
        if (observed <= 0) {
            return 1;
        }
        if (expected <= 0) {
            return 0;
        }
        return PoissonDistribution.of(expected).survivalProbability(Math.toIntExact(observed) - 1);
    }

    /** A 95 % interval [low, high] of a share in 0–1. */
    public record Interval(double low, double high) {
    }

    /** Wilson's score interval at 95 % for hits out of n (sensible for small n and shares near 0 or 1). */
    public static Interval wilson(long hits, long n) {
        if (n <= 0) {
            return new Interval(0, 1);
        }
        double p = (double) hits / n;
        double z2 = Z_95 * Z_95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z_95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
