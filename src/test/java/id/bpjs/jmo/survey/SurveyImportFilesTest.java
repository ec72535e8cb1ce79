package id.bpjs.jmo.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.base.domain.TableReader;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.domain.TableFile;
import id.bpjs.jmo.base.domain.TableReadException;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.complaint.ComplaintChannel;
import id.bpjs.jmo.complaint.ComplaintService;
import id.bpjs.jmo.ikm.IkmGrade;
import id.bpjs.jmo.ikm.IkmReport;
import id.bpjs.jmo.ikm.IkmReports;
import id.bpjs.jmo.base.domain.WeightConvention;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real files from Google Forms and Excel (shared cases 04, 05, 07, 09, copied to test resources) through the survey
 * import (read → check → store) and the IKM report, with the figures their CASE.md expects.
 */
@SpringBootTest
@ActiveProfiles("test")
class SurveyImportFilesTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    @Autowired
    SurveyImport importer;
    @Autowired
    SurveyColumnMapping columnMapping;
    @Autowired
    IkmReports reports;
    @Autowired
    BranchService branches;
    @Autowired
    ComplaintService complaints;
    @Autowired
    JdbcTemplate jdbc;

    private static byte[] resource(String path) throws IOException {
        try (var in = SurveyImportFilesTest.class.getResourceAsStream("/cases/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from survey_response", Long.class);
    }

    private IkmReport importAndReport(String path, int rows, LocalDate from, LocalDate to,
            Consumer<Map<String, String>> adjust) throws IOException {
        var table = TableReader.read(path.substring(path.indexOf('/') + 1), resource(path), SurveyImport.LIMITS);
        var mapping = new LinkedHashMap<>(columnMapping.suggest(table));
        adjust.accept(mapping);
        var parsed = importer.check(table, mapping, ID);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).hasSize(rows);
        assertThat(importer.store(table, parsed, mapping, done -> { })).isEqualTo(rows);
        long pwt = branches.byCode("PWT").orElseThrow().getId();
        return reports.report(new RecordFilter(new DateRange(from, to), pwt, null), WeightConvention.EXACT_NINTH);
    }

    private static void assertIkm(IkmReport report, int n, long[] sums, String ikm, IkmGrade grade) {
        assertThat(report.respondents()).isEqualTo(n);
        var result = report.result().orElseThrow();
        for (int u = 0; u < 9; u++) {
            assertThat(result.sums()[u]).as("sum U" + (u + 1)).isEqualTo(sums[u]);
        }
        assertThat(result.ikmRounded()).isEqualTo(new BigDecimal(ikm));
        assertThat(result.grade()).isEqualTo(grade);
    }

    @Test
    @WithUserDetails("petugas")
    void case_04_google_forms_timestamps_with_gmt_plus_7_are_stored_as_wib_and_give_ikm_86_11() throws IOException {
        var report = importAndReport("04-gforms-timestamp-gmt7/gforms_responses.csv", 6, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31), mapping -> assertThat(mapping).containsEntry("submittedAt", "Timestamp"));
        assertIkm(report, 6, new long[] {20, 21, 19, 24, 20, 22, 23, 18, 19}, "86.11", IkmGrade.B);
        var times = jdbc.queryForList("select submitted_at from survey_response where submitted_at >= ? and"
                + " submitted_at < ? order by submitted_at", java.sql.Timestamp.class,
                java.sql.Timestamp.valueOf("2024-01-01 00:00:00"), java.sql.Timestamp.valueOf("2024-02-01 00:00:00"));
        assertThat(times).extracting(java.sql.Timestamp::toLocalDateTime).containsExactly(
                LocalDateTime.of(2024, 1, 8, 9, 15, 2), LocalDateTime.of(2024, 1, 8, 13, 7, 45),
                LocalDateTime.of(2024, 1, 9, 0, 5, 33), LocalDateTime.of(2024, 1, 9, 12, 40, 2),
                LocalDateTime.of(2024, 1, 15, 10, 22, 11), LocalDateTime.of(2024, 1, 31, 23, 59, 59));
    }

    @Test
    @WithUserDetails("petugas")
    void case_05_excel_semicolons_bom_and_trailing_empty_columns_give_ikm_82_78() throws IOException {
        var report = importAndReport("05-excel-trailing-empty-columns/excel_id_trailing_columns.csv", 5,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), mapping -> { });
        assertIkm(report, 5, new long[] {17, 15, 15, 19, 17, 17, 18, 15, 16}, "82.78", IkmGrade.B);
    }

    @Test
    @WithUserDetails("petugas")
    void case_07_xlsx_formula_cells_import_their_values_and_give_ikm_80_00() throws IOException {
        var report = importAndReport("07-xlsx-formula-cells/skm_april_2024_formulas.xlsx", 5, LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 4, 30), mapping -> {
                    for (int u = 1; u <= 9; u++) {
                        assertThat(mapping).containsEntry("u" + u, "U" + u);
                    }
                });
        assertIkm(report, 5, new long[] {16, 15, 15, 19, 16, 17, 18, 13, 15}, "80.00", IkmGrade.B);
    }

    @Test
    @WithUserDetails("petugas")
    void case_09_nine_identical_titles_are_guessed_as_u1_to_u9_in_order_and_give_ikm_89_35() throws IOException {
        var title = "Bagaimana penilaian Saudara terhadap unsur ini?";
        var report = importAndReport("09-gforms-duplicate-question-titles/gforms_sections_same_title.csv", 6,
                LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), mapping -> {
                    // the guess gives each element its own one of the identical columns, in order
                    for (int u = 1; u <= 9; u++) {
                        assertThat(mapping).containsEntry("u" + u, title + " (" + u + ")");
                    }
                });
        assertIkm(report, 6, new long[] {22, 22, 22, 24, 23, 23, 24, 21, 12}, "89.35", IkmGrade.A);
        assertThat(report.result().orElseThrow().nrrRounded(8)).isEqualTo(new BigDecimal("2.000"));
        // the mapping is remembered by position and title, and the next file from the same form finds it again
        var stored = jdbc.queryForObject("select mapping from import_mapping where username = 'petugas' and kind ="
                + " 'survey'", String.class);
        assertThat(stored).contains("u1\t#14\t" + title + "\n", "u9\t#22\t" + title + "\n");
        var again = TableReader.read("again.csv", resource(
                "09-gforms-duplicate-question-titles/gforms_sections_same_title.csv"), SurveyImport.LIMITS);
        var remembered = columnMapping.suggest(again);
        for (int u = 1; u <= 9; u++) {
            assertThat(remembered).containsEntry("u" + u, title + " (" + u + ")");
        }
    }

    // Google Forms exports are cumulative: the branch downloads the whole sheet every month and imports it again

    private static final String GFORMS_HEADER = "Timestamp,Kode cabang,Kanal,Jenis kelamin,Usia,Pendidikan,Pekerjaan,"
            + "Pakai JMO,Keuntungan relatif,Kesesuaian,Kerumitan,Dapat dicoba,Dapat diamati,Kepuasan keseluruhan,U1,U2,"
            + "U3,U4,U5,U6,U7,U8,U9,Saran\n";

    /** February 2022 as Google Forms writes it (case 04's shape); U1..U9 sums 14 12 14 12 14 12 14 12 14. */
    private static final String FEBRUARY = """
            2022/02/07 9:15:02 AM GMT+7,PWT,JMO,P,28,D1-D3,PNS,ya,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,
            2022/02/14 1:07:45 PM GMT+7,PWT,JMO,L,46,S1,SWASTA,ya,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,"Antri di loket lama, \
            tapi petugas membantu"
            2022/02/21 12:05:33 AM GMT+7,PWT,JMO,L,55,S1,LAINNYA,ya,4,3,4,3,4,4,4,3,4,3,4,3,4,3,4,
            2022/02/28 11:59:59 PM GMT+7,PWT,JMO,P,30,S2,SWASTA,tidak,2,3,2,3,2,3,3,2,3,2,3,2,3,2,3,
            """;

    /** The responses added in March 2022; U1..U9 sums 9 10 10 12 10 10 10 10 9. */
    private static final String MARCH = """
            2022/03/02 10:22:11 AM GMT+7,PWT,JMO,L,58,SMP,WIRAUSAHA,ya,5,4,5,5,4,4,4,4,4,4,4,4,4,4,4,Cepat
            2022/03/15 2:30:00 PM GMT+7,PWT,JMO,P,41,SMA,PNS,ya,3,4,3,4,3,4,3,3,3,4,3,3,3,3,3,
            2022/03/31 8:00:09 AM GMT+7,PWT,JMO,L,33,S1,SWASTA,ya,4,4,4,4,4,4,2,3,3,4,3,3,3,3,2,
            """;

    private long storedBetween(LocalDate from, LocalDate to) {
        return jdbc.queryForObject("select count(*) from survey_response where branch_id = ? and submitted_at >= ?"
                + " and submitted_at < ?", Long.class, branches.byCode("PWT").orElseThrow().getId(),
                java.sql.Timestamp.valueOf(from.atStartOfDay()), java.sql.Timestamp.valueOf(to.plusDays(1)
                        .atStartOfDay()));
    }

    private IkmReport pwtReport(LocalDate from, LocalDate to) {
        return reports.report(new RecordFilter(new DateRange(from, to), branches.byCode("PWT").orElseThrow().getId(),
                null), WeightConvention.EXACT_NINTH);
    }

    @Test
    @WithUserDetails("petugas")
    void the_same_google_forms_export_imported_twice_is_stored_once_and_the_second_check_finds_every_row_stored()
            throws IOException {
        // the same sheet in 2020, so no other test's rows are in its range
        var csv = GFORMS_HEADER + (FEBRUARY + MARCH).replace("2022/", "2020/");
        var table = TableReader.read("Survei Kepuasan (Responses).csv", csv.getBytes(StandardCharsets.UTF_8),
                SurveyImport.LIMITS);
        var mapping = columnMapping.suggest(table);
        var from = LocalDate.of(2020, 2, 1);
        var to = LocalDate.of(2020, 3, 31);
        long before = stored();
        var first = importer.check(table, mapping, ID);
        assertThat(first.errors()).isEmpty();
        assertThat(first.rows()).hasSize(7);
        assertThat(first.alreadyStored()).isZero();
        assertThat(first.repeatedInFile()).isZero();
        assertThat(importer.store(table, first, mapping, done -> { })).isEqualTo(7);
        assertThat(stored()).isEqualTo(before + 7);

        var second = importer.check(table, mapping, ID);
        assertThat(second.errors()).isEmpty();
        assertThat(second.rows()).isEmpty();
        assertThat(second.alreadyStored()).isEqualTo(7);
        assertThat(second.repeatedInFile()).isZero();
        assertThat(second.nothingNew()).isTrue();
        assertThat(second.importable()).isFalse();
        assertThat(importer.store(table, second, mapping, done -> { })).isZero();
        // a check made before the first import (another tab) stores nothing either: store compares again
        assertThat(importer.store(table, first, mapping, done -> { })).isZero();
        assertThat(stored()).isEqualTo(before + 7);
        assertThat(storedBetween(from, to)).isEqualTo(7);
        assertIkm(pwtReport(from, to), 7, new long[] {23, 22, 24, 24, 24, 22, 24, 22, 23}, "82.54", IkmGrade.B);
    }

    @Test
    @WithUserDetails("petugas")
    void a_cumulative_export_stores_only_the_responses_added_since_the_last_import_and_the_ikm_counts_each_once()
            throws IOException {
        var from = LocalDate.of(2022, 2, 1);
        var to = LocalDate.of(2022, 3, 31);
        // early March: the sheet holds February
        var march = TableReader.read("Survei Kepuasan (Responses).csv", (GFORMS_HEADER + FEBRUARY)
                .getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        var mapping = columnMapping.suggest(march);
        var february = importer.check(march, mapping, ID);
        assertThat(february.errors()).isEmpty();
        assertThat(february.rows()).hasSize(4);
        assertThat(february.duplicates()).isZero();
        assertThat(importer.store(march, february, mapping, done -> { })).isEqualTo(4);
        assertIkm(pwtReport(from, to), 4, new long[] {14, 12, 14, 12, 14, 12, 14, 12, 14}, "81.94", IkmGrade.B);

        // early April: the whole sheet again, February's four rows and March's three
        var april = TableReader.read("Survei Kepuasan (Responses) (1).csv", (GFORMS_HEADER + FEBRUARY + MARCH)
                .getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        long before = stored();
        var cumulative = importer.check(april, columnMapping.suggest(april), ID);
        assertThat(cumulative.errors()).isEmpty();
        assertThat(cumulative.alreadyStored()).isEqualTo(4);
        assertThat(cumulative.repeatedInFile()).isZero();
        assertThat(cumulative.rows()).extracting(SurveyResponse::getSubmittedAt).containsExactly(
                LocalDateTime.of(2022, 3, 2, 10, 22, 11), LocalDateTime.of(2022, 3, 15, 14, 30, 0),
                LocalDateTime.of(2022, 3, 31, 8, 0, 9));
        assertThat(importer.store(april, cumulative, mapping, done -> { })).isEqualTo(3);
        assertThat(stored()).isEqualTo(before + 3);
        assertThat(storedBetween(from, to)).isEqualTo(7);
        // counted twice, February would give n = 11 and 82.32
        assertIkm(pwtReport(from, to), 7, new long[] {23, 22, 24, 24, 24, 22, 24, 22, 23}, "82.54", IkmGrade.B);
    }

    @Test
    @WithUserDetails("petugas")
    void a_header_only_survey_file_says_no_data_rows_and_stores_nothing() {
        long before = stored();
        assertThatThrownBy(() -> TableReader.read("kosong.csv", "Timestamp,Kode cabang,U1\n"
                .getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS)).isInstanceOfSatisfying(TableReadException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.noRows"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("petugas")
    void a_50_megabyte_file_is_refused_naming_the_32_megabyte_limit() {
        var fifty = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(fifty, (byte) 'a');
        assertThatThrownBy(() -> TableReader.read("besar.csv", fifty, SurveyImport.LIMITS)).isInstanceOfSatisfying(TableReadException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("import.file.tooLarge");
                    assertThat(id.bpjs.jmo.base.i18n.Translations.get(ID, e.messageKey(), e.arguments()))
                            .isEqualTo("Berkas lebih besar dari batas 32 MB; pecah menjadi beberapa berkas.");
                });
    }

    @Test
    @WithUserDetails("petugas")
    void an_ambiguous_day_month_column_names_the_row_until_the_order_is_chosen() {
        var csv = "Timestamp,Kode cabang,Kanal,Jenis kelamin,Usia,Pendidikan,Pekerjaan,Pakai JMO,Keuntungan relatif,"
                + "Kesesuaian,Kerumitan,Dapat dicoba,Dapat diamati,Kepuasan keseluruhan\n"
                + "03/02/2024 10:00,PWT,JMO,P,30,S1,PNS,ya,4,4,4,4,4,4\n"
                + "04/02/2024 11:00,PWT,JMO,L,40,S1,PNS,ya,4,4,4,4,4,4\n";
        var table = TableReader.read("urutan.csv", csv.getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        var mapping = columnMapping.suggest(table);
        var parsed = importer.check(table, mapping, ID);
        assertThat(parsed.errors()).extracting(SurveyImport.RowError::row, SurveyImport.RowError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "submittedAt"),
                        org.assertj.core.groups.Tuple.tuple(3, "submittedAt"));
        var dayFirst = importer.check(table, mapping, ID,
                id.bpjs.jmo.base.domain.ImportTimestamps.DateOrder.DAY_FIRST,
                id.bpjs.jmo.base.domain.ImportTimestamps.DEFAULT_ZONE);
        assertThat(dayFirst.errors()).isEmpty();
        assertThat(dayFirst.rows().getFirst().getSubmittedAt()).isEqualTo(LocalDateTime.of(2024, 2, 3, 10, 0));
    }

    @Test
    @WithUserDetails("petugas")
    void a_date_in_2099_is_refused_naming_its_row() {
        var csv = "Timestamp,Kode cabang,Kanal,Jenis kelamin,Usia,Pendidikan,Pekerjaan,Pakai JMO,Keuntungan relatif,"
                + "Kesesuaian,Kerumitan,Dapat dicoba,Dapat diamati,Kepuasan keseluruhan\n"
                + "2024-02-03 10:00,PWT,JMO,P,30,S1,PNS,ya,4,4,4,4,4,4\n"
                + "\n"
                + "2099-02-04 11:00,PWT,JMO,L,40,S1,PNS,ya,4,4,4,4,4,4\n";
        var table = TableReader.read("masa-depan.csv", csv.getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        var parsed = importer.check(table, columnMapping.suggest(table), Locale.ENGLISH);
        assertThat(parsed.importable()).isFalse();
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.field()).isEqualTo("submittedAt");
            assertThat(e.reason()).contains("2099-02-04 11:00").contains("outside the accepted range");
        });
    }

    @Test
    @WithUserDetails("petugas")
    void while_the_largest_allowed_file_is_read_and_checked_another_person_saves_a_complaint_in_normal_time()
            throws Exception {
        var csv = new StringBuilder("Timestamp,Kode cabang,Kanal,Jenis kelamin,Usia,Pendidikan,Pekerjaan,Pakai JMO,"
                + "Keuntungan relatif,Kesesuaian,Kerumitan,Dapat dicoba,Dapat diamati,Kepuasan keseluruhan,U1,U2,U3,U4,"
                + "U5,U6,U7,U8,U9,Saran\n");
        long limit = SurveyImport.LIMITS.maxBytes();
        int rows = 0;
        var comment = "Pelayanan cepat, petugas ramah, aplikasi JMO kadang lambat saat jam sibuk di kantor cabang";
        while (rows < SurveyImport.MAX_ROWS) {
            var line = "2025-0" + (1 + rows % 9) + "-1" + (rows % 10) + " 09:15:00,PWT,JMO,P,31,S1,SWASTA,ya,4,3,2,4,5,4,"
                    + "3,3,3,4,3,3,4,3,3,\"" + comment + " " + rows + "\"\n";
            if (csv.length() + line.length() > limit) {
                break;
            }
            csv.append(line);
            rows++;
        }
        var bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        csv = null;
        assertThat(bytes.length).isGreaterThan((int) (limit * 0.9)).isLessThanOrEqualTo((int) limit);
        var context = SecurityContextHolder.getContext();
        var started = new CountDownLatch(1);
        long[] importEnded = new long[1];
        int[] checked = new int[1];
        var importing = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            started.countDown();
            TableFile table = TableReader.read("besar.csv", bytes, SurveyImport.LIMITS);
            var parsed = importer.check(table, columnMapping.suggest(table), ID);
            checked[0] = parsed.rows().size();
            importEnded[0] = System.nanoTime();
        }, context));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        long t0 = System.nanoTime();
        var saving = CompletableFuture.supplyAsync(() -> {
            var draft = new Complaint();
            draft.setReceivedAt(LocalDateTime.now().minusMinutes(2));
            draft.setChannel(ComplaintChannel.EMAIL);
            draft.setKpjNumber("11122233355");
            draft.setCategory(ComplaintCategory.OTHER);
            draft.setAttribute(RogersAttribute.TRIALABILITY);
            draft.setDescription("Peserta menanyakan status klaim JHT saat impor besar berjalan");
            return complaints.create(draft);
        }, command -> new Thread(new DelegatingSecurityContextRunnable(command, context)).start());
        var saved = saving.get(10, TimeUnit.SECONDS);
        long saveEnded = System.nanoTime();
        assertThat(saved.getId()).isNotNull();
        assertThat((saveEnded - t0) / 1e9).as("seconds to save a complaint during the import").isLessThan(3.0);
        importing.get(120, TimeUnit.SECONDS);
        assertThat(checked[0]).isEqualTo(rows);
        assertThat(saveEnded).as("the complaint was saved while the import was still running").isLessThan(
                importEnded[0]);
    }
}
