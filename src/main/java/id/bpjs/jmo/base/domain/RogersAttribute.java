package id.bpjs.jmo.base.domain;

import java.util.Locale;

/**
 * Rogers' (2003) five attributes of an innovation: the lens the study used to judge service through JMO.
 * A higher score is always better; complexity is therefore asked as "easy to use" (5 = easy).
 */
public enum RogersAttribute {
    RELATIVE_ADVANTAGE("Keuntungan relatif", "Relative advantage",
            "Klaim lebih cepat, tanpa antre, hemat biaya dan waktu dibanding ke kantor cabang",
            "Faster claims, no queue, saves cost and time compared with the branch office"),
    COMPATIBILITY("Kesesuaian", "Compatibility",
            "Sesuai kebutuhan, kebiasaan dan perangkat peserta; andal tanpa eror",
            "Fits participants' needs, habits and devices; reliable, without errors"),
    COMPLEXITY("Kerumitan", "Complexity",
            "Seberapa mudah aplikasi digunakan (skor tinggi berarti mudah)",
            "How easy the app is to use (a high score means easy)"),
    TRIALABILITY("Kemungkinan dicoba", "Trialability",
            "Mudah dicoba: pendaftaran dan penggunaan pertama",
            "Easy to try: registration and first use"),
    OBSERVABILITY("Kemudahan diamati", "Observability",
            "Hasil layanan terlihat: status klaim, saldo, kecepatan layanan",
            "Results are visible: claim status, balance, speed of service");

    private final String nameId;
    private final String nameEn;
    private final String descriptionId;
    private final String descriptionEn;

    RogersAttribute(String nameId, String nameEn, String descriptionId, String descriptionEn) {
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.descriptionId = descriptionId;
        this.descriptionEn = descriptionEn;
    }

    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The attribute's colour in every chart (dashboard, presentation, exports), as #rrggbb. */
    public String colour() {
        return switch (this) {
            case RELATIVE_ADVANTAGE -> "#1c7ed6";
            case COMPATIBILITY -> "#f08c00";
            case COMPLEXITY -> "#d9480f";
            case TRIALABILITY -> "#2f9e44";
            case OBSERVABILITY -> "#7048e8";
        };
    }

    public String label(Locale locale) {
        return isEnglish(locale) ? nameEn : nameId;
    }

    public String description(Locale locale) {
        return isEnglish(locale) ? descriptionEn : descriptionId;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
