package id.bpjs.jmo.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.bpjs.jmo.branch.BranchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class SurveyPostersTest {

    @Autowired
    SurveyPosters documents;
    @Autowired
    BranchService branches;

    @Test
    void the_poster_qr_code_reads_back_as_the_branch_survey_address() throws Exception {
        var pwt = branches.byCode("PWT").orElseThrow();
        var image = SurveyPosters.qr(documents.surveyUrl(pwt), 600);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(decoded).endsWith("/survei/PWT");
        var pdf = new PdfReader(documents.posters(branches.all()));
        assertThat(pdf.getNumberOfPages()).isEqualTo(branches.all().size());
        // the texts of the translation bundles: Indonesian, with one line for English readers
        assertThat(new PdfTextExtractor(pdf).getTextFromPage(1)).contains("Survei Kepuasan Peserta",
                "BPJS Ketenagakerjaan Cabang " + branches.all().getFirst().getName(), "?lang=en");
    }
}
