package id.bpjs.jmo.survey;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
    SurveyStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;

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
    void a_good_file_is_imported_whole_and_the_dashboard_counts_it() throws Exception {
        var day = LocalDate.now().minusDays(3);
        var csv = HEADER
                + day + " 09:15:00,PWT,Aplikasi JMO,Perempuan,31,S1,Pegawai swasta,ya,4,3,2,4,5,4,8,3,3,3,4,3,3,4,3,3,\"Cepat, tapi verifikasi wajah susah\"\n"
                + day + " 10:40:00,PWT,Loket,Laki-laki,58,SMA,Wirausaha,tidak,3,3,1,3,4,3,,,,,,,,,,,\n";
        var table = importer.read("forms.csv", csv.getBytes(StandardCharsets.UTF_8));
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
        assertThat(importer.suggestMapping(table.columns())).containsEntry("scoreComplexity", "Kemudahan");
    }

    @Test
    @WithUserDetails("petugas")
    void a_file_with_errors_imports_nothing_and_names_row_and_field() throws Exception {
        var csv = HEADER
                + "2026-11-20 09:15:00,PWT,Aplikasi JMO,Perempuan,31,S1,Pegawai swasta,ya,4,3,2,4,5,4,,,,,,,,,,,\n"
                + "2026-11-20 09:20:00,PWT,Aplikasi JMO,Perempuan,31,S1,Pegawai swasta,ya,4,3,7,4,5,4,,,,,,,,,,,\n"
                + "kemarin,XYZ,Fax,?,tua,S1,Pegawai swasta,mungkin,4,3,2,4,5,4,,,,,,,,,,,\n";
        var table = importer.read("buruk.csv", csv.getBytes(StandardCharsets.UTF_8));
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
        var table = importer.read("x.csv", (HEADER + ONE_ROW).getBytes(StandardCharsets.UTF_8));
        assertThat(importer.suggestMapping(table.columns())).isEqualTo(mapping());
    }

    @Test
    @WithUserDetails("petugas")
    void unmapped_required_fields_are_named() throws Exception {
        var table = importer.read("x.csv", (HEADER + ONE_ROW).getBytes(StandardCharsets.UTF_8));
        var partial = new LinkedHashMap<>(mapping());
        partial.remove("overallSatisfaction");
        var parsed = importer.check(table, partial, Locale.forLanguageTag("id"));
        assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("overallSatisfaction"));
    }
}
