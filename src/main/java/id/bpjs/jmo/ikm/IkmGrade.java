package id.bpjs.jmo.ikm;

/** Mutu pelayanan and kinerja unit pelayanan for a converted IKM value (Permen PANRB 14/2017). */
public enum IkmGrade {
    A("Sangat baik", "Very good"),
    B("Baik", "Good"),
    C("Kurang baik", "Poor"),
    D("Tidak baik", "Not good");

    private final String labelId;
    private final String labelEn;

    IkmGrade(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * The regulation's table has gaps between its rows (64.99 | 65.00, 76.60 | 76.61, 88.30 | 88.31). We grade the IKM
     * value rounded half-up to two decimals, so every value falls in exactly one row: 76.604 → 76.60 → C, 76.605 →
     * 76.61 → B.
     */
    public static IkmGrade of(double ikm) {
        double rounded = Math.round(ikm * 100) / 100.0;
        if (rounded >= 88.31) {
            return A;
        }
        if (rounded >= 76.61) {
            return B;
        }
        if (rounded >= 65.00) {
            return C;
        }
        return D;
    }
}
