package id.bpjs.jmo.base.domain;

/**
 * What one import file may hold, checked before and while it is read, so one upload cannot exhaust the server's
 * memory (a 79 KB CSV with 10,000 columns once did, through the mapping form).
 *
 * @param maxBytes size of the uploaded file in bytes (also the upload component's limit)
 * @param maxColumns columns, counted on every row (named or not)
 * @param maxRows data rows (the header and skipped blank rows not counted)
 * @param maxCellChars characters in one cell
 */
public record TableLimits(long maxBytes, int maxColumns, int maxRows, int maxCellChars) {

    public static final int DEFAULT_MAX_COLUMNS = 200;
    public static final int DEFAULT_MAX_CELL_CHARS = 10_000;

    public TableLimits {
        if (maxBytes <= 0 || maxColumns <= 0 || maxRows <= 0 || maxCellChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The size limit in whole megabytes, as people read it in messages. */
    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
