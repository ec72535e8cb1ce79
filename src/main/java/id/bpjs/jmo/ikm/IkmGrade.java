package id.bpjs.jmo.ikm;

import id.bpjs.jmo.base.domain.Ratio;
import id.bpjs.jmo.base.i18n.Translations;
import java.math.BigDecimal;
import java.util.Locale;

/** Mutu pelayanan and kinerja unit pelayanan for a converted IKM value (Permen PANRB 14/2017). */
public enum IkmGrade {
    A, B, C, D;

    private static final BigDecimal A_FROM = new BigDecimal("88.31");
    private static final BigDecimal B_FROM = new BigDecimal("76.61");
    private static final BigDecimal C_FROM = new BigDecimal("65.00");

    /** The regulation's kinerja words ("Sangat baik" … "Tidak baik"), from the translation key {@code enum.IkmGrade.<grade>}. */
    public String label(Locale locale) {
        return Translations.get(locale, "enum.IkmGrade." + name());
    }

    /**
     * The regulation's table has gaps between its rows (64.99 | 65.00, 76.60 | 76.61, 88.30 | 88.31). We grade the IKM
     * value rounded half-up to two decimals, so every value falls in exactly one row: 76.604 → 76.60 → C, 76.605 →
     * 76.61 → B. The rounding is done on the exact value (88,305 is 88,31 → A, never 88,30499… → B).
     */
    public static IkmGrade of(Ratio ikm) {
        return ofRounded(ikm.rounded(2));
    }

    /** For a value already written with its decimals (e.g. 76.605 typed in a test or read from a report). */
    public static IkmGrade of(double ikm) {
        return ofRounded(Ratio.round(ikm, 2));
    }

    private static IkmGrade ofRounded(BigDecimal rounded) {
        if (rounded.compareTo(A_FROM) >= 0) {
            return A;
        }
        if (rounded.compareTo(B_FROM) >= 0) {
            return B;
        }
        if (rounded.compareTo(C_FROM) >= 0) {
            return C;
        }
        return D;
    }
}
