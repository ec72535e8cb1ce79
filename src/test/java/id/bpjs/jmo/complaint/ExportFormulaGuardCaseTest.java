package id.bpjs.jmo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.i18n.Formats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Case 12 (shared/cases/12-export-formula-guard-xlsx): texts starting with "- ", "+62", "=HYPERLINK", "@admin" and
 * "-1005" survive import and XLSX export exactly; only the CSV neutralises what a spreadsheet would run.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExportFormulaGuardCaseTest {

    private static final String CASE = "/cases/12-export-formula-guard-xlsx/complaints_leading_symbols.csv";
    private static final int DESCRIPTION = ComplaintColumn.DESCRIPTION.ordinal();
    private static final int ERROR = ComplaintColumn.ERROR_MESSAGE.ordinal();

    @Autowired
    ComplaintImport importer;
    @Autowired
    ComplaintExport export;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("petugas")
    void xlsx_keeps_every_text_exactly_as_stored_and_only_the_csv_neutralises_formulas() throws Exception {
        byte[] file;
        try (var in = getClass().getResourceAsStream(CASE)) {
            file = in.readAllBytes();
        }
        var parsed = importer.check("complaints_leading_symbols.csv", file, Locale.forLanguageTag("id"));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).hasSize(5);
        importer.store(parsed, done -> { });

        // what the database holds for the case's five complaints, by ticket
        var stored = new HashMap<String, String[]>();
        jdbc.query("select c.ticket_number, c.description, c.error_message from complaint c join branch b"
                + " on b.id = c.branch_id where b.code = 'PWT' and c.received_at >= ? and c.received_at < ?",
                rs -> {
                    stored.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }, java.sql.Timestamp.valueOf("2024-07-08 00:00:00"), java.sql.Timestamp.valueOf("2024-07-13 00:00:00"));
        assertThat(stored).hasSize(5);
        assertThat(stored.values()).extracting(v -> v[0]).contains(
                "- aplikasi JMO keluar sendiri setelah login\n- saldo JHT tidak muncul",
                "=HYPERLINK(\"http://example.invalid/cek\",\"Klik untuk cek saldo JHT\")");
        assertThat(stored.values()).extracting(v -> v[1]).contains("-1005 Koneksi terputus");

        var query = new ComplaintQuery(new RecordFilter(new DateRange(LocalDate.of(2024, 7, 8),
                LocalDate.of(2024, 7, 12)), null, null), null, null, null, false);
        var xlsx = new ByteArrayOutputStream();
        export.writeXlsx(query, Formats.ID, xlsx);
        int compared = 0;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            for (var row : workbook.getSheetAt(0)) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                var expected = stored.get(row.getCell(0).getStringCellValue());
                if (expected == null) {
                    continue;
                }
                for (var column : new int[] {DESCRIPTION, ERROR}) {
                    var cell = row.getCell(column);
                    var value = column == DESCRIPTION ? expected[0] : expected[1];
                    assertThat(cell.getCellType()).as("cell type, column " + column).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(value == null ? "" : value);
                    assertThat(cell.getStringCellValue()).doesNotStartWith("'");
                }
                compared++;
            }
        }
        assertThat(compared).isEqualTo(5);
        // no formula anywhere in the sheet's XML
        var saved = java.nio.file.Files.createTempFile("case12-", ".xlsx");
        try {
            java.nio.file.Files.write(saved, xlsx.toByteArray());
            try (var zip = new java.util.zip.ZipFile(saved.toFile())) {
                var sheets = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).toList();
                assertThat(sheets).isNotEmpty();
                for (var entry : sheets) {
                    try (var in = zip.getInputStream(entry)) {
                        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("<f>", "<f ");
                    }
                }
            }
        } finally {
            java.nio.file.Files.delete(saved);
        }

        var csv = new ByteArrayOutputStream();
        export.writeCsv(query, Formats.ID, csv);
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString(StandardCharsets.UTF_8).substring(1))).getRecords();
        Map<String, String> csvDescriptions = new HashMap<>();
        records.forEach(r -> csvDescriptions.put(r.get("Tiket"), r.get("Uraian")));
        var hyperlink = stored.entrySet().stream().filter(e -> e.getValue()[0].startsWith("=HYPERLINK")).findFirst()
                .orElseThrow();
        assertThat(csvDescriptions.get(hyperlink.getKey())).isEqualTo("'" + hyperlink.getValue()[0]);
        // text that is no formula stays as it is in the CSV too
        var plain = stored.entrySet().stream().filter(e -> e.getValue()[0].startsWith("Saat unggah")).findFirst()
                .orElseThrow();
        assertThat(csvDescriptions.get(plain.getKey())).isEqualTo(plain.getValue()[0]);
    }
}
