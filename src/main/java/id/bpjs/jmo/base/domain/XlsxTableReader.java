package id.bpjs.jmo.base.domain;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The first sheet of an XLSX, streamed through POI's event API (SAX over the sheet XML, never a whole workbook in
 * memory), opened from a temporary file so POI reads the ZIP by random access under {@link ZipSecureFile}'s guards.
 * Formula cells give their cached value (what Excel shows, never the formula text: POI 5's {@code DataFormatter}
 * without an evaluator would give the formula), date-formatted numbers become {@code yyyy-MM-dd HH:mm:ss}, other
 * numbers their plain value ({@code 4}, not {@code 4.00}; a KPJ number, not {@code 1.23E+10}).
 */
final class XlsxTableReader {

    private static final DateTimeFormatter DATE_CELL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static {
        // a ZIP bomb expands a few KB to gigabytes: refuse entries that compress better than 1:100 (POI's default
        // ratio, stated here so it is not lowered elsewhere) and any single entry over 200 MB uncompressed
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private XlsxTableReader() {
    }

    static TableFile read(byte[] content, TableLimits limits) {
        java.nio.file.Path file = null;
        try {
            file = Files.createTempFile("jmo-import-", ".xlsx");
            Files.write(file, content);
            try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                var reader = new XSSFReader(pkg);
                var strings = new ReadOnlySharedStringsTable(pkg, false);
                var styles = reader.getStylesTable();
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new TableReadException("import.file.noRows");
                }
                var rows = new Rows(limits);
                try (var sheet = sheets.next()) {
                    var parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new CellText(), false));
                    parser.parse(new InputSource(sheet));
                }
                return TableReader.table(rows.titles, rows.rows, rows.numbers, rows.blank, "XLSX");
            }
        } catch (TableReadException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof TableReadException refused) {
                throw refused;
            }
            throw new TableReadException("import.file.notXlsx");
        } catch (IOException | OpenXML4JException | javax.xml.parsers.ParserConfigurationException
                | RuntimeException e) {
            // POI reports a ZIP bomb as an IOException or a RecordFormatException, depending on where it hits
            throw zipBomb(e) ? new TableReadException("import.file.zipBomb")
                    : new TableReadException("import.file.notXlsx");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary folder is cleaned by the system
                }
            }
        }
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            var message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("exceeds the max entry size")
                    || message.contains("MaxEntrySize") || message.contains("max text size"))) {
                return true;
            }
        }
        return false;
    }

    /** Collects rows as the SAX handler reports cells; refuses as soon as a limit is passed. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TableLimits limits;
        private final List<String[]> rows = new ArrayList<>();
        private final TableReader.IntList numbers = new TableReader.IntList();
        private final List<Map<String, String>> shared = new ArrayList<>();
        private @Nullable List<String> titles;
        private String[] current = new String[16];
        private int width;
        private int next;
        private int lastRow = -1;
        private int blank;

        Rows(TableLimits limits) {
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            if (titles != null && rowNum > lastRow + 1) {
                // rows Excel left out of the file because they are empty
                blank += rowNum - lastRow - 1;
            }
            lastRow = rowNum;
            width = 0;
            next = 0;
            Arrays.fill(current, null);
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            int column = reference == null ? next : new CellReference(reference).getCol();
            next = column + 1;
            var text = value == null ? "" : value.strip();
            if (text.isEmpty()) {
                return;
            }
            if (column >= limits.maxColumns()) {
                throw new TableReadException("import.file.tooManyColumns", limits.maxColumns(), lastRow + 1);
            }
            if (text.length() > limits.maxCellChars()) {
                throw new TableReadException("import.file.cellTooLong", limits.maxCellChars(), lastRow + 1);
            }
            if (column >= current.length) {
                current = Arrays.copyOf(current, Math.max(column + 1, current.length * 2));
            }
            current[column] = titles == null ? text : TableReader.share(shared, column, text);
            width = Math.max(width, column + 1);
        }

        @Override
        public void endRow(int rowNum) {
            var cells = new String[width];
            for (int c = 0; c < width; c++) {
                cells[c] = current[c] == null ? "" : current[c];
            }
            if (titles == null) {
                if (width > 0) {
                    titles = Arrays.asList(cells);
                }
                return;
            }
            if (width == 0) {
                blank++;
                return;
            }
            if (rows.size() == limits.maxRows()) {
                throw new TableReadException("import.file.tooManyRows", limits.maxRows());
            }
            rows.add(cells);
            numbers.add(rowNum + 1);
        }
    }

    /**
     * Text of a numeric cell (or a formula's cached number): a date when the cell's format is a date format, else
     * the plain number.
     */
    private static final class CellText extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing, true).format(DATE_CELL);
            }
            return plain(value);
        }

        static String plain(double value) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
