package id.bpjs.jmo.base.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A spreadsheet-like file as the imports read it: column names and rows of text. CSV (UTF-8, with or without BOM,
 * comma or semicolon as Excel writes it in Indonesia) or the first sheet of an XLSX; date cells become
 * "yyyy-MM-dd HH:mm:ss"; blank rows are skipped.
 */
public record TableFile(List<String> columns, List<Map<String, String>> rows) {

    private static final DateTimeFormatter DATE_CELL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static TableFile read(String fileName, byte[] content) throws IOException {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(content) : csv(content);
    }

    private static TableFile csv(byte[] content) throws IOException {
        var text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = text.lines().findFirst().map(l -> l.chars().filter(c -> c == ';').count()
                > l.chars().filter(c -> c == ',').count() ? ';' : ',').orElse(',');
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(new InputStreamReader(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            var columns = parser.getHeaderNames().stream().map(String::trim).toList();
            var rows = new ArrayList<Map<String, String>>();
            for (var record : parser) {
                var row = new HashMap<String, String>();
                for (int c = 0; c < columns.size(); c++) {
                    row.put(columns.get(c), c < record.size() ? record.get(c).trim() : "");
                }
                rows.add(row);
            }
            return new TableFile(columns, rows);
        }
    }

    private static TableFile xlsx(byte[] content) throws IOException {
        var formatter = new DataFormatter(Locale.ROOT);
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(sheet.getFirstRowNum());
            var columns = new ArrayList<String>();
            if (header != null) {
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    var cell = header.getCell(c);
                    columns.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
                }
            }
            var rows = new ArrayList<Map<String, String>>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                var values = new HashMap<String, String>();
                for (int c = 0; c < columns.size(); c++) {
                    var cell = row.getCell(c);
                    String value = "";
                    if (cell != null) {
                        value = cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                                ? cell.getLocalDateTimeCellValue().format(DATE_CELL)
                                : formatter.formatCellValue(cell).trim();
                    }
                    values.put(columns.get(c), value);
                }
                if (values.values().stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(values);
                }
            }
            return new TableFile(columns, rows);
        }
    }
}
