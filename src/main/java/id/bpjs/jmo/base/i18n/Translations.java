package id.bpjs.jmo.base.i18n;

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
}
