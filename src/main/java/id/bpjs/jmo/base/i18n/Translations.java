package id.bpjs.jmo.base.i18n;

import id.bpjs.jmo.base.stats.Significance;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The translation files ({@code vaadin-i18n/translations*.properties}) read outside a UI: files written for
 * download and tools. Views use Vaadin's {@code getTranslation}, which reads the same files.
 */
public final class Translations {

    private Translations() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        var pattern = ResourceBundle.getBundle("vaadin-i18n.translations", locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * The note every reported change carries, on the dashboard's key figures and on the deck alike: "bermakna, di luar
     * kebetulan (p = 0,003)", "masih dalam batas kebetulan (p = 0,412)" or "respons terlalu sedikit untuk menilai"
     * (English: "beyond chance (p = 0.003)", …), for a test a service ran.
     */
    public static String verdictNote(Locale locale, Significance.Change test) {
        return switch (test.verdict()) {
            case UP, DOWN -> get(locale, "kf.beyondChance", Formats.pValue(test.pValue(), locale));
            case NO_CHANGE -> get(locale, "kf.withinChance", Formats.pValue(test.pValue(), locale));
            case TOO_FEW -> get(locale, "kf.tooFewToTell");
        };
    }
}
