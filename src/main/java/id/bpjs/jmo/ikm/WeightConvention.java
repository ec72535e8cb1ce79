package id.bpjs.jmo.ikm;

/**
 * The weight of each of the nine elements. Permen PANRB 14/2017 defines it as 1/9 but prints it as 0.111, and
 * published reports use either; the choice must be explicit because the results differ (all answers 4 gives 100 with
 * 1/9 and 99.9 with 0.111).
 */
public enum WeightConvention {
    EXACT_NINTH(1.0 / 9),
    PRINTED_0_111(0.111);

    private final double weight;

    WeightConvention(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
