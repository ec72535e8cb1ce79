package id.bpjs.jmo.base.domain;

import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.i18n.Translations;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Rogers' (2003) five attributes of an innovation: the lens the study used to judge service through JMO.
 * A higher score is always better; complexity is therefore asked as "easy to use" (5 = easy).
 */
public enum RogersAttribute {
    RELATIVE_ADVANTAGE,
    COMPATIBILITY,
    COMPLEXITY,
    TRIALABILITY,
    OBSERVABILITY;

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

    /** The attribute's name in the reader's language (translation key {@code enum.RogersAttribute.<ATTRIBUTE>}). */
    public String label(@Nullable Locale locale) {
        return Translations.get(Formats.language(locale), "enum.RogersAttribute." + name());
    }

    /** What the attribute means for JMO (translation key {@code enum.RogersAttribute.<ATTRIBUTE>.description}). */
    public String description(@Nullable Locale locale) {
        return Translations.get(Formats.language(locale), "enum.RogersAttribute." + name() + ".description");
    }
}
