package id.bpjs.jmo.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;

/** The start-up warm-up really writes both formats (so it loads their code), and its deck is a valid one. */
class DeckExportWarmUpTest {

    @Test
    void the_warm_up_writes_a_pptx_and_a_pdf_of_its_one_slide_deck() throws IOException {
        assertThat(new DeckExportWarmUp(true).warmUp()).isPositive();
        try (var show = new XMLSlideShow(new ByteArrayInputStream(DeckPptx.write(DeckExportWarmUp.tinyDeck())))) {
            assertThat(show.getSlides()).hasSize(1);
        }
        assertThat(new String(DeckPdf.write(DeckExportWarmUp.tinyDeck()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }
}
