package id.bpjs.jmo.base.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact quotient of two decimals (e.g. a sum of answers over the number of questionnaires, times the weight 1/9 or
 * 0,111), kept as a fraction so that it is rounded once, when it is shown, and by one rule: {@link #RULE} (half up,
 * the rule the IKM report documents: 76,605 → 76,61 → B).
 *
 * <p>Every figure the product prints goes through {@link #rounded(int)} or {@link #round(double, int)}: the dashboard,
 * findings, IKM report and exports cannot disagree on a digit.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) implements Comparable<Ratio> {

    /** Half up: a value exactly between two printed values goes to the larger one. */
    public static final RoundingMode RULE = RoundingMode.HALF_UP;

    public Ratio {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("A ratio needs a denominator other than zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    public static Ratio of(BigDecimal value) {
        return new Ratio(value, BigDecimal.ONE);
    }

    public Ratio times(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Ratio times(long factor) {
        return new Ratio(numerator.multiply(BigDecimal.valueOf(factor)), denominator);
    }

    public Ratio plus(Ratio other) {
        if (denominator.compareTo(other.denominator) == 0) {
            return new Ratio(numerator.add(other.numerator), denominator);
        }
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** The value rounded by {@link #RULE} to {@code digits} decimals: the exact quotient, rounded once. */
    public BigDecimal rounded(int digits) {
        return numerator.divide(denominator, digits, RULE);
    }

    /** For drawing only (chart coordinates); never for a printed or compared figure. */
    public double doubleValue() {
        return numerator.divide(denominator, MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ratio r && compareTo(r) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(doubleValue());
    }

    @Override
    public String toString() {
        return numerator.toPlainString() + "/" + denominator.toPlainString();
    }

    /**
     * The same rule for a value that is already a double, e.g. a mean sum/n computed by the database or by Java.
     * The double is read as its shortest decimal representation ({@link BigDecimal#valueOf(double)}), which is the
     * decimal the quotient was: 0,1235 (247/2000) stays 0,1235 and rounds to 0,124, where {@code Math.round(x * 1000)}
     * on the binary value could give 0,123. A quotient of integers with a denominator below 10⁹ that is not exactly
     * on a half lies at least 10⁻¹² from it, far beyond a double's error, so the result is exact for such values.
     */
    public static BigDecimal round(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new ArithmeticException("Not a number: " + value);
        }
        return BigDecimal.valueOf(value).setScale(digits, RULE);
    }
}
