package id.bpjs.jmo.base.domain;

import org.jspecify.annotations.Nullable;

/** Cell values that are safe to open in a spreadsheet. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * Neutralises formula injection (CSV/XLSX injection): a value that starts with =, +, -, @, a tab or a carriage
     * return would be run as a formula by Excel or LibreOffice, so it gets a leading apostrophe and stays text.
     */
    public static String safe(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
