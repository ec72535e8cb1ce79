package id.bpjs.jmo.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The import reader on the family of files Excel and Google Forms write, and on hostile files. */
class TableReaderTest {

    private static final TableLimits LIMITS = new TableLimits(32L * 1024 * 1024, 200, 200_000, 10_000);

    static byte[] resource(String path) throws IOException {
        try (var in = TableReaderTest.class.getResourceAsStream("/cases/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    private static TableFile read(String name, byte[] content) {
        return TableReader.read(name, content, LIMITS);
    }

    private static List<String> row(TableFile table, int row) {
        return table.columns().stream().map(label -> table.cell(row, table.column(label))).toList();
    }

    private static String refusal(String name, byte[] content, TableLimits limits) {
        try {
            TableReader.read(name, content, limits);
        } catch (TableReadException e) {
            return e.messageKey();
        }
        return "read";
    }

    @Test
    void a_utf16_tab_separated_unicode_text_file_is_read_with_its_letters() {
        var text = "\uFEFFCap waktu\tNama\tSaran\n2024-03-01 10:00\tJosé Núñez\tPelayanan ramah – cepat\n";
        var table = read("unicode.txt", text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(table.columns()).containsExactly("Cap waktu", "Nama", "Saran");
        assertThat(row(table, 0)).containsExactly("2024-03-01 10:00", "José Núñez", "Pelayanan ramah – cepat");
        assertThat(table.source()).isEqualTo("CSV UTF-16LE, tab");
    }

    @Test
    void a_utf16_big_endian_file_without_a_byte_order_mark_is_recognised() {
        var text = "Kode cabang\tU1\nPWT\t4\n";
        var table = read("x.csv", text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(row(table, 0)).containsExactly("PWT", "4");
        assertThat(table.source()).startsWith("CSV UTF-16BE");
    }

    @Test
    void a_semicolon_file_with_a_utf8_bom_has_clean_titles() {
        var text = "\uFEFFCap waktu;Kode cabang;Saran\n05/02/2024 8:41;PWT;\"Bagus; cepat\"\n";
        var table = read("excel.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(table.titles()).containsExactly("Cap waktu", "Kode cabang", "Saran");
        assertThat(row(table, 0)).containsExactly("05/02/2024 8:41", "PWT", "Bagus; cepat");
    }

    @Test
    void an_ansi_windows_1252_file_keeps_its_accented_letters() {
        var text = "Nama,Saran\r\nJosé Peña,Café di loket enak – terima kasih\r\nFrançois,Señor ñ é\r\n";
        var table = read("ansi.csv", text.getBytes(Charset.forName("windows-1252")));
        assertThat(row(table, 0)).containsExactly("José Peña", "Café di loket enak – terima kasih");
        assertThat(row(table, 1)).containsExactly("François", "Señor ñ é");
        assertThat(table.source()).startsWith("CSV windows-1252");
    }

    @Test
    void a_file_in_an_encoding_that_cannot_be_decided_is_refused_rather_than_garbled() {
        var russian = "Имя,Комментарий\nИван Петров,Очень хорошее обслуживание в отделении, спасибо большое\n"
                + "Мария Иванова,Приложение работает медленно, но сотрудники помогли разобраться\n";
        assertThat(refusal("cp1251.csv", russian.getBytes(Charset.forName("windows-1251")), LIMITS))
                .isEqualTo("import.file.encoding");
    }

    @Test
    void a_charset_the_person_chooses_is_still_decoded_strictly() {
        var ansi = "Nama,Saran\nJosé,Café enak\n".getBytes(Charset.forName("windows-1252"));
        assertThat(refusalAs(ansi, StandardCharsets.UTF_8)).isEqualTo("import.file.encoding");
        var table = TableReader.read("x.csv", ansi, LIMITS, Charset.forName("windows-1252"));
        assertThat(row(table, 0)).containsExactly("José", "Café enak");
    }

    private static String refusalAs(byte[] content, Charset charset) {
        try {
            TableReader.read("x.csv", content, LIMITS, charset);
        } catch (TableReadException e) {
            return e.messageKey();
        }
        return "read";
    }

    @Test
    void quoted_fields_keep_line_breaks_and_delimiters_and_do_not_sway_the_delimiter_guess() {
        // the quoted comment holds more commas than the line has semicolons
        var text = "Kode;Saran\nPWT;\"a, b, c, d, e\nbaris kedua, lagi\"\nSMG;ok\n";
        var table = read("q.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(table.size()).isEqualTo(2);
        assertThat(row(table, 0)).containsExactly("PWT", "a, b, c, d, e\nbaris kedua, lagi");
        assertThat(table.rowNumber(1)).isEqualTo(3);
    }

    @Test
    void a_quote_inside_an_unquoted_cell_is_text_as_for_commons_csv() {
        var limits = new TableLimits(1024 * 1024, 200, 1000, 40);
        var text = "Kode,Saran\nPWT,Layar 5\" kurang jelas\nSMG,\"Kata \"\"bagus\"\", sekali\"\n";
        var table = TableReader.read("x.csv", text.getBytes(StandardCharsets.UTF_8), limits);
        assertThat(row(table, 0)).containsExactly("PWT", "Layar 5\" kurang jelas");
        assertThat(row(table, 1)).containsExactly("SMG", "Kata \"bagus\", sekali");
    }

    @Test
    void every_refusal_has_one_sentence_in_indonesian_and_english() {
        var keys = List.of("import.file.empty", "import.file.noRows", "import.file.tooLarge",
                "import.file.tooManyColumns", "import.file.tooManyRows", "import.file.cellTooLong",
                "import.file.oldExcel", "import.file.notXlsx", "import.file.zipBomb", "import.file.binary",
                "import.file.encoding", "import.file.malformed", "import.time.missing", "import.time.notADate",
                "import.time.ambiguousOrder", "import.time.outOfRange");
        for (var key : keys) {
            var indonesian = id.bpjs.jmo.base.i18n.Translations.get(java.util.Locale.forLanguageTag("id"), key, 200, 7);
            var english = id.bpjs.jmo.base.i18n.Translations.get(java.util.Locale.ENGLISH, key, 200, 7);
            assertThat(indonesian).as(key).isNotBlank().isNotEqualTo(english).doesNotContain("{");
            assertThat(english).as(key).isNotBlank().doesNotContain("{");
        }
        assertThat(id.bpjs.jmo.base.i18n.Translations.get(java.util.Locale.ENGLISH, "import.file.tooManyColumns", 200, 1))
                .isEqualTo("The file has more than 200 columns (row 1); remove the columns you do not need.");
    }

    @Test
    void trailing_empty_unnamed_columns_from_excel_are_hidden() throws IOException {
        var table = read("excel_id_trailing_columns.csv",
                resource("05-excel-trailing-empty-columns/excel_id_trailing_columns.csv"));
        assertThat(table.titles()).hasSize(26).endsWith("Saran", "", "");
        assertThat(table.columns()).hasSize(24).startsWith("Cap waktu").endsWith("U9", "Saran");
        assertThat(table.size()).isEqualTo(5);
        assertThat(table.source()).isEqualTo("CSV UTF-8, ;");
    }

    @Test
    void an_unnamed_column_that_holds_values_is_offered_by_its_letter() {
        var table = read("x.csv", "Kode,,Saran\nPWT,catatan,ok\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.columns()).containsExactly("Kode", "(B)", "Saran");
        assertThat(table.cell(0, table.column("(B)"))).isEqualTo("catatan");
    }

    @Test
    void rows_holding_only_delimiters_or_blanks_are_skipped_counted_and_keep_row_numbers() {
        var text = "Kode;U1\nPWT;4\n;;\n   ;  \n\nSMG;3\n";
        var table = read("x.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.blankRowsSkipped()).isEqualTo(3);
        assertThat(table.rowNumber(0)).isEqualTo(2);
        assertThat(table.rowNumber(1)).isEqualTo(6);
    }

    @Test
    void nine_identical_titles_become_nine_distinct_columns_by_position() throws IOException {
        var table = read("gforms.csv", resource("09-gforms-duplicate-question-titles/gforms_sections_same_title.csv"));
        var title = "Bagaimana penilaian Saudara terhadap unsur ini?";
        assertThat(table.columnsTitled(title)).containsExactly(14, 15, 16, 17, 18, 19, 20, 21, 22);
        for (int u = 1; u <= 9; u++) {
            assertThat(table.column(title + " (" + u + ")")).isEqualTo(13 + u);
        }
        // U1 and U9 of the first response (CASE.md: U9 mostly 2)
        assertThat(table.cell(0, table.column(title + " (1)"))).isEqualTo("4");
        assertThat(table.cell(0, table.column(title + " (9)"))).isEqualTo("2");
    }

    @Test
    void xlsx_formula_cells_give_the_value_excel_shows_never_the_formula() throws IOException {
        var table = read("skm.xlsx", resource("07-xlsx-formula-cells/skm_april_2024_formulas.xlsx"));
        assertThat(table.size()).isEqualTo(5);
        var u = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9").stream()
                .map(c -> table.cell(0, table.column(c))).toList();
        assertThat(u).containsExactly("4", "3", "3", "4", "3", "4", "4", "3", "3");
        for (int r = 0; r < table.size(); r++) {
            for (var label : table.columns()) {
                assertThat(table.cell(r, table.column(label))).doesNotContain("IF(");
            }
        }
    }

    @Test
    void xlsx_date_cells_serials_and_numbers_as_text_are_read_as_dates_and_numbers() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            String[] titles = {"Tanggal", "Serial", "U1", "Skor", "No. KPJ"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            var twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            var row = sheet.createRow(1);
            var date = row.createCell(0);
            date.setCellValue(LocalDateTime.of(2024, 3, 5, 14, 30));
            date.setCellStyle(dateStyle);
            row.createCell(1).setCellValue(45356.604166666664);
            row.createCell(2).setCellValue(" 4 ");
            var score = row.createCell(3);
            score.setCellValue(3);
            score.setCellStyle(twoDecimals);
            row.createCell(4).setCellValue(12345678901d);
            workbook.write(out);
        }
        var table = read("dates.xlsx", out.toByteArray());
        assertThat(row(table, 0)).containsExactly("2024-03-05 14:30:00", "45356.604166666664", "4", "3", "12345678901");
        // the serial number is a date where a date is expected
        var times = ImportTimestamps.forColumn(List.of("45356.604166666664"), ImportTimestamps.DateOrder.AUTO,
                ImportTimestamps.DEFAULT_ZONE);
        assertThat(times.parse(table.cell(0, 1), java.time.LocalTime.NOON).value())
                .isEqualTo(LocalDateTime.of(2024, 3, 5, 14, 30));
    }

    @Test
    void an_empty_file_is_refused_as_empty() {
        assertThat(refusal("x.csv", new byte[0], LIMITS)).isEqualTo("import.file.empty");
        assertThat(refusal("x.csv", "\n\n;;\n".getBytes(StandardCharsets.UTF_8), LIMITS)).isEqualTo("import.file.empty");
    }

    @Test
    void a_header_only_file_says_no_data_rows() {
        assertThat(refusal("x.csv", "Diterima,Kanal,Uraian\n".getBytes(StandardCharsets.UTF_8), LIMITS))
                .isEqualTo("import.file.noRows");
        assertThat(refusal("x.csv", "Diterima,Kanal,Uraian\n,,\n".getBytes(StandardCharsets.UTF_8), LIMITS))
                .isEqualTo("import.file.noRows");
    }

    @Test
    void a_binary_file_renamed_csv_is_refused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThat(refusal("foto.csv", png, LIMITS)).isEqualTo("import.file.binary");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(refusal("lama.xls", xls, LIMITS)).isEqualTo("import.file.oldExcel");
        assertThat(refusal("teks.xlsx", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), LIMITS))
                .isEqualTo("import.file.notXlsx");
    }

    @Test
    void ten_thousand_columns_are_refused_naming_the_limit() {
        var text = new StringBuilder();
        for (int c = 0; c < 10_000; c++) {
            text.append(c == 0 ? "" : ",").append("kolom").append(c);
        }
        text.append("\n1\n");
        var bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isBetween(70_000, 100_000);
        assertThatThrownBy(() -> read("wide.csv", bytes)).isInstanceOfSatisfying(TableReadException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.file.tooManyColumns");
            assertThat(e.arguments()).containsExactly(200, 1);
        });
    }

    @Test
    void a_file_over_the_size_limit_is_refused_without_reading_all_of_it() {
        var fiftyMegabytes = new InputStream() {
            long left = 50L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        var limits = new TableLimits(1024 * 1024, 200, 1000, 10_000);
        assertThatThrownBy(() -> TableReader.readBounded(fiftyMegabytes, limits))
                .isInstanceOfSatisfying(TableReadException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.file.tooLarge");
                    assertThat(e.arguments()).containsExactly(1L);
                });
        assertThat(fiftyMegabytes.left).isGreaterThan(48L * 1024 * 1024);
        assertThat(refusal("x.csv", new byte[1024 * 1024 + 1], limits)).isEqualTo("import.file.tooLarge");
    }

    @Test
    void rows_and_cells_beyond_the_limits_are_refused() {
        var limits = new TableLimits(1024 * 1024, 200, 3, 20);
        assertThat(refusal("x.csv", "a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), limits)).isEqualTo("read");
        assertThat(refusal("x.csv", "a\n1\n2\n3\n4\n".getBytes(StandardCharsets.UTF_8), limits))
                .isEqualTo("import.file.tooManyRows");
        assertThat(refusal("x.csv", "a\n\"123456789012345678901\"\n".getBytes(StandardCharsets.UTF_8), limits))
                .isEqualTo("import.file.cellTooLong");
    }

    @Test
    void a_zip_bomb_xlsx_is_refused() throws IOException {
        // a real workbook whose sheet is replaced by 30 MB of blanks that compress to a few KB
        var real = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("Cap waktu");
            workbook.write(real);
        }
        var out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(real.toByteArray()));
                var zip = new ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
                            + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
                    var block = new byte[1024 * 1024];
                    java.util.Arrays.fill(block, (byte) ' ');
                    for (int i = 0; i < 30; i++) {
                        zip.write(block);
                    }
                    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
            }
        }
        assertThat(out.size()).isLessThan(100_000);
        assertThat(refusal("bomb.xlsx", out.toByteArray(), LIMITS)).isEqualTo("import.file.zipBomb");
    }

    @Test
    void a_broken_zip_named_xlsx_is_refused_as_not_xlsx() {
        byte[] broken = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThat(refusal("kaputt.xlsx", broken, LIMITS)).isEqualTo("import.file.notXlsx");
    }
}
