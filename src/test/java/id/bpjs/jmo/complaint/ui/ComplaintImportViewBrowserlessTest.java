package id.bpjs.jmo.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import id.bpjs.jmo.base.domain.ImportTimestamps;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The complaint import page: whole-file refusals in one sentence, the date order chosen when a file cannot tell. */
@SpringBootTest
@ActiveProfiles("test")
class ComplaintImportViewBrowserlessTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("petugas")
    void a_header_only_file_says_no_data_rows() {
        navigate(ComplaintImportView.class);
        test($(Upload.class).single()).upload("kosong.csv", "text/csv",
                "Diterima,Kanal,No. KPJ,Kategori,Uraian\n".getBytes(StandardCharsets.UTF_8));
        roundTrip();
        assertThat($(Paragraph.class).id("import-summary").getText())
                .isEqualTo("kosong.csv: Berkas hanya berisi baris judul, tidak ada baris data untuk diimpor.");
    }

    @Test
    @WithUserDetails("petugas")
    @SuppressWarnings("unchecked")
    void an_ambiguous_date_column_imports_once_the_person_picks_the_order() {
        navigate(ComplaintImportView.class);
        var csv = "Diterima,Kanal,No. KPJ,Kategori,Uraian\n"
                + "03/02/2025 10:00,COUNTER,12312312311,OTHER,Peserta menanyakan saldo JHT di loket\n"
                + "04/02/2025 11:30,EMAIL,12312312312,OTHER,Peserta minta kartu peserta dicetak ulang\n";
        test($(Upload.class).single()).upload("urutan.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        roundTrip();
        var summary = $(Paragraph.class).id("import-summary");
        assertThat(summary.getText()).isEqualTo("urutan.csv: 2 kesalahan ditemukan. Tidak ada yang diimpor; perbaiki"
                + " berkas lalu unggah lagi.");
        Select<ImportTimestamps.DateOrder> order = $(Select.class).id("import-date-order");
        order.setValue(ImportTimestamps.DateOrder.DAY_FIRST);
        assertThat(summary.getText()).isEqualTo("urutan.csv: 2 baris siap diimpor. Periksa pratinjau di bawah.");
    }
}
