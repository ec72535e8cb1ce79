package id.bpjs.jmo.survey;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.TableReader;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import id.bpjs.jmo.ikm.IkmCalculator;
import id.bpjs.jmo.ikm.IkmReports;
import id.bpjs.jmo.base.domain.WeightConvention;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Import of a Google-Forms-like export with a column mapping: all or nothing, counted by the dashboard. */
@SpringBootTest
@ActiveProfiles("test")
class SurveyImportTest {

    private static final String HEADER = "Timestamp,Kantor,Dilayani melalui,Jenis kelamin,Usia,Pendidikan,Pekerjaan,"
            + "Pakai JMO,Keuntungan,Kesesuaian,Kemudahan,Dicoba,Diamati,Puas,Rekomendasi,P1,P2,P3,P4,P5,P6,P7,P8,P9,Saran\n";

    private static final String ONE_ROW = "2026-11-20 09:15:00,PWT,Aplikasi JMO,Perempuan,31,S1,Pegawai swasta,ya,"
            + "4,3,2,4,5,4,,,,,,,,,,,\n";

    @Autowired
    SurveyImport importer;
    @Autowired
    SurveyColumnMapping columnMapping;
    @Autowired
    SurveyStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AnswerWordCatalog answerWords;
    @Autowired
    IkmReports ikmReports;
    @Autowired
    id.bpjs.jmo.branch.BranchService branches;

    private static Map<String, String> mapping() {
        var m = new LinkedHashMap<String, String>();
        String[] columns = HEADER.trim().split(",");
        for (int i = 0; i < SurveyImport.FIELDS.size(); i++) {
            m.put(SurveyImport.FIELDS.get(i), columns[i]);
        }
        return m;
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from survey_response", Long.class);
    }

