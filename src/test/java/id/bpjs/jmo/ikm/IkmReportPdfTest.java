package id.bpjs.jmo.ikm;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.WeightConvention;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class IkmReportPdfTest {

    @Autowired
    IkmReportPdf reportPdf;
    @Autowired
    IkmReports reports;

    @Test
    @WithUserDetails("manajer")
    void the_ikm_pdf_reopens_and_holds_the_index() throws Exception {
        var period = DateRange.lastMonths(12, java.time.LocalDate.now());
        var report = reports.report(new RecordFilter(period, null, null), WeightConvention.EXACT_NINTH);
        var pdf = new PdfReader(reportPdf.pdf(report, java.util.Locale.forLanguageTag("id"), java.time.LocalDate.now()));
        var text = new PdfTextExtractor(pdf).getTextFromPage(1);
        assertThat(text).contains("Indeks Kepuasan Masyarakat").contains("U9 Penanganan pengaduan").contains("IKM");
    }
}
