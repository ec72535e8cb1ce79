package id.bpjs.jmo.base.domain;

import org.jspecify.annotations.Nullable;

/**
 * Text cells of exported files. Only CSV needs a guard: a spreadsheet opening a CSV guesses each cell's type and runs
 * a text starting with = as a formula. An XLSX cell written as a string is never evaluated, so XLSX exports write the
 * text exactly as stored (a guard there would put an apostrophe into the data: "+62 812…", "- item", "-1005 …").
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * For CSV only: neutralises formula injection (CSV injection, OWASP): a value that starts with =, +, -, @, a tab
     * or a carriage return would be run as a formula by Excel or LibreOffice, so it gets a leading apostrophe and
     * stays text. Null becomes empty.
     */
    public static String csv(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }

    /** For XLSX string cells: the text exactly as stored; null becomes empty. */
    public static String xlsx(@Nullable String value) {
        return value == null ? "" : value;
    }
}
