package id.bpjs.jmo.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.ikm.WeightConvention;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class SurveyDocumentsTest {

    @Autowired
    SurveyDocuments documents;
    @Autowired
    BranchService branches;
    @Autowired
    IkmReports reports;

    @Test
    void the_poster_qr_code_reads_back_as_the_branch_survey_address() throws Exception {
        var pwt = branches.byCode("PWT").orElseThrow();
        var image = SurveyDocuments.qr(documents.surveyUrl(pwt), 600);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(decoded).endsWith("/survei/PWT");
        var pdf = new PdfReader(documents.posters(branches.all()));
        assertThat(pdf.getNumberOfPages()).isEqualTo(branches.all().size());
        assertThat(new PdfTextExtractor(pdf).getTextFromPage(1)).contains("Survei Kepuasan Peserta");
    }

    @Test
    @WithUserDetails("manajer")
    void the_ikm_pdf_reopens_and_holds_the_index() throws Exception {
        var period = DateRange.lastMonths(12, java.time.LocalDate.now());
        var report = reports.report(new RecordFilter(period, null, null), WeightConvention.EXACT_NINTH);
        var pdf = new PdfReader(documents.ikmPdf(report, java.util.Locale.forLanguageTag("id"), java.time.LocalDate.now()));
        var text = new PdfTextExtractor(pdf).getTextFromPage(1);
        assertThat(text).contains("Indeks Kepuasan Masyarakat").contains("U9 Penanganan pengaduan").contains("IKM");
    }
}