    @Test
    @WithUserDetails("petugas")
    void two_imports_of_the_same_checked_file_at_the_same_moment_store_its_rows_once() throws Exception {
        var rows = "2023-02-07 10:01:00,PWT,Aplikasi JMO,Perempuan,44,SMA,Wirausaha,ya,4,4,3,4,4,4,,,,,,,,,,,Bersamaan\n"
                + "2023-02-07 10:02:00,PWT,Loket,Laki-laki,51,S1,Pegawai swasta,tidak,3,4,3,3,4,3,,,,,,,,,,,\n";
        var table = TableReader.read("bersamaan.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8),
                SurveyImport.LIMITS);
        // both people checked the file before either stored it: each check finds two new rows
        var first = importer.check(table, mapping(), Locale.forLanguageTag("id"));
        var second = importer.check(table, mapping(), Locale.forLanguageTag("id"));
        assertThat(first.rows()).hasSize(2);
        assertThat(second.rows()).hasSize(2);
        long before = stored();
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (var parsed : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    org.springframework.security.core.context.SecurityContextHolder.setContext(context);
                    try {
                        start.await();
                        return importer.store(parsed, mapping(), done -> { });
                    } finally {
                        org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            int storedByBoth = futures.get(0).get() + futures.get(1).get();
            assertThat(storedByBoth).as("rows stored by the two imports together").isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored()).isEqualTo(before + 2);
    }

    @Test
    @WithUserDetails("petugas")
    void a_good_file_is_imported_whole_and_the_dashboard_counts_it() throws Exception {
        var day = LocalDate.now().minusDays(3);
        var csv = HEADER
                + day + " 09:15:00,PWT,Aplikasi JMO,Perempuan,31,S1,Pegawai swasta,ya,4,3,2,4,5,4,8,3,3,3,4,3,3,4,3,3,\"Cepat, tapi verifikasi wajah susah\"\n"
                + day + " 10:40:00,PWT,Loket,Laki-laki,58,SMA,Wirausaha,tidak,3,3,1,3,4,3,,,,,,,,,,,\n";
        var table = TableReader.read("forms.csv", csv.getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        long before = stored();
        var filter = new RecordFilter(new DateRange(day, day), null, null);
        long dashboardBefore = statistics.totals(filter).responses();
        long ikmBefore = statistics.totals(filter).ikmResponses();
        var parsed = importer.check(table, mapping(), Locale.forLanguageTag("id"));
        assertThat(parsed.errors()).isEmpty();
        assertThat(importer.store(parsed, mapping(), done -> { })).isEqualTo(2);
        assertThat(stored()).isEqualTo(before + 2);
        var after = statistics.totals(filter);
        assertThat(after.responses()).isEqualTo(dashboardBefore + 2);
        assertThat(after.ikmResponses()).isEqualTo(ikmBefore + 1);
        // the mapping is remembered for the next file
        assertThat(columnMapping.suggest(table)).containsEntry("scoreComplexity", "Kemudahan");
    }

    @Test
    @WithUserDetails("petugas")
    void a_file_with_errors_imports_nothing_and_names_row_and_field() throws Exception {
        var csv = HEADER
                + "2026-11-20 09:15:00,PWT,Aplikasi JMO,Perempuan,31,S1,Pegawai swasta,ya,4,3,2,4,5,4,,,,,,,,,,,\n"
                + "2026-11-20 09:20:00,PWT,Aplikasi JMO,Perempuan,31,S1,Pegawai swasta,ya,4,3,7,4,5,4,,,,,,,,,,,\n"
                + "kemarin,XYZ,Fax,?,tua,S1,Pegawai swasta,mungkin,4,3,2,4,5,4,,,,,,,,,,,\n";
        var table = TableReader.read("buruk.csv", csv.getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        long before = stored();
        var parsed = importer.check(table, mapping(), Locale.forLanguageTag("id"));
        assertThat(parsed.importable()).isFalse();
        assertThat(parsed.errors()).extracting(SurveyImport.RowError::row, SurveyImport.RowError::field).contains(
                org.assertj.core.groups.Tuple.tuple(3, "scoreComplexity"),
                org.assertj.core.groups.Tuple.tuple(4, "submittedAt"), org.assertj.core.groups.Tuple.tuple(4, "branch"),
                org.assertj.core.groups.Tuple.tuple(4, "channel"), org.assertj.core.groups.Tuple.tuple(4, "age"),
                org.assertj.core.groups.Tuple.tuple(4, "usesJmo"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void the_mapping_is_guessed_from_the_column_names_of_a_form_export() throws Exception {
        var table = TableReader.read("x.csv", (HEADER + ONE_ROW).getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        assertThat(columnMapping.suggest(table)).isEqualTo(mapping());
    }

    @Test
    @WithUserDetails("petugas")
    void unmapped_required_fields_are_named() throws Exception {
        var table = TableReader.read("x.csv", (HEADER + ONE_ROW).getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        var partial = new LinkedHashMap<>(mapping());
        partial.remove("age");
        var parsed = importer.check(table, partial, Locale.forLanguageTag("id"));
        assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("age"));
    }

    // plain SKM data: the regulation's questionnaire only (date, profile, U1–U9), no branch column

    private static final String PLAIN_HEADER = "Timestamp,Jenis kelamin,Usia,Pendidikan,Pekerjaan,U1 Persyaratan,"
            + "U2 Prosedur,U3 Waktu,U4 Biaya,U5 Produk,U6 Kompetensi,U7 Perilaku,U8 Sarana,U9 Pengaduan\n";

    private static Map<String, String> plainMapping() {
        var m = new LinkedHashMap<String, String>();
        String[] columns = PLAIN_HEADER.trim().split(",");
        List.of("submittedAt", "gender", "age", "education", "occupation").forEach(f -> m.put(f,
                columns[m.size()]));
        for (int u = 1; u <= 9; u++) {
            m.put("u" + u, columns[4 + u]);
        }
        return m;
    }

    private static String plainRow(String time, String... answers) {
        return time + ",Perempuan,35,SMA,Pegawai swasta," + String.join(",", answers) + "\n";
    }

    /** The regulation's answer words of level 1..4 for U1..U9 (Permen PANRB 14/2017, a=1 … d=4). */
    private static final String[][] WORDS = {
            {"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"},
            {"Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"},
            {"Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"},
            {"Sangat mahal", "Cukup mahal", "Murah", "Gratis"},
            {"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"},
            {"Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"},
            {"Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"},
            {"Buruk", "Cukup", "Baik", "Sangat baik"},
            {"Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"}};

    private static String[] wordsOfLevel(int level) {
        var answers = new String[9];
        for (int u = 0; u < 9; u++) {
            answers[u] = WORDS[u][level - 1];
        }
        return answers;
    }

    @Test
    @WithUserDetails("petugas")
    void a_plain_skm_file_without_branch_column_imports_for_the_staffs_own_branch_and_counts_only_the_ikm()
            throws Exception {
        var day = LocalDate.now().minusDays(4);
        var csv = PLAIN_HEADER + plainRow(day + " 08:30:00", wordsOfLevel(3))
                + plainRow(day + " 09:10:00", "4", "3", "3", "4", "3", "3", "4", "3", "3");
        var table = TableReader.read("skm.csv", csv.getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        var pwt = branches.byCode("PWT").orElseThrow().getId();
        var filter = new RecordFilter(new DateRange(day, day), pwt, null);
        var before = statistics.totals(filter);
        // staff cannot send their rows elsewhere: the page's branch is their own whatever is asked
        var parsed = importer.check(table, plainMapping(), branches.byCode("SMG").orElseThrow().getId(),
                Locale.forLanguageTag("id"));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).allSatisfy(r -> {
            assertThat(r.getBranch().getId()).isEqualTo(pwt);
            assertThat(r.getChannel()).isNull();
            assertThat(r.getOverallSatisfaction()).isNull();
        });
        // the preview says which word became which score, per column
        assertThat(parsed.words()).contains(new SurveyImport.WordUse("u4", "U4 Biaya", "Murah", 3, 1),
                new SurveyImport.WordUse("u9", "U9 Pengaduan", "Berfungsi kurang maksimal", 3, 1));
        assertThat(importer.store(parsed, plainMapping(), done -> { })).isEqualTo(2);
        var after = statistics.totals(filter);
        assertThat(after.responses()).isEqualTo(before.responses() + 2);
        assertThat(after.ikmResponses()).isEqualTo(before.ikmResponses() + 2);
        assertThat(after.overallResponses()).isEqualTo(before.overallResponses());
        assertThat(after.n(id.bpjs.jmo.base.domain.RogersAttribute.COMPLEXITY))
                .isEqualTo(before.n(id.bpjs.jmo.base.domain.RogersAttribute.COMPLEXITY));
        assertThat(after.sumU()[3]).isEqualTo(before.sumU()[3] + 3 + 4);
        // the IKM's spread (V30): row sums 27 (nine 3s) and 30, squared
        assertThat(after.ikmRowSquares()).isEqualTo(before.ikmRowSquares() + 27 * 27 + 30 * 30);
        // the import refreshed its day: the kept sum is the responses' own
        assertThat(after.ikmRowSquares()).isEqualTo(jdbc.queryForObject("select coalesce(sum("
                + SurveyAggregates.IKM_ROW_SUM + " * " + SurveyAggregates.IKM_ROW_SUM + "), 0) from survey_response"
                + " where branch_id = ? and submitted_at >= ? and submitted_at < ?", Long.class, pwt,
                java.sql.Timestamp.valueOf(day.atStartOfDay()), java.sql.Timestamp.valueOf(day.plusDays(1)
                        .atStartOfDay())));
    }

    @Test
    @WithUserDetails("petugas")
    void a_half_filled_ikm_block_is_refused_naming_row_and_column() throws Exception {
        var csv = PLAIN_HEADER + plainRow("2026-11-20 09:15:00", "4", "3", "3", "4", "3", "3", "4", "3", "3")
                + plainRow("2026-11-20 09:20:00", "4", "3", "3", "4", "", "3", "4", "3", "");
        var table = TableReader.read("setengah.csv", csv.getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        long before = stored();
        var parsed = importer.check(table, plainMapping(), Locale.forLanguageTag("en"));
        assertThat(parsed.importable()).isFalse();
        assertThat(parsed.errors()).extracting(SurveyImport.RowError::row, SurveyImport.RowError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "u5"),
                        org.assertj.core.groups.Tuple.tuple(3, "u9"));
        assertThat(parsed.errors().getFirst().reason()).contains("\"U5 Produk\"");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void a_file_whose_words_need_the_admins_extra_mapping_fails_before_and_imports_after_the_admin_adds_the_word()
            throws Exception {
        var answers = wordsOfLevel(3);
        answers[7] = "Memadai";
        var csv = PLAIN_HEADER + plainRow("2018-03-05 10:00:00", answers);
        var table = TableReader.read("kata.csv", csv.getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        var tgl = branches.byCode("TGL").orElseThrow().getId();
        // an admin's plain file needs a branch chosen on the page
        assertThat(importer.check(table, plainMapping(), null, Locale.forLanguageTag("id")).errors())
                .extracting(SurveyImport.RowError::row, SurveyImport.RowError::field)
                .contains(org.assertj.core.groups.Tuple.tuple(2, "branch"));
        var refused = importer.check(table, plainMapping(), tgl, Locale.forLanguageTag("id"));
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("u8");
            assertThat(e.reason()).contains("\"U8 Sarana\"", "\"Memadai\"");
        });
        var added = answerWords.add(AnswerScale.U8, " MEMADAI ", 3);
        try {
            assertThat(jdbc.queryForObject("select count(*) from settings_change where area = 'answer-word'"
                    + " and item = 'U8: memadai' and new_value = '3'", Long.class)).isEqualTo(1);
            var parsed = importer.check(table, plainMapping(), tgl, Locale.forLanguageTag("id"));
            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.words()).contains(new SurveyImport.WordUse("u8", "U8 Sarana", "Memadai", 3, 1));
            assertThat(importer.store(parsed, plainMapping(), done -> { })).isEqualTo(1);
            assertThat(jdbc.queryForObject("select u8 from survey_response where submitted_at = ? and branch_id = ?",
                    Integer.class, java.sql.Timestamp.valueOf("2018-03-05 10:00:00"), tgl)).isEqualTo(3);
        } finally {
            answerWords.remove(added.id());
        }
    }

    @Test
    @WithUserDetails("admin")
    void importing_two_semesters_of_past_plain_skm_data_gives_each_semesters_ikm_as_published() throws Exception {
        // semester 1 of 2019: numbers, one row in the regulation's letters (c b c d c c c c b = 3 2 3 4 3 3 3 3 2);
        // sums per element U1..U9 = 14 12 13 14 14 13 14 13 12 = 119 over 4 respondents:
        // IKM = (119 / 4) × 1/9 × 25 = 82.638… → 82.64, grade B (76.61–88.30)
        // semester 2: the regulation's words only, levels 2, 3 and 4: NRR 3 for every element → IKM 75.00, grade C
        var csv = PLAIN_HEADER
                + plainRow("2019-01-14 09:00:00", "4", "4", "3", "3", "4", "3", "4", "3", "3")
                + plainRow("2019-02-20 10:30:00", "3", "3", "3", "3", "3", "3", "3", "3", "3")
                + plainRow("2019-04-02 13:15:00", "4", "3", "4", "4", "4", "4", "4", "4", "4")
                + plainRow("2019-06-28 15:45:00", "c", "b", "c", "d", "c", "c", "c", "c", "b")
                + plainRow("2019-08-05 08:00:00", wordsOfLevel(2))
                + plainRow("2019-10-10 11:20:00", wordsOfLevel(3))
                + plainRow("2019-12-30 14:00:00", wordsOfLevel(4));
        var table = TableReader.read("skm-2019.csv", csv.getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        var branch = branches.byCode("SMG").orElseThrow().getId();
        var parsed = importer.check(table, plainMapping(), branch, Locale.forLanguageTag("id"));
        assertThat(parsed.errors()).isEmpty();
        assertThat(importer.store(parsed, plainMapping(), done -> { })).isEqualTo(7);

        var first = ikmReports.report(new RecordFilter(new DateRange(LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 6, 30)), branch, null), WeightConvention.EXACT_NINTH);
        assertThat(first.respondents()).isEqualTo(4);
        var firstResult = first.result().orElseThrow();
        assertThat(firstResult).usingRecursiveComparison().isEqualTo(IkmCalculator.fromSums(4, new long[] {14, 12, 13, 14, 14, 13, 14, 13, 12},
                WeightConvention.EXACT_NINTH).orElseThrow());
        assertThat(twoDecimals(firstResult.ikm())).isEqualByComparingTo("82.64");
        assertThat(firstResult.grade().name()).isEqualTo("B");

        var second = ikmReports.report(new RecordFilter(new DateRange(LocalDate.of(2019, 7, 1),
                LocalDate.of(2019, 12, 31)), branch, null), WeightConvention.EXACT_NINTH);
        assertThat(second.respondents()).isEqualTo(3);
        var secondResult = second.result().orElseThrow();
        assertThat(twoDecimals(secondResult.ikm())).isEqualByComparingTo("75.00");
        assertThat(secondResult.grade().name()).isEqualTo("C");
    }

    @Test
    @WithUserDetails("petugas")
    void a_row_repeated_inside_one_file_is_stored_once() throws Exception {
        var day = LocalDate.of(2022, 5, 10);
        var twice = day + " 09:15:00,PWT,Aplikasi JMO,Perempuan,31,S1,Pegawai swasta,ya,4,3,2,4,5,4,8,3,3,3,4,3,3,4,3,3,"
                + "\"Cepat, tapi verifikasi wajah susah\"\n";
        var csv = HEADER + twice
                + day + " 10:40:00,PWT,Loket,Laki-laki,58,SMA,Wirausaha,tidak,3,3,1,3,4,3,,,,,,,,,,,\n"
                + twice + twice;
        var table = TableReader.read("ganda.csv", csv.getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        var filter = new RecordFilter(new DateRange(day, day), null, null);
        long before = stored();
        var dashboardBefore = statistics.totals(filter);
        var parsed = importer.check(table, mapping(), Locale.forLanguageTag("id"));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).hasSize(2);
        assertThat(parsed.alreadyStored()).isZero();
        assertThat(parsed.repeatedInFile()).isEqualTo(2);
        assertThat(importer.store(parsed, mapping(), done -> { })).isEqualTo(2);
        assertThat(stored()).isEqualTo(before + 2);
        var after = statistics.totals(filter);
        assertThat(after.responses()).isEqualTo(dashboardBefore.responses() + 2);
        assertThat(after.ikmResponses()).isEqualTo(dashboardBefore.ikmResponses() + 1);
    }

    @Test
    @WithUserDetails("admin")
    void a_row_that_differs_from_a_stored_one_in_a_single_field_is_new() throws Exception {
        var pwt = branches.byCode("PWT").orElseThrow().getId();
        var stored = "2022-06-14 09:15:00,PWT,Aplikasi JMO,Perempuan,31,S1,Pegawai swasta,ya,4,3,2,4,5,4,8,"
                + "3,3,3,4,3,3,4,3,3,Cepat\n";
        var first = importer.check(TableReader.read("juni.csv", (HEADER + stored).getBytes(StandardCharsets.UTF_8),
                SurveyImport.LIMITS), mapping(), pwt, Locale.forLanguageTag("id"));
        assertThat(importer.store(first, mapping(), done -> { })).isEqualTo(1);
        var variants = List.of(
                stored.replace("09:15:00", "09:15:01"),
                stored.replace(",PWT,", ",SMG,"),
                stored.replace("Aplikasi JMO", "Loket"),
                stored.replace("Perempuan", "Laki-laki"),
                stored.replace(",31,", ",32,"),
                stored.replace(",S1,", ",S2,"),
                stored.replace("Pegawai swasta", "Wirausaha"),
                stored.replace(",ya,", ",tidak,"),
                stored.replace(",ya,4,3,2,", ",ya,4,3,3,"),
                stored.replace(",4,5,4,8,", ",4,5,5,8,"),
                stored.replace(",4,8,", ",4,9,"),
                stored.replace(",3,3,Cepat", ",3,4,Cepat"),
                stored.replace("Cepat", "Cepat sekali"));
        assertThat(variants).doesNotHaveDuplicates().doesNotContain(stored);
        // the same response with its time written without seconds is the stored one, as the import reads it
        var csv = HEADER + stored + String.join("", variants) + stored.replace("09:15:00", "09:15");
        var table = TableReader.read("juni-lagi.csv", csv.getBytes(StandardCharsets.UTF_8), SurveyImport.LIMITS);
        long before = stored();
        var parsed = importer.check(table, mapping(), pwt, Locale.forLanguageTag("id"));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.alreadyStored()).isEqualTo(2);
        assertThat(parsed.repeatedInFile()).isZero();
        assertThat(parsed.rows()).hasSize(variants.size());
        assertThat(importer.store(parsed, mapping(), done -> { })).isEqualTo(variants.size());
        assertThat(stored()).isEqualTo(before + variants.size());
        var again = importer.check(table, mapping(), pwt, Locale.forLanguageTag("id"));
        assertThat(again.alreadyStored()).isEqualTo(variants.size() + 2);
        assertThat(again.nothingNew()).isTrue();
    }

    /** The index rounded to two decimals, as published (exact, half up). */
    private static BigDecimal twoDecimals(id.bpjs.jmo.base.domain.Ratio ikm) {
        return ikm.rounded(2);
    }
}
