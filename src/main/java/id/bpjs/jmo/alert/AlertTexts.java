package id.bpjs.jmo.alert;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.i18n.Translations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An alert's words in a reader's language. The numbers are stored without language (typed, in {@code alert.params})
 * and put into the translation {@code alert.text.<RULE>} when shown or mailed, so one alert reads "2,0" in Bahasa
 * Indonesia and "2.0" in English.
 */
public final class AlertTexts {

    /** A p-value, shown as {@link Formats#pValue} writes it: "p = 0,012", or "p &lt; 0,001" below that. */
    public record PValue(double value) {
    }

    private static final String SEPARATOR = "\u001f";

    private AlertTexts() {
    }

    public static String title(AlertRule rule, Locale locale) {
        return Translations.get(locale, "alert.rule." + rule.name());
    }

    public static String text(AlertRule rule, List<Object> params, Locale locale) {
        var values = new ArrayList<Object>();
        for (var param : params) {
            values.add(switch (param) {
                case LocalDate day -> Formats.date(day, locale);
                // as every other change the product reports: "p = 0,012" or "p < 0,001"
                case PValue p -> Formats.pValue(p.value(), locale);
                case RogersAttribute attribute -> attribute.label(locale);
                default -> param;
            });
        }
        return Translations.get(locale, "alert.text." + rule.name(), values.toArray());
    }

    /** The language of a user's e-mails: "en" → English, anything else Bahasa Indonesia. */
    public static Locale locale(@Nullable String language) {
        return Formats.language(language == null ? null : Locale.forLanguageTag(language));
    }

    static String encode(List<Object> params) {
        var parts = new ArrayList<String>();
        for (var param : params) {
            parts.add(switch (param) {
                case Long n -> "n:" + n;
                case Integer n -> "n:" + n;
                case Double d -> "d:" + d;
                case LocalDate day -> "t:" + day;
                case PValue p -> "p:" + p.value();
                case RogersAttribute attribute -> "a:" + attribute.name();
                default -> "s:" + param.toString().replace(SEPARATOR, " ");
            });
        }
        return String.join(SEPARATOR, parts);
    }

    static List<Object> decode(String encoded) {
        var params = new ArrayList<Object>();
        if (encoded.isEmpty()) {
            return params;
        }
        for (var part : encoded.split(SEPARATOR, -1)) {
            var value = part.substring(2);
            params.add(switch (part.charAt(0)) {
                case 'n' -> Long.parseLong(value);
                case 'd' -> Double.parseDouble(value);
                case 't' -> LocalDate.parse(value);
                case 'p' -> new PValue(Double.parseDouble(value));
                case 'a' -> RogersAttribute.valueOf(value);
                default -> value;
            });
        }
        return params;
    }
}
