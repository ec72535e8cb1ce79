package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.i18n.Translations;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the complaint file, in the export's order: the export writes them all with titles in the reader's
 * language, the import reads some of them by title in any of the languages ({@code complaint.column.<NAME>} in the
 * translation bundles), so an exported file re-imports whoever exported it and older Indonesian files still do.
 */
public enum ComplaintColumn {
    TICKET, RECEIVED, CHANNEL, BRANCH, CATEGORY, ATTRIBUTE, SEVERITY, STATUS, AGE, OVERDUE, KPJ, DESCRIPTION,
    ASSIGNEE, FIRST_RESPONSE, RESOLVED, RESOLUTION_NOTE, APP_VERSION, PLATFORM, ERROR_MESSAGE;

    /** The languages of the translation bundles, in which a file's titles may be written. */
    private static final List<Locale> LANGUAGES = List.of(Formats.ID, Formats.EN);

    /** The title in the language of {@code locale}. */
    public String title(Locale locale) {
        return Translations.get(locale, "complaint.column." + name());
    }

    /** The titles the import accepts: one per language (fewer when two languages write it alike). */
    public List<String> titles() {
        return LANGUAGES.stream().map(this::title).distinct().toList();
    }

    /** Every column's title in the language of {@code locale}, in the export's order. */
    public static List<String> titles(Locale locale) {
        return java.util.Arrays.stream(values()).map(column -> column.title(locale)).toList();
    }
}
