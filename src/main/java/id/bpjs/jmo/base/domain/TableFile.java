package id.bpjs.jmo.base.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A spreadsheet-like file as the imports read it ({@link TableReader}): the header's titles and the data rows as
 * text cells, addressed by position. Columns are told apart by position, so repeated titles (one Google Forms
 * section per element writes nine identical headers) stay distinct: {@link #columns()} gives each kept column a label
 * unique in this file ("Title (1)", "Title (2)", or "(F)" for an unnamed column that holds data). Unnamed columns
 * without any value (Excel's trailing delimiters) are hidden. A row is a {@code String[]} (no per-row map), trimmed;
 * blank rows are not kept but counted.
 */
public final class TableFile {

    private final List<String> titles;
    private final List<Integer> kept;
    private final List<String> labels;
    private final Map<String, Integer> byLabel = new HashMap<>();
    private final List<String[]> rows;
    private final int[] rowNumbers;
    private final int blankRowsSkipped;
    private final String source;

    /**
     * @param titles the header's titles by position (trimmed, may be blank or repeated)
     * @param rows the data rows' cells by position (may be shorter than the header)
     * @param rowNumbers for each data row, its row number in the spreadsheet (header = 1)
     * @param blankRowsSkipped rows holding only blanks or delimiters, left out of {@code rows}
     * @param source how the file was read, for people ("CSV UTF-8, ;")
     */
    public TableFile(List<String> titles, List<String[]> rows, int[] rowNumbers, int blankRowsSkipped,
            String source) {
        this.titles = List.copyOf(titles);
        this.rows = rows;
        this.rowNumbers = rowNumbers;
        this.blankRowsSkipped = blankRowsSkipped;
        this.source = source;
        var hasValue = new boolean[titles.size()];
        for (var row : rows) {
            for (int c = 0; c < Math.min(row.length, hasValue.length); c++) {
                hasValue[c] |= !row[c].isEmpty();
            }
        }
        var count = new HashMap<String, Integer>();
        for (var title : titles) {
            if (!title.isEmpty()) {
                count.merge(title.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        var kept = new ArrayList<Integer>();
        var labels = new ArrayList<String>();
        var occurrence = new HashMap<String, Integer>();
        for (int c = 0; c < titles.size(); c++) {
            var title = titles.get(c);
            if (title.isEmpty() && !hasValue[c]) {
                continue;
            }
            String label;
            if (title.isEmpty()) {
                label = "(" + letter(c) + ")";
            } else if (count.get(title.toLowerCase(Locale.ROOT)) > 1) {
                label = title + " (" + occurrence.merge(title.toLowerCase(Locale.ROOT), 1, Integer::sum) + ")";
            } else {
                label = title;
            }
            if (byLabel.containsKey(label)) {
                // a generated label that another column already carries as its title
                label = label + " [" + letter(c) + "]";
            }
            kept.add(c);
            labels.add(label);
            byLabel.put(label, c);
        }
        this.kept = List.copyOf(kept);
        this.labels = List.copyOf(labels);
    }

    public static TableFile empty() {
        return new TableFile(List.of(), List.of(), new int[0], 0, "");
    }

    /** Labels of the kept columns, unique in this file, in file order. */
    public List<String> columns() {
        return labels;
    }

    /** The header's titles by position, as written (trimmed). */
    public List<String> titles() {
        return titles;
    }

    /** The position (0-based) of the column with this label, or -1. */
    public int column(String label) {
        return byLabel.getOrDefault(label, -1);
    }

    /** Positions of the columns titled exactly {@code title} (case-insensitive), in file order. */
    public List<Integer> columnsTitled(String title) {
        var found = new ArrayList<Integer>();
        for (int c = 0; c < titles.size(); c++) {
            if (titles.get(c).equalsIgnoreCase(title)) {
                found.add(c);
            }
        }
        return found;
    }

    /** Number of data rows. */
    public int size() {
        return rows.size();
    }

    /** The cell at a data row and column position; "" when the row is shorter. */
    public String cell(int row, int column) {
        var cells = rows.get(row);
        return column >= 0 && column < cells.length ? cells[column] : "";
    }

    /** The values of one column, data row by data row. */
    public List<String> columnValues(int column) {
        var values = new ArrayList<String>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            values.add(cell(r, column));
        }
        return values;
    }

    /** The spreadsheet row number (header = 1) of a data row, to name it in messages. */
    public int rowNumber(int row) {
        return rowNumbers[row];
    }

    public int blankRowsSkipped() {
        return blankRowsSkipped;
    }

    /** How the file was read ("CSV UTF-16LE, tab"), shown beside the preview so a wrong guess is visible. */
    public String source() {
        return source;
    }

    /** The spreadsheet column letter of a position: 0 → A, 26 → AA. */
    public static String letter(int position) {
        var text = new StringBuilder();
        for (int n = position + 1; n > 0; n = (n - 1) / 26) {
            text.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return text.toString();
    }
}
