package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.time.ServiceTime;
import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Export of the current filter and all-or-nothing import, on real CSV and XLSX files. */
@SpringBootTest
@ActiveProfiles("test")
class ComplaintExportImportTest {

    @Autowired
    ComplaintExport export;
    @Autowired
    ComplaintImport importer;
    @Autowired
    ComplaintService service;
    @Autowired
    JdbcTemplate jdbc;

    private long count() {
        return jdbc.queryForObject("select count(*) from complaint", Long.class);
    }

    @Test
    @WithUserDetails("petugas")
    void the_export_holds_the_filtered_complaints_masked_and_neutralises_formulas() throws Exception {
        var draft = new Complaint();
        draft.setReceivedAt(LocalDateTime.now(ServiceTime.DEFAULT_ZONE).minusMinutes(3));
        draft.setChannel(ComplaintChannel.EMAIL);
        draft.setKpjNumber("11122233344");
        draft.setCategory(ComplaintCategory.OTHER);
        draft.setAttribute(RogersAttribute.TRIALABILITY);
        draft.setDescription("=HYPERLINK(\"http://contoh.test\",\"klik\") peserta bertanya");
        var created = service.create(draft);
        var query = new ComplaintQuery(new RecordFilter(new DateRange(LocalDate.now(ServiceTime.DEFAULT_ZONE), LocalDate.now(ServiceTime.DEFAULT_ZONE)), null, null),
                null, null, null, false);

        var csv = new ByteArrayOutputStream();
        export.writeCsv(query, Formats.ID, csv);
        var text = csv.toString(StandardCharsets.UTF_8).substring(1);
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        var row = records.stream().filter(r -> r.get("Tiket").equals(created.getTicketNumber())).findFirst()
                .orElseThrow();
        assertThat(row.get("Uraian")).startsWith("'=HYPERLINK");
        assertThat(row.get("No. KPJ")).isEqualTo("********344");
        assertThat(text).doesNotContain("11122233344");
        // staff export only their own branch
        assertThat(records).allSatisfy(r -> assertThat(r.get("Cabang")).isEqualTo("PWT"));

        var xlsx = new ByteArrayOutputStream();
        export.writeXlsx(query, Formats.ID, xlsx);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tiket");
            assertThat(sheet.getLastRowNum()).isEqualTo(records.size());
            boolean found = false;
            for (var r : sheet) {
                if (r.getCell(0).getStringCellValue().equals(created.getTicketNumber())) {
                    found = true;
                    // XLSX: the text as stored, as a string cell (never evaluated); the apostrophe is for CSV only
                    assertThat(r.getCell(11).getStringCellValue()).isEqualTo(created.getDescription());
                    assertThat(r.getCell(11).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    @WithUserDetails("petugas")
    void a_good_csv_imports_every_row() {
        var csv = """
                Diterima,Kanal,Cabang,No. KPJ,Kategori,Uraian,Platform,Pesan eror
                2026-11-20 09:15,SP4N_LAPOR,PWT,12312312312,APP_ERROR,Aplikasi force close saat klaim,ANDROID,Unfortunately JMO has stopped
                2026-11-21 10:00,CALL_CENTER_175,PWT,32132132132,HARD_TO_USE,Peserta bingung cara unggah dokumen,,
                """;
        long before = count();
        var parsed = importer.check("lapor.csv", csv.getBytes(StandardCharsets.UTF_8), Locale.forLanguageTag("id"));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).hasSize(2);
        assertThat(parsed.rows().get(1).draft().getAttribute()).isEqualTo(RogersAttribute.COMPLEXITY);
        int[] progress = {0};
        assertThat(importer.store(parsed, done -> progress[0] = done)).isEqualTo(2);
        assertThat(progress[0]).isEqualTo(2);
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    @WithUserDetails("petugas")
    void a_file_with_bad_rows_imports_nothing_and_lists_row_field_and_reason() {
        var csv = """
                Diterima,Kanal,Cabang,No. KPJ,Kategori,Uraian
                2026-11-20 09:15,COUNTER,PWT,12312312399,OTHER,Peserta menanyakan saldo JHT
                kemarin,COUNTER,PWT,123,OTHER,Peserta bertanya
                2026-11-22 11:00,FAX,SMG,12312312398,UNKNOWN,Pendek
                """;
        long before = count();
        var parsed = importer.check("buruk.csv", csv.getBytes(StandardCharsets.UTF_8), Locale.forLanguageTag("id"));
        assertThat(parsed.importable()).isFalse();
        assertThat(parsed.errors()).extracting(ComplaintImport.RowError::row, ComplaintImport.RowError::field)
                .contains(org.assertj.core.groups.Tuple.tuple(3, "Diterima"),
                        org.assertj.core.groups.Tuple.tuple(4, "Kanal"),
                        org.assertj.core.groups.Tuple.tuple(4, "Cabang"),
                        org.assertj.core.groups.Tuple.tuple(4, "Kategori"));
        assertThat(parsed.errors()).noneMatch(e -> e.row() == 2);
        assertThat(parsed.errors()).anySatisfy(e -> assertThat(e.reason()).contains("FAX"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("petugas")
    void an_xlsx_file_is_read_like_a_csv_and_kpj_errors_are_named() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            String[][] rows = {{"Diterima", "Kanal", "No. KPJ", "Kategori", "Uraian"},
                    {"2026-11-24 08:30", "EMAIL", "12345678", "BALANCE_DATA", "Saldo tidak tampil di aplikasi"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        long before = count();
        var parsed = importer.check("saluran.xlsx", out.toByteArray(), Locale.forLanguageTag("id"));
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("No. KPJ");
            assertThat(e.reason()).isEqualTo("harus terdiri dari 11 digit angka");
        });
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("petugas")
    void a_file_that_is_not_a_table_says_so() {
        var parsed = importer.check("foto.xlsx", new byte[] {1, 2, 3}, Locale.forLanguageTag("id"));
        assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("tidak dapat dibaca"));
    }

    @Test
    @WithUserDetails("petugas")
    void an_exported_file_in_either_language_imports_again_whoever_reads_it() throws Exception {
        var draft = new Complaint();
        draft.setReceivedAt(LocalDateTime.of(2025, 2, 11, 10, 20));
        draft.setChannel(ComplaintChannel.EMAIL);
        draft.setKpjNumber("55566677788");
        draft.setCategory(ComplaintCategory.APP_ERROR);
        draft.setAttribute(RogersAttribute.COMPLEXITY);
        draft.setSeverity(Severity.HIGH);
        draft.setDescription("Aplikasi bolakbalikuji keluar sendiri saat klaim");
        draft.setAppVersion("3.2.0");
        draft.setPlatform(Platform.ANDROID);
        draft.setErrorMessage("Terjadi kesalahan (kode 500)");
        var created = service.create(draft);
        var query = new ComplaintQuery(new RecordFilter(new DateRange(LocalDate.of(2025, 2, 11),
                LocalDate.of(2025, 2, 11)), null, null), null, null, null, false, "bolakbalikuji", false);

        for (var language : java.util.List.of(Formats.ID, Formats.EN)) {
            var other = language == Formats.ID ? Formats.EN : Formats.ID;
            var csv = new ByteArrayOutputStream();
            export.writeCsv(query, language, csv);
            var text = csv.toString(StandardCharsets.UTF_8);
            assertThat(text.substring(1)).startsWith(String.join(",", ComplaintColumn.titles(language)));
            var overdue = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text.substring(1))).getRecords().getFirst()
                    .get(ComplaintColumn.OVERDUE.title(language));
            assertThat(overdue).isEqualTo(language == Formats.ID ? "ya" : "yes");
            // the export masks KPJ numbers: whoever re-imports writes them in again
            var csvBack = text.replace(created.getMaskedKpjNumber(), created.getKpjNumber());
            assertReadsBack(importer.check("ekspor.csv", csvBack.getBytes(StandardCharsets.UTF_8), other), created);

            var xlsx = new ByteArrayOutputStream();
            export.writeXlsx(query, language, xlsx);
            var xlsxBack = new ByteArrayOutputStream();
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
                assertThat(workbook.getSheetName(0)).isEqualTo(language == Formats.ID ? "Pengaduan" : "Complaints");
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(ComplaintColumn.KPJ.ordinal()).getStringCellValue())
                        .isEqualTo(ComplaintColumn.KPJ.title(language));
                // a new cell: POI does not rewrite the inline string the streaming export wrote
                var data = sheet.getRow(1);
                data.removeCell(data.getCell(ComplaintColumn.KPJ.ordinal()));
                data.createCell(ComplaintColumn.KPJ.ordinal()).setCellValue(created.getKpjNumber());
                workbook.write(xlsxBack);
            }
            assertReadsBack(importer.check("ekspor.xlsx", xlsxBack.toByteArray(), language), created);
        }
    }

    @Test
    @WithUserDetails("petugas")
    void an_export_imported_unchanged_says_the_kpj_number_is_masked_in_the_row_and_column_of_the_file()
            throws Exception {
        var draft = new Complaint();
        draft.setReceivedAt(LocalDateTime.of(2025, 3, 4, 9, 40));
        draft.setChannel(ComplaintChannel.COUNTER);
        draft.setKpjNumber("44455566677");
        draft.setCategory(ComplaintCategory.OTHER);
        draft.setAttribute(RogersAttribute.COMPATIBILITY);
        draft.setDescription("Peserta samarujiulang menanyakan saldo JHT");
        service.create(draft);
        var query = new ComplaintQuery(new RecordFilter(new DateRange(LocalDate.of(2025, 3, 4),
                LocalDate.of(2025, 3, 4)), null, null), null, null, null, false, "samarujiulang", false);

        var expected = java.util.Map.of(
                Formats.ID, "nomor KPJ disamarkan oleh ekspor (********677); ketik nomor KPJ lengkap, 11 digit angka",
                Formats.EN, "the export hides the KPJ number (********677); type the full 11-digit KPJ number");
        for (var language : java.util.List.of(Formats.ID, Formats.EN)) {
            var csv = new ByteArrayOutputStream();
            export.writeCsv(query, language, csv);
            var xlsx = new ByteArrayOutputStream();
            export.writeXlsx(query, language, xlsx);
            for (var parsed : java.util.List.of(importer.check("ekspor.csv", csv.toByteArray(), language),
                    importer.check("ekspor.xlsx", xlsx.toByteArray(), language))) {
                assertThat(parsed.rows()).isEmpty();
                assertThat(parsed.errors()).singleElement().satisfies(e -> {
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo(ComplaintColumn.KPJ.title(language));
                    assertThat(e.reason()).isEqualTo(expected.get(language));
                });
            }
        }
    }

    private static void assertReadsBack(ComplaintImport.Parsed parsed, Complaint original) {
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            var back = row.draft();
            assertThat(back.getReceivedAt()).isEqualTo(original.getReceivedAt());
            assertThat(back.getChannel()).isEqualTo(original.getChannel());
            assertThat(back.getBranch().getCode()).isEqualTo(original.getBranch().getCode());
            assertThat(back.getKpjNumber()).isEqualTo(original.getKpjNumber());
            assertThat(back.getCategory()).isEqualTo(original.getCategory());
            assertThat(back.getAttribute()).isEqualTo(original.getAttribute());
            assertThat(back.getSeverity()).isEqualTo(original.getSeverity());
            assertThat(back.getDescription()).isEqualTo(original.getDescription());
            assertThat(back.getAppVersion()).isEqualTo(original.getAppVersion());
            assertThat(back.getPlatform()).isEqualTo(original.getPlatform());
            assertThat(back.getErrorMessage()).isEqualTo(original.getErrorMessage());
        });
    }

    @Test
    @WithUserDetails("petugas")
    void english_titles_are_read_and_an_error_names_the_column_as_the_file_titles_it() {
        var csv = """
                Received,Channel,Branch,KPJ no.,Category,Description
                2026-11-20 09:15,COUNTER,PWT,123,OTHER,Peserta menanyakan saldo JHT
                """;
        var parsed = importer.check("english.csv", csv.getBytes(StandardCharsets.UTF_8), Formats.ID);
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("KPJ no.");
        });
        var missing = importer.check("kurang.csv", "Received,Channel\n2026-11-20 09:15,COUNTER\n"
                .getBytes(StandardCharsets.UTF_8), Formats.EN);
        assertThat(missing.errors()).singleElement().satisfies(e -> assertThat(e.field())
                .isEqualTo("KPJ no., Category, Description"));
    }
}
