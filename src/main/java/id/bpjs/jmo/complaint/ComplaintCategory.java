package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.RogersAttribute;

/** What the complaint is about, with the Rogers attribute such a complaint usually concerns. */
public enum ComplaintCategory {
    LOGIN_OTP(RogersAttribute.COMPATIBILITY),
    FACE_VERIFICATION(RogersAttribute.COMPLEXITY),
    APP_ERROR(RogersAttribute.COMPATIBILITY),
    BALANCE_DATA(RogersAttribute.OBSERVABILITY),
    CLAIM_BLOCKED(RogersAttribute.RELATIVE_ADVANTAGE),
    DIGITAL_CARD(RogersAttribute.OBSERVABILITY),
    MISSING_FEATURE(RogersAttribute.RELATIVE_ADVANTAGE),
    HARD_TO_USE(RogersAttribute.COMPLEXITY),
    OTHER(RogersAttribute.TRIALABILITY),
    /** "Tindak lanjut survei": a low overall score followed up with the participant (attribute: its lowest item). */
    SURVEY_FOLLOW_UP(RogersAttribute.RELATIVE_ADVANTAGE);

    private final RogersAttribute defaultAttribute;

    ComplaintCategory(RogersAttribute defaultAttribute) {
        this.defaultAttribute = defaultAttribute;
    }

    public RogersAttribute defaultAttribute() {
        return defaultAttribute;
    }

    /** The categories staff pick for a complaint they record (all but SURVEY_FOLLOW_UP). */
    public static java.util.List<ComplaintCategory> recordable() {
        return java.util.Arrays.stream(values()).filter(c -> c != SURVEY_FOLLOW_UP).toList();
    }
}
