package id.bpjs.jmo.base.domain;

import java.math.BigDecimal;

/**
 * The weight of each of the nine elements. Permen PANRB 14/2017 defines it as 1/9 but prints it as 0.111, and
 * published reports use either; the choice must be explicit because the results differ (all answers 4 gives 100 with
 * 1/9 and 99.9 with 0.111). Both are kept exact: 1/9 as a fraction, not 0,111… in binary.
 */
public enum WeightConvention {
    EXACT_NINTH(Ratio.of(1, 9), "1/9"),
    PRINTED_0_111(Ratio.of(new BigDecimal("0.111")), "0,111");

    private final Ratio weight;
    private final String printed;

    WeightConvention(Ratio weight, String printed) {
        this.weight = weight;
        this.printed = printed;
    }

    public Ratio weight() {
        return weight;
    }

    /** The weight as a report prints it: "1/9" or "0,111". */
    public String printed() {
        return printed;
    }
}
