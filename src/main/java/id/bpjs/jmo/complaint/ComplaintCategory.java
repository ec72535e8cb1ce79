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
    OTHER(RogersAttribute.TRIALABILITY);

    private final RogersAttribute defaultAttribute;

    ComplaintCategory(RogersAttribute defaultAttribute) {
        this.defaultAttribute = defaultAttribute;
    }

    public RogersAttribute defaultAttribute() {
        return defaultAttribute;
    }
}
