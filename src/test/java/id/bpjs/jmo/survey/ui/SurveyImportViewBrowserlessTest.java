package id.bpjs.jmo.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.button.Button;
import id.bpjs.jmo.base.domain.TableReader;
import id.bpjs.jmo.survey.SurveyColumnMapping;
import id.bpjs.jmo.survey.SurveyImport;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The survey import page as Vaadin builds it: the mapping form offers columns by position, hostile files never. */
@SpringBootTest
@ActiveProfiles("test")
class SurveyImportViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    SurveyImport importer;
    @Autowired
    SurveyColumnMapping columnMapping;

    private static byte[] resource(String path) throws IOException {
        try (var in = SurveyImportViewBrowserlessTest.class.getResourceAsStream("/cases/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    @WithUserDetails("petugas")
    void nine_identical_titles_are_offered_as_nine_columns_with_their_letters() throws IOException {
        navigate(SurveyImportView.class);
        test($(Upload.class).single()).upload("gforms_sections_same_title.csv", "text/csv",
                resource("09-gforms-duplicate-question-titles/gforms_sections_same_title.csv"));
        roundTrip();
        var form = $(FormLayout.class).id("survey-import-mapping");
        assertThat(form.isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        Select<String> u1 = (Select<String>) $(Select.class, form).all().stream()
                .filter(s -> s.getLabel().startsWith("IKM U1")).findFirst().orElseThrow();
        var labels = u1.getGenericDataView().getItems().map(u1.getItemLabelGenerator()::apply).toList();
        var title = "Bagaimana penilaian Saudara terhadap unsur ini?";
        assertThat(labels).contains("O · " + title + " (1)", "W · " + title + " (9)", "X · Saran");
        assertThat(labels).doesNotHaveDuplicates().hasSize(24);
    }

    @Test
    @WithUserDetails("petugas")
    void a_file_with_ten_thousand_columns_gets_one_sentence_and_no_mapping_form() {
        navigate(SurveyImportView.class);
        var wide = new StringBuilder("Timestamp");
        for (int c = 0; c < 10_000; c++) {
            wide.append(",kolom").append(c);
        }
        test($(Upload.class).single()).upload("lebar.csv", "text/csv",
                (wide + "\n2024-01-01 10:00\n").getBytes(StandardCharsets.UTF_8));
        roundTrip();
        assertThat($(Paragraph.class).id("survey-import-summary").getText())
                .isEqualTo("Berkas memiliki lebih dari 200 kolom (baris 1); hapus kolom yang tidak diperlukan.");
        // queries find only visible components: the mapping form stays hidden, no select was built
        assertThat($(FormLayout.class).all()).noneMatch(f -> f.getId().orElse("").equals("survey-import-mapping"));
        // (the page's own branch select for plain SKM files is there from the start; no column select was built)
        assertThat($view(Select.class).all()).extracting(sel -> sel.getId().orElse(""))
                .containsExactly("survey-import-branch");
    }

    @Test
    @WithUserDetails("petugas")
    @SuppressWarnings("unchecked")
    void a_csv_whose_charset_cannot_be_detected_is_read_in_the_charset_the_person_chooses() {
        navigate(SurveyImportView.class);
        var russian = "Имя,Комментарий\nИван Петров,Очень хорошее обслуживание в отделении, спасибо большое\n"
                + "Мария Иванова,Приложение работает медленно, но сотрудники помогли разобраться\n";
        test($(Upload.class).single()).upload("cp1251.csv", "text/csv",
                russian.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        roundTrip();
        var summary = $(Paragraph.class).id("survey-import-summary");
        assertThat(summary.getText()).startsWith("Pengodean karakter berkas tidak dapat dipastikan");
        assertThat($view(Select.class).all()).extracting(s -> s.getId().orElse("")).containsExactlyInAnyOrder(
                "survey-import-branch", "survey-import-charset");
        Select<java.nio.charset.Charset> charset = $(Select.class).id("survey-import-charset");
        charset.setValue(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(summary.getText()).contains("cp1251.csv: 2 baris").contains("Dibaca sebagai CSV windows-1252");
        assertThat($(FormLayout.class).id("survey-import-mapping").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("petugas")
    void a_cumulative_export_says_how_many_rows_were_stored_before_and_offers_only_the_new_ones() {
        var header = "Timestamp,Kode cabang,Kanal,Jenis kelamin,Usia,Pendidikan,Pekerjaan,Pakai JMO,Keuntungan relatif,"
                + "Kesesuaian,Kerumitan,Dapat dicoba,Dapat diamati,Kepuasan keseluruhan,U1,U2,U3,U4,U5,U6,U7,U8,U9,Saran\n";
        var august = "2022/08/03 9:15:02 AM GMT+7,PWT,JMO,P,28,D1-D3,PNS,ya,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,\n"
                + "2022/08/17 1:07:45 PM GMT+7,PWT,JMO,L,46,S1,SWASTA,ya,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,Antri lama\n";
        var september = "2022/09/05 10:22:11 AM GMT+7,PWT,JMO,L,58,SMP,WIRAUSAHA,ya,5,4,5,5,4,4,4,4,4,4,4,4,4,4,4,\n";
        var earlier = TableReader.read("agustus.csv", (header + august).getBytes(StandardCharsets.UTF_8),
                SurveyImport.LIMITS);
        var mapping = columnMapping.suggest(earlier);
        var parsed = importer.check(earlier, mapping, Locale.forLanguageTag("id"));
        assertThat(importer.store(earlier, parsed, mapping, done -> { })).isEqualTo(2);

        navigate(SurveyImportView.class);
        test($(Upload.class).single()).upload("Survei (Responses).csv", "text/csv",
                (header + august + september).getBytes(StandardCharsets.UTF_8));
        roundTrip();
        test($(Button.class).id("survey-import-check")).click();
        var summary = $(Paragraph.class).id("survey-import-summary");
        assertThat(summary.getText()).isEqualTo("2 baris sudah tersimpan sebelumnya dan akan dilewati; 1 baris baru"
                + " siap diimpor.");
        assertThat(summary.getClassNames()).doesNotContain("import-rejected");
        assertThat($(Button.class).id("survey-import-store").getText()).isEqualTo("Impor 1 baris");

        navigate(SurveyImportView.class);
        test($(Upload.class).single()).upload("Survei (Responses) (1).csv", "text/csv",
                (header + august).getBytes(StandardCharsets.UTF_8));
        roundTrip();
        test($(Button.class).id("survey-import-check")).click();
        assertThat($(Paragraph.class).id("survey-import-summary").getText()).isEqualTo("Tidak ada yang baru untuk diimpor: semua 2 baris sudah tersimpan"
                + " sebelumnya.");
        // queries find only visible components: there is nothing to store
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("survey-import-store"));
    }
}
