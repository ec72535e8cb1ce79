package id.bpjs.jmo.findings;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.branch.BranchService;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The deck's IKM slide names the elements and prints NRR and IKM with the report's decimals; trends keep gaps. */
@SpringBootTest
@ActiveProfiles("test")
class IkmSlideTest {

    @Autowired
    FindingsService findings;
    @Autowired
    BranchService branches;

    private final LocalDate today = LocalDate.now();

    @Test
    @WithUserDetails("manajer")
    void the_ikm_slide_names_every_element_and_prints_nrr_with_three_decimals() throws Exception {
        var filter = new RecordFilter(new DateRange(today.minusMonths(6), today), branches.byCode("PWT").orElseThrow()
                .getId(), null);
        var loaded = findings.load(filter, today, "Purwokerto");
        var deck = DeckBuilder.build(loaded, Formats.ID, today);
        var slide = deck.slides().stream().filter(s -> s.kind() == Deck.Kind.IKM).findFirst().orElseThrow();
        var result = loaded.ikm().orElseThrow();
        assertThat(slide.chart().labels()).startsWith("U1").endsWith("U9");
        assertThat(slide.lines()).anySatisfy(line -> assertThat(line).startsWith("Unsur pelayanan: U1 Persyaratan")
                .contains("U2 Sistem, mekanisme, dan prosedur").endsWith("U9 Penanganan pengaduan, saran dan masukan"));
        int lowest = result.lowestElement();
        assertThat(slide.lines().getFirst()).contains("U" + (lowest + 1),
                Formats.decimal(result.nrr(lowest), Formats.NRR_DIGITS, Formats.ID));
        assertThat(slide.figures().getFirst().value()).isEqualTo(Formats.decimal(result.ikm(), Formats.IKM_DIGITS,
                Formats.ID));
        // the PPTX slide itself names them, in the deck's language
        int index = deck.slides().indexOf(slide);
        try (var pptx = new XMLSlideShow(new ByteArrayInputStream(DeckPptx.write(deck)))) {
            var text = new StringBuilder();
            for (var shape : pptx.getSlides().get(index).getShapes()) {
                if (shape instanceof XSLFTextShape box) {
                    text.append(box.getText()).append('\n');
                }
            }
            assertThat(text.toString().replaceAll("\\s+", " ")).contains("U1 Persyaratan")
                    .contains("U5 Produk spesifikasi jenis pelayanan")
                    .contains("U9 Penanganan pengaduan, saran dan masukan");
        }
        if (System.getProperty("deck.out") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("deck.out"), "ikm-slide.pdf"),
                    DeckPdf.write(deck));
        }
    }

    @Test
    @WithUserDetails("manajer")
    void an_attribute_trend_keeps_a_month_without_responses_as_a_gap() {
        // the demo data start 24 months ago: the first months of this period have no responses
        var period = new DateRange(today.minusMonths(27).withDayOfMonth(1), today.minusMonths(20));
        var loaded = findings.load(new RecordFilter(period, null, null), today, "Semua");
        var deck = DeckBuilder.build(loaded, Formats.ID, today);
        var trend = deck.slides().stream().filter(s -> s.kind() == Deck.Kind.ATTRIBUTE).findFirst().orElseThrow()
                .chart();
        assertThat(trend.labels()).hasSize(loaded.data().monthly().size());
        var values = trend.series().getFirst().values();
        assertThat(values.getFirst()).isNull();
        assertThat(values.getLast()).isNotNull();
    }
}
