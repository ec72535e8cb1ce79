package id.bpjs.jmo.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.dashboard.ui.DashboardView;
import id.bpjs.jmo.testing.Downloads;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The findings deck's files speak the page's language, their names included ("temuan-jmo-…", "findings-jmo-…"). */
@SpringBootTest
@ActiveProfiles("test")
class FindingsExportBrowserlessTest extends SpringBrowserlessTest {

    private void open(Map<String, String> filter) {
        navigate(DashboardView.class);
        UI.getCurrent().navigate(FindingsView.class, QueryParameters.simple(filter));
    }

    @Test
    @WithUserDetails("manajer")
    void the_deck_files_are_named_in_the_language_of_the_page() throws Exception {
        open(Map.of("periode", "12b", "cabang", "PWT"));
        var pdf = Downloads.click($(Anchor.class).id("findings-pdf"));
        assertThat(pdf.name()).matches("temuan-jmo-pwt-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        var reader = new PdfReader(pdf.bytes());
        try {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Temuan Kualitas Layanan JMO");
        } finally {
            reader.close();
        }
        open(Map.of("periode", "12b"));
        assertThat(Downloads.click($(Anchor.class).id("findings-pptx")).name())
                .matches("temuan-jmo-semua-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.pptx");

        UI.getCurrent().setLocale(Formats.EN);
        open(Map.of("periode", "12b", "cabang", "PWT"));
        var pptx = Downloads.click($(Anchor.class).id("findings-pptx"));
        assertThat(pptx.name()).matches("findings-jmo-pwt-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.pptx");
        try (var slides = new XMLSlideShow(new ByteArrayInputStream(pptx.bytes()))) {
            assertThat(slides.getSlides().get(4).getNotes().getTextParagraphs().toString()).contains("On complexity");
        }
        open(Map.of("periode", "12b"));
        assertThat(Downloads.click($(Anchor.class).id("findings-pdf")).name())
                .matches("findings-jmo-all-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.pdf");
    }
}
