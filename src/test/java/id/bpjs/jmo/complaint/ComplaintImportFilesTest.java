package id.bpjs.jmo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.i18n.Translations;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The complaint import reads files through the same reader as the survey import, within its own limits. */
@SpringBootTest
@ActiveProfiles("test")
class ComplaintImportFilesTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    @Autowired
    ComplaintImport importer;
    @Autowired
    JdbcTemplate jdbc;

    private long count() {
        return jdbc.queryForObject("select count(*) from complaint", Long.class);
    }

    private static byte[] resource(String path) throws IOException {
        try (var in = ComplaintImportFilesTest.class.getResourceAsStream("/cases/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    @WithUserDetails("petugas")
    void case_12_complaints_with_leading_symbols_import_five_rows_exactly_as_written() throws IOException {
        var parsed = importer.check("complaints_leading_symbols.csv",
                resource("12-export-formula-guard-xlsx/complaints_leading_symbols.csv"), ID);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).hasSize(5);
        assertThat(parsed.rows()).extracting(r -> r.draft().getDescription()).containsExactly(
                "- aplikasi JMO keluar sendiri setelah login\n- saldo JHT tidak muncul",
                "+62 812-0000-1111 minta dihubungi, kode OTP tidak pernah masuk",
                "=HYPERLINK(\"http://example.invalid/cek\",\"Klik untuk cek saldo JHT\")",
                "@admin tolong dicek, klaim JHT tertahan sejak Senin",
                "Saat unggah dokumen klaim muncul kode galat");
        assertThat(parsed.rows().get(4).draft().getErrorMessage()).isEqualTo("-1005 Koneksi terputus");
        assertThat(parsed.rows().getFirst().draft().getReceivedAt()).isEqualTo(LocalDateTime.of(2024, 7, 8, 9, 30));
        long before = count();
        assertThat(importer.store(parsed, done -> { })).isEqualTo(5);
        assertThat(count()).isEqualTo(before + 5);
    }

    @Test
    @WithUserDetails("petugas")
    void an_excel_indonesian_ansi_file_with_semicolons_and_trailing_columns_imports() {
        var csv = "Diterima;Kanal;Cabang;No. KPJ;Kategori;Uraian;;\r\n"
                + "21/11/2025 9:05;COUNTER;PWT;12312312377;OTHER;Peserta José menanyakan saldo – sudah dijelaskan;;\r\n"
                + ";;;;;;;\r\n"
                + "22/11/2025 10:40;EMAIL;PWT;12312312378;OTHER;Señora Peña minta cetak kartu ulang;;\r\n";
        var parsed = importer.check("pengaduan.csv", csv.getBytes(Charset.forName("windows-1252")), ID);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(ComplaintImport.ValidRow::row).containsExactly(2, 4);
        assertThat(parsed.rows().getFirst().draft().getDescription())
                .isEqualTo("Peserta José menanyakan saldo – sudah dijelaskan");
        assertThat(parsed.rows().get(1).draft().getReceivedAt()).isEqualTo(LocalDateTime.of(2025, 11, 22, 10, 40));
    }

    @Test
    @WithUserDetails("petugas")
    void a_repeated_column_title_is_refused_naming_it() {
        var csv = "Diterima,Kanal,No. KPJ,Kategori,Uraian,Uraian\n"
                + "2025-11-20 09:15,COUNTER,12312312399,OTHER,Peserta menanyakan saldo JHT,catatan lain\n";
        long before = count();
        var parsed = importer.check("ganda.csv", csv.getBytes(StandardCharsets.UTF_8), ID);
        assertThat(parsed.importable()).isFalse();
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("Uraian");
            assertThat(e.reason()).isEqualTo(Translations.get(ID, "import.duplicateHeader", "Uraian"));
        });
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("petugas")
    void a_survey_follow_up_row_is_refused_in_the_channel_column_as_the_file_titles_it() {
        // the export writes survey follow-up cases with channel SURVEY and no KPJ number; only the survey opens them
        for (var file : java.util.List.of(
                "Diterima,Kanal,Cabang,No. KPJ,Kategori,Uraian\n"
                        + "2025-11-20 09:15,SURVEY,PWT,12312312399,OTHER,Skor rendah dari survei publik\n",
                "Received,Channel,Branch,KPJ no.,Category,Description\n"
                        + "2025-11-20 09:15,SURVEY,PWT,12312312399,OTHER,Skor rendah dari survei publik\n")) {
            var english = file.startsWith("Received");
            var parsed = importer.check("survei.csv", file.getBytes(StandardCharsets.UTF_8),
                    english ? Locale.ENGLISH : ID);
            assertThat(parsed.errors()).singleElement().satisfies(e -> {
                assertThat(e.row()).isEqualTo(2);
                assertThat(e.field()).isEqualTo(english ? "Channel" : "Kanal");
                assertThat(e.reason()).isEqualTo(english
                        ? "the survey channel is only for follow-up cases the public survey opens"
                        : "kanal survei hanya untuk kasus tindak lanjut yang dibuka oleh survei publik");
            });
        }
        var exported = "Diterima,Kanal,Cabang,No. KPJ,Kategori,Uraian\n"
                + "2025-11-20 09:15,SURVEY,PWT,–,OTHER,Skor rendah dari survei publik\n";
        var parsed = importer.check("survei.csv", exported.getBytes(StandardCharsets.UTF_8), ID);
        assertThat(parsed.errors()).extracting(ComplaintImport.RowError::field).containsOnly("No. KPJ", "Kanal");
    }

    @Test
    @WithUserDetails("petugas")
    void a_header_only_file_says_no_data_rows_not_zero_errors() {
        var parsed = importer.check("kosong.csv", "Diterima,Kanal,No. KPJ,Kategori,Uraian\r\n"
                .getBytes(StandardCharsets.UTF_8), ID);
        assertThat(parsed.importable()).isFalse();
        assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("Berkas hanya berisi baris judul, tidak ada baris data untuk diimpor."));
    }

    @Test
    @WithUserDetails("petugas")
    void files_over_the_limits_are_refused_with_one_sentence_naming_the_limit() {
        long before = count();
        var large = importer.check("besar.csv", new byte[(int) ComplaintImport.MAX_BYTES + 1], Locale.ENGLISH);
        assertThat(large.errors()).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("The file is larger than the 10 MB limit; split it into several files."));
        var wide = new StringBuilder("Diterima");
        for (int c = 0; c < 10_000; c++) {
            wide.append(",k").append(c);
        }
        var refused = importer.check("lebar.csv", (wide + "\n1\n").getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
        assertThat(refused.errors()).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("The file has more than 200 columns (row 1); remove the columns you do not need."));
        assertThat(count()).isEqualTo(before);
    }
}
