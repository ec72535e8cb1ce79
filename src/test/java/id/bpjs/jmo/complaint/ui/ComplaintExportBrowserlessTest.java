package id.bpjs.jmo.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.dashboard.ui.DashboardView;
import id.bpjs.jmo.testing.Downloads;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The complaint list's CSV and XLSX speak the language of the page they were downloaded from, although the download
 * runs in a request of its own, where no UI is current.
 */
@SpringBootTest
@ActiveProfiles("test")
class ComplaintExportBrowserlessTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("petugas")
    void the_indonesian_page_exports_indonesian_titles_and_the_english_page_english_ones() throws Exception {
        navigate(ComplaintsView.class);
        assertExport("Tiket", "Lewat batas", "Pengaduan", "pengaduan-");

        UI.getCurrent().setLocale(Formats.EN);
        navigate(DashboardView.class);
        navigate(ComplaintsView.class);
        assertExport("Ticket", "Past time limit", "Complaints", "complaints-");
    }

    private void assertExport(String ticket, String overdue, String sheet, String file) throws Exception {
        var csv = Downloads.click($(Anchor.class).id("export-csv"));
        // the file's name in the page's language too: "pengaduan-2026-01-01-2026-06-30.csv", "complaints-…"
        assertThat(csv.name()).matches(file + "\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv");
        var text = new String(csv.bytes(), StandardCharsets.UTF_8).substring(1);
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text));
        assertThat(records.getHeaderNames()).startsWith(ticket).contains(overdue);
        var answers = records.getRecords().stream().map(r -> r.get(overdue)).distinct().toList();
        assertThat(answers).isNotEmpty().allSatisfy(answer -> assertThat(answer).isIn(
                ticket.equals("Tiket") ? new String[] {"ya", "tidak"} : new String[] {"yes", "no"}));

        var xlsx = Downloads.click($(Anchor.class).id("export-xlsx"));
        assertThat(xlsx.name()).startsWith(file).endsWith(".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo(sheet);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(ticket);
        }
    }
}
