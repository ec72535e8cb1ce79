package id.bpjs.jmo.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.bpjs.jmo.base.i18n.Formats;
import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextLineBreak;

/**
 * The deck's PPTX and PDF exports reopen, have the slides, notes, pictures and text they should, and the charts come
 * out as PNG of the asked size. With {@code -Ddeck.out=/some/folder} the files are also written there to be looked at.
 */
class DeckExportTest {

    private static final String NARRATIVE = "Pada aspek kerumitan, kepuasan peserta masih rendah (rata-rata 3,12;"
            + " 34,5% puas; n = 762) dan menurun dibanding periode sebelumnya (-0,18; p < 0,001). Tercatat 14 pengaduan, 2 di"
            + " antaranya laporan eror aplikasi. Dari 12 kutipan wawancara, observasi dan dokumen, 9 bernada negatif"
            + " dan 3 positif. Peserta yang lebih tua paling sering menyebut verifikasi wajah yang gagal berulang kali"
            + " dan langkah klaim yang panjang; beberapa memilih kembali ke kantor cabang setelah mencoba JMO sendiri"
            + " tanpa pendampingan petugas.";
    private static final String QUOTE = "Saya sudah tiga kali foto wajah tapi selalu gagal, akhirnya datang ke kantor"
            + " cabang dan antre dari pagi. Kalau ada petugas yang bantu di awal mungkin saya tidak perlu datang.";
    private static final String SOURCE = "W-07, wawancara (negatif)";

    @Test
    void the_pptx_has_one_16_to_9_slide_per_deck_slide_with_notes_and_chart_pictures() throws IOException {
        var deck = deck();
        byte[] pptx = DeckPptx.write(deck);
        write("deck.pptx", pptx);

        try (var show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            assertThat(show.getPageSize()).isEqualTo(new Dimension(960, 540));
            var slides = show.getSlides();
            assertThat(slides).hasSize(deck.slides().size());
            for (int i = 0; i < slides.size(); i++) {
                var spec = deck.slides().get(i).chart();
                boolean drawn = spec != null && !spec.isEmpty();
                assertThat(pictures(slides.get(i))).as("pictures on slide %d (%s)", i + 1,
                        deck.slides().get(i).kind()).isEqualTo(drawn ? 1 : 0);
            }
            for (int i = 0; i < slides.size(); i++) {
                assertThat(notes(slides.get(i))).as("notes of slide %d", i + 1)
                        .contains(deck.slides().get(i).notes());
            }
            var attribute = slides.get(index(deck, Deck.Kind.ATTRIBUTE));
            assertThat(notes(attribute)).contains(NARRATIVE).contains(QUOTE).contains("Seorang peserta lain");
            var onSlide = text(attribute);
            assertThat(onSlide).contains("Kerumitan").contains("verifikasi wajah yang gagal").contains(SOURCE);
            assertThat(text(slides.get(index(deck, Deck.Kind.IKM)))).contains("Belum ada data untuk grafik ini");
        }
    }

    @Test
    void every_text_run_on_slides_and_notes_is_tagged_with_the_decks_language_and_notes_carry_no_template_date()
            throws IOException {
        var indonesian = deck();
        var english = new Deck(Locale.forLanguageTag("en"), indonesian.title(), indonesian.subtitle(),
                indonesian.slides(), indonesian.labels());
        for (var expected : List.of(Map.entry(indonesian, "id-ID"), Map.entry(english, "en-US"))) {
            try (var show = new XMLSlideShow(new ByteArrayInputStream(DeckPptx.write(expected.getKey())))) {
                int runs = 0;
                int noteRuns = 0;
                for (var slide : show.getSlides()) {
                    runs += assertLanguage(slide.getShapes(), expected.getValue());
                    var notes = slide.getNotes();
                    noteRuns += assertLanguage(notes.getShapes(), expected.getValue());
                    assertThat(notes.getShapes()).as("placeholders of the notes page").noneMatch(shape ->
                            shape instanceof XSLFTextShape t && (t.getTextType() == Placeholder.DATETIME
                                    || t.getTextType() == Placeholder.HEADER
                                    || t.getTextType() == Placeholder.FOOTER));
                    var xml = notes.getXmlObject().xmlText();
                    assertThat(xml).as("fields of the notes page").doesNotContain("type=\"datetime")
                            .doesNotContain("<a:fld type=\"datetime");
                }
                assertThat(runs).as("runs on the slides").isGreaterThan(50);
                assertThat(noteRuns).as("runs in the notes").isGreaterThan(10);
            }
        }
    }

    /** Asserts the language of every run and paragraph end in the shapes; returns the number of runs. */
    private static int assertLanguage(List<XSLFShape> shapes, String lang) {
        int runs = 0;
        for (var shape : shapes) {
            if (!(shape instanceof XSLFTextShape box)) {
                continue;
            }
            for (var paragraph : box.getTextParagraphs()) {
                for (var run : paragraph.getTextRuns()) {
                    var xml = run.getXmlObject();
                    var properties = xml instanceof CTRegularTextRun r ? r.getRPr()
                            : xml instanceof CTTextField f ? f.getRPr() : ((CTTextLineBreak) xml).getRPr();
                    assertThat(properties).as("properties of run '%s'", run.getRawText()).isNotNull();
                    assertThat(properties.getLang()).as("language of run '%s'", run.getRawText()).isEqualTo(lang);
                    runs++;
                }
                var end = paragraph.getXmlObject().getEndParaRPr();
                assertThat(end == null ? null : end.getLang()).as("language at the end of '%s'", paragraph.getText())
                        .isEqualTo(lang);
            }
        }
        return runs;
    }

    @Test
    void the_pdf_report_reopens_with_the_title_and_the_narrative_on_numbered_pages() throws IOException {
        var deck = deck();
        byte[] pdf = DeckPdf.write(deck);
        write("report.pdf", pdf);

        var reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThan(1);
            var extractor = new PdfTextExtractor(reader);
            var all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            var text = all.toString().replaceAll("\\s+", " ");
            assertThat(text).contains("Temuan Kualitas Layanan JMO").contains("verifikasi wajah yang gagal")
                    .contains("Halaman 1").contains("Halaman 2").contains("Seorang peserta lain");
        } finally {
            reader.close();
        }
    }

    @Test
    void without_system_fonts_the_report_falls_back_to_helvetica_and_spells_out_the_signs_it_lacks()
            throws IOException {
        byte[] pdf = DeckPdf.write(deck(), false);
        write("report-helvetica.pdf", pdf);

        var reader = new PdfReader(pdf);
        try {
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            assertThat(text.toString().replaceAll("\\s+", " ")).contains("Temuan Kualitas Layanan JMO")
                    .contains("Klaim dibayar <= 5 hari kerja").doesNotContain("≤");
        } finally {
            reader.close();
        }
    }

    @Test
    void a_chart_is_a_png_of_the_asked_size_and_an_empty_chart_is_not_drawn() throws IOException {
        var line = deck().slides().get(2).chart();
        assertThat(line).isNotNull();
        var png = DeckChartImages.png(line, Formats.ID, 1600, 800).orElseThrow();
        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(800);

        var bars = DeckChartImages.png(deck().slides().get(index(deck(), Deck.Kind.CLAIMS)).chart(), Formats.ID, 640,
                360)
                .orElseThrow();
        var small = ImageIO.read(new ByteArrayInputStream(bars));
        assertThat(small.getWidth()).isEqualTo(640);
        assertThat(small.getHeight()).isEqualTo(360);

        var empty = new Deck.ChartSpec(Deck.ChartSpec.Type.BAR, "Kosong", List.of(), List.of(), 0.0, null, null, 0);
        assertThat(DeckChartImages.png(empty, Formats.ID, 800, 400)).isEmpty();
    }

    @Test
    void chart_numbers_are_in_the_decks_language_and_a_chart_of_counts_steps_by_whole_numbers() {
        var means = new Deck.ChartSpec(Deck.ChartSpec.Type.BAR, "Rata-rata", List.of("A", "B"), List.of(
                new Deck.ChartSpec.Series("Rata-rata", "#1c7ed6", List.of(3.12, 4.5))), 1.0, 5.0, null, 40);
        assertThat(valueLabel(means, Formats.ID, 3.12)).isEqualTo("3,12");
        assertThat(valueLabel(means, Formats.EN, 3.12)).isEqualTo("3.12");
        assertThat(valueLabel(means, Formats.EN, 1234.5)).isEqualTo("1,234.50");

        // one or two complaints per attribute: a measured value would step by 0,2, a count steps by 1
        var counts = new Deck.ChartSpec(Deck.ChartSpec.Type.BAR, "Pengaduan", List.of("A", "B"), List.of(
                new Deck.ChartSpec.Series("Pengaduan", "#1c7ed6", List.of(1.0, 2.0))), 0.0, null, null, 3, true);
        var measured = new Deck.ChartSpec(counts.type(), counts.title(), counts.labels(), counts.series(), 0.0, null,
                null, 3);
        assertThat(DeckChartImages.step(measured)).isLessThan(1);
        assertThat(DeckChartImages.step(counts)).isEqualTo(1);
        assertThat(DeckChartImages.bounds(counts)[1] % 1).isZero();
    }

    @Test
    void previous_period_counts_on_the_slides_carry_the_dashboards_verdict() {
        // a semester against the one before (181 days each); exact test of two Poisson rates: responses 700 → 762
        // p = 0,111; error reports 11 → 30 p = 0,004; complaints 39 → 48 p = 0,391
        var filter = new id.bpjs.jmo.base.domain.RecordFilter(new id.bpjs.jmo.base.domain.DateRange(
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 6, 30)), null, null);
        var data = new id.bpjs.jmo.dashboard.DashboardData(filter, java.time.LocalDate.of(2026, 7, 1),
                survey(762, 2819, 10700, 95, 18, 105), survey(700, 2534, 9800, 100, 18, 100), List.of(),
                new id.bpjs.jmo.complaint.ComplaintStatistics.Figures(48, 6, 2, 30),
                new id.bpjs.jmo.complaint.ComplaintStatistics.Figures(39, 5, 1, 11), List.of(), List.of(), List.of(),
                paid(100, 85), paid(100, 60), List.of(),
                new id.bpjs.jmo.complaint.ComplaintStatistics.FollowUps(0, 0, 0, 0, 0),
                new id.bpjs.jmo.survey.RecommendScore(0, 0, 0), new id.bpjs.jmo.survey.RecommendScore(0, 0, 0));
        var attributes = new java.util.EnumMap<id.bpjs.jmo.base.domain.RogersAttribute, Findings.AttributeFinding>(
                id.bpjs.jmo.base.domain.RogersAttribute.class);
        for (var attribute : id.bpjs.jmo.base.domain.RogersAttribute.values()) {
            attributes.put(attribute, new Findings.AttributeFinding(new AttributePicture(attribute, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, id.bpjs.jmo.base.stats.Significance.means(
                    new id.bpjs.jmo.base.stats.Significance.Moments(0, 0, 0),
                    new id.bpjs.jmo.base.stats.Significance.Moments(0, 0, 0))),
                    id.bpjs.jmo.coding.ExcerptSummary.AttributeExcerpts.NONE));
        }
        // the deck's IKM under the printed weight 0,111 (the admin's choice): the previous one under the same weight
        var weight = id.bpjs.jmo.base.domain.WeightConvention.PRINTED_0_111;
        var findings = new Findings("Purwokerto", data, data.payment(), new id.bpjs.jmo.coding.ExcerptSummary(
                Map.of(), 0, 0, 0, 0), attributes, List.of(),
                id.bpjs.jmo.ikm.IkmCalculator.fromTotals(data.survey(), weight));

        var indonesian = DeckBuilder.build(findings, Formats.ID, java.time.LocalDate.of(2026, 7, 1));
        var keyFigures = indonesian.slides().get(index(indonesian, Deck.Kind.KEY_FIGURES)).figures();
        assertThat(detail(keyFigures, "Respons survei"))
                .isEqualTo("periode sebelumnya: 700 · masih dalam batas kebetulan (p = 0,111)");
        assertThat(detail(keyFigures, "Laporan eror aplikasi"))
                .isEqualTo("periode sebelumnya: 11 · bermakna, di luar kebetulan (p = 0,004)");
        var complaints = indonesian.slides().get(index(indonesian, Deck.Kind.COMPLAINTS)).figures();
        assertThat(detail(complaints, "Pengaduan"))
                .isEqualTo("periode sebelumnya: 39 · masih dalam batas kebetulan (p = 0,391)");
        assertThat(detail(complaints, "Laporan eror aplikasi")).isEqualTo(detail(keyFigures, "Laporan eror aplikasi"));

        // overall satisfaction 3,62 (700) → 3,70 (762): Welch's t = 1,90, p = 0,058; the IKM's row sums 100 × 18 and
        // 100 × 36 → 95 × 18 and 105 × 36: t = 0,50, p = 0,618, the previous IKM 27 × 0,111 × 25 = 74,925 → 74,93;
        // JHT on time 60 of 100 → 85 of 100: z = 3,96, p < 0,001
        assertThat(detail(keyFigures, "Kepuasan keseluruhan")).endsWith(" · n = 762 · periode sebelumnya: 3,62 · "
                + "masih dalam batas kebetulan (p = 0,058)");
        assertThat(detail(keyFigures, "IKM")).endsWith(" (n = 200) · periode sebelumnya: 74,93 · "
                + "masih dalam batas kebetulan (p = 0,618)");
        assertThat(detail(keyFigures, "Klaim dibayar ≤ 5 hari kerja")).isEqualTo("dari 100 klaim dibayar · "
                + "periode sebelumnya: 60,0% · bermakna, di luar kebetulan (p < 0,001)");
        // the verdicts are the dashboard's
        assertThat(detail(keyFigures, "Kepuasan keseluruhan")).endsWith(id.bpjs.jmo.base.i18n.Translations.verdictNote(
                Formats.ID, data.overallSatisfactionMeanChange().orElseThrow().test()));
        assertThat(detail(keyFigures, "IKM")).endsWith(id.bpjs.jmo.base.i18n.Translations.verdictNote(Formats.ID,
                data.ikmChange().orElseThrow().test()));
        assertThat(detail(keyFigures, "Klaim dibayar ≤ 5 hari kerja")).endsWith(id.bpjs.jmo.base.i18n.Translations
                .verdictNote(Formats.ID, data.claimOnTimeChangePoints().orElseThrow().test()));

        var english = DeckBuilder.build(findings, Formats.EN, java.time.LocalDate.of(2026, 7, 1));
        var englishFigures = english.slides().get(index(english, Deck.Kind.KEY_FIGURES)).figures();
        assertThat(detail(englishFigures, "App error reports"))
                .isEqualTo("previous period: 11 · beyond chance (p = 0.004)");
        assertThat(detail(englishFigures, "Overall satisfaction"))
                .endsWith(" · n = 762 · previous period: 3.62 · within chance (p = 0.058)");
        assertThat(detail(englishFigures, "IKM")).endsWith(" (n = 200) · previous period: 74.93 · within chance "
                + "(p = 0.618)");
        assertThat(detail(englishFigures, "Claims paid within 5 working days"))
                .isEqualTo("of 100 paid claims · previous period: 60.0% · beyond chance (p < 0.001)");
        // the same words the dashboard's key figures use for the same test
        assertThat(detail(keyFigures, "Respons survei")).endsWith(id.bpjs.jmo.base.i18n.Translations.verdictNote(
                Formats.ID, data.countChangeOf(700, 762).test()));
    }

    /**
     * n responses with the whole Rogers part whose overall satisfaction sums to {@code sumOverall} (squares
     * {@code squaresOverall}), and IKM questionnaires: {@code low} with every element 2 (row sum {@code lowRow}) and
     * {@code high} with every element 4.
     */
    private static id.bpjs.jmo.survey.SurveyTotals survey(long n, long sumOverall, long squaresOverall, int low,
            int lowRow, int high) {
        var sumU = new long[9];
        java.util.Arrays.fill(sumU, (long) low * (lowRow / 9) + high * 4L);
        return new id.bpjs.jmo.survey.SurveyTotals(n, new long[5], new long[5], new long[5], new long[5], sumOverall,
                squaresOverall, 0, low + high, sumU, (long) low * lowRow * lowRow + high * 36L * 36L);
    }

    /** {@code paid} JHT claims, {@code onTime} of them paid in 3 working days (JMO), the rest in 8 (branch). */
    private static id.bpjs.jmo.claim.ClaimStatistics.PaymentSpeed paid(long paid, long onTime) {
        return new id.bpjs.jmo.claim.ClaimStatistics.PaymentSpeed(List.of(
                new id.bpjs.jmo.claim.ClaimStatistics.DaysCount(id.bpjs.jmo.claim.ClaimChannel.JMO, 3, onTime),
                new id.bpjs.jmo.claim.ClaimStatistics.DaysCount(id.bpjs.jmo.claim.ClaimChannel.BRANCH, 8,
                        paid - onTime)));
    }

    private static String detail(List<Deck.Figure> figures, String label) {
        return figures.stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow().detail();
    }

    /** A value as the chart writes it on its bar, in the given language. */
    private static String valueLabel(Deck.ChartSpec spec, Locale language, double value) {
        var plot = (org.jfree.chart.plot.CategoryPlot) DeckChartImages.chart(spec, language, 20).getPlot();
        var labels = (org.jfree.chart.labels.StandardCategoryItemLabelGenerator) plot.getRenderer()
                .getDefaultItemLabelGenerator();
        return labels.getNumberFormat().format(value);
    }

    /** A deck with every kind of slide: an empty chart (IKM), a gap in a series (attribute), a quote and notes. */
    static Deck deck() {
        var months = List.of("Jan 26", "Feb 26", "Mar 26", "Apr 26", "Mei 26", "Jun 26");
        var slides = new ArrayList<Deck.Slide>();
        slides.add(new Deck.Slide(Deck.Kind.TITLE, "Temuan Kualitas Layanan JMO",
                "Kantor Cabang Jakarta Salemba · 1 Jan 2026 – 30 Jun 2026", List.of(),
                List.of("Disusun 1 Jul 2026 dari data survei, pengaduan, klaim JHT dan kutipan yang dikode"), null,
                null, null, null, "Temuan untuk Kantor Cabang Jakarta Salemba, berdasarkan 762 respons survei."));
        slides.add(new Deck.Slide(Deck.Kind.KEY_FIGURES, "Angka kunci", "Kantor Cabang Jakarta Salemba", List.of(
                new Deck.Figure("Respons survei", "762", "periode sebelumnya: 700"),
                new Deck.Figure("Kepuasan keseluruhan", "3,84", "71,2% puas (skor 4–5)"),
                new Deck.Figure("IKM", "–", "Belum ada kuesioner IKM (U1–U9) yang terisi pada periode ini."),
                new Deck.Figure("Atribut terlemah", "Kemungkinan dicoba", "rata-rata 3,12"),
                new Deck.Figure("Pengaduan", "48", "6 terbuka, 2 lewat batas waktu"),
                new Deck.Figure("Laporan eror aplikasi", "17", "periode sebelumnya: 11"),
                new Deck.Figure("Median hari kerja klaim JHT", "3 / 6", "JMO / kantor cabang"),
                new Deck.Figure("Klaim dibayar ≤ 5 hari kerja", "68,4%", "dari 1.204 klaim dibayar")),
                List.of(), null, null, null, null, "Pada periode ini tercatat 762 respons survei dengan 71,2% peserta"
                        + " puas, 48 pengaduan dan 17 laporan eror aplikasi."));
        slides.add(new Deck.Slide(Deck.Kind.ATTRIBUTE, "Kerumitan",
                "Seberapa mudah aplikasi digunakan (skor tinggi berarti mudah)", List.of(
                        new Deck.Figure("Rata-rata skor (1–5)", "3,12", "34,5% puas (skor 4–5)"),
                        new Deck.Figure("Pengaduan", "14", "2 laporan eror"),
                        new Deck.Figure("Kutipan dikode", "12", "9 negatif · 3 positif")),
                List.of("Topik tersering: verifikasi wajah (6), langkah klaim (4), OTP (2)"),
                new Deck.ChartSpec(Deck.ChartSpec.Type.LINE, "Rata-rata per bulan", months,
                        List.of(new Deck.ChartSpec.Series("Kerumitan", "#d9480f",
                                values(3.41, 3.30, null, 3.18, 3.05, 3.12))), 1.0, 5.0, "Rata-rata skor (1–5)", 762),
                NARRATIVE, QUOTE, SOURCE, NARRATIVE + "\n\n“" + QUOTE + "” — " + SOURCE
                        + "\n\n“Seorang peserta lain bilang OTP tidak pernah masuk.” — O-02, observasi (negatif)"));
        slides.add(new Deck.Slide(Deck.Kind.IKM, "Indeks Kepuasan Masyarakat (IKM)", "Kantor Cabang Jakarta Salemba",
                List.of(), List.of("Belum ada kuesioner IKM (U1–U9) yang terisi pada periode ini."),
                new Deck.ChartSpec(Deck.ChartSpec.Type.BAR, "Nilai rata-rata (NRR) per unsur, skala 1–4", List.of(),
                        List.of(new Deck.ChartSpec.Series("NRR", "#1c7ed6", List.of())), 1.0, 4.0, "NRR", 0),
                null, null, null, "Belum ada kuesioner IKM (U1–U9) yang terisi pada periode ini."));
        slides.add(new Deck.Slide(Deck.Kind.COMPLAINTS, "Pengaduan dan laporan eror aplikasi",
                "Kantor Cabang Jakarta Salemba", List.of(
                        new Deck.Figure("Pengaduan", "48", "periode sebelumnya: 39"),
                        new Deck.Figure("Masih terbuka", "6", "2 lewat batas waktu"),
                        new Deck.Figure("Laporan eror aplikasi", "17", "periode sebelumnya: 11")),
                List.of(), new Deck.ChartSpec(Deck.ChartSpec.Type.BAR, "Pengaduan per atribut Rogers",
                        List.of("Keuntungan relatif", "Kesesuaian", "Kerumitan", "Kemungkinan dicoba",
                                "Kemudahan diamati"),
                        List.of(new Deck.ChartSpec.Series("Pengaduan", "#1c7ed6", values(9.0, 12.0, 14.0, 5.0, 8.0)),
                                new Deck.ChartSpec.Series("Laporan eror aplikasi", "#e03131",
                                        values(1.0, 9.0, 2.0, 3.0, 2.0))), 0.0, null, "Jumlah", 48),
                null, null, null, "Diterima 48 pengaduan; 6 masih terbuka, 2 di antaranya lewat batas waktu;"
                        + " 17 laporan eror aplikasi."));
        slides.add(new Deck.Slide(Deck.Kind.CLAIMS, "Kecepatan pembayaran klaim JHT", "Kantor Cabang Jakarta Salemba",
                List.of(new Deck.Figure("Median JMO (hari kerja)", "3", "dari 804 klaim dibayar"),
                        new Deck.Figure("Median kantor cabang (hari kerja)", "6", "dari 400 klaim dibayar"),
                        new Deck.Figure("Klaim dibayar ≤ 5 hari kerja", "68,4%", "dari 1.204 klaim dibayar")),
                List.of(), new Deck.ChartSpec(Deck.ChartSpec.Type.BAR, "Hari kerja sampai dibayar (% klaim per kanal)",
                        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "≥10"),
                        List.of(new Deck.ChartSpec.Series("JMO", "#0a7d3e",
                                        values(12.0, 20.5, 25.0, 14.0, 8.0, 6.0, 5.0, 4.0, 2.5, 3.0)),
                                new Deck.ChartSpec.Series("Kantor cabang", "#1c7ed6",
                                        values(2.0, 5.0, 9.5, 12.0, 14.0, 18.0, 15.0, null, 8.0, 6.5))),
                        0.0, null, "% klaim", 1204),
                null, null, null, "Klaim JHT lewat JMO dibayar dalam median 3 hari kerja, lebih cepat daripada di"
                        + " kantor cabang (6 hari kerja)."));
        var recommendations = List.of(
                "1. Kerumitan: berpengaruh besar pada kepuasan keseluruhan tetapi skornya di bawah rata-rata (r = 0,62;"
                        + " rata-rata 3,12) — prioritas perbaikan. Sederhanakan panduan langkah klaim dan verifikasi"
                        + " wajah; dampingi peserta di meja JMO.",
                "2. Kesesuaian: berpengaruh besar pada kepuasan keseluruhan tetapi skornya di bawah rata-rata"
                        + " (r = 0,58; rata-rata 3,40) — prioritas perbaikan. Tindak lanjuti laporan eror aplikasi"
                        + " bersama tim TI dan uji JMO di perangkat peserta setelah setiap pembaruan.",
                "3. Kemungkinan dicoba: skornya di bawah rata-rata, pengaruhnya pada kepuasan keseluruhan lebih kecil"
                        + " (r = 0,41; rata-rata 3,52) — perbaiki setelah prioritas utama. Beri kesempatan mencoba JMO"
                        + " didampingi petugas, misalnya saat peserta menunggu antrean.",
                "4. Keuntungan relatif: berpengaruh besar dan skornya di atas rata-rata (r = 0,66; rata-rata 4,05)"
                        + " — pertahankan.",
                "5. Kemudahan diamati: skornya di atas rata-rata, pengaruhnya lebih kecil (r = 0,38; rata-rata 3,95)"
                        + " — cukup dipertahankan; sumber daya dapat dialihkan ke prioritas.");
        slides.add(new Deck.Slide(Deck.Kind.RECOMMENDATIONS, "Rekomendasi", "Urutan dari analisis"
                + " kepentingan–kinerja: yang paling berpengaruh pada kepuasan keseluruhan dan skornya terendah"
                + " didahulukan", List.of(), recommendations, null, null, null, null,
                "Kepentingan = korelasi skor atribut dengan kepuasan keseluruhan; kinerja = rata-rata skor. Batas"
                        + " kuadran = rata-rata keduanya.\n\n" + String.join("\n", recommendations)));
        return new Deck(Locale.forLanguageTag("id"), "Temuan Kualitas Layanan JMO",
                "Kantor Cabang Jakarta Salemba · 1 Jan 2026 – 30 Jun 2026", slides,
                new Deck.Labels("Belum ada data untuk grafik ini pada periode ini", "Halaman"));
    }

    private static List<@Nullable Double> values(@Nullable Double... values) {
        return Arrays.asList(values);
    }

    private static int index(Deck deck, Deck.Kind kind) {
        for (int i = 0; i < deck.slides().size(); i++) {
            if (deck.slides().get(i).kind() == kind) {
                return i;
            }
        }
        throw new IllegalArgumentException(kind.name());
    }

    private static String notes(XSLFSlide slide) {
        var notes = slide.getNotes();
        assertThat(notes).as("a notes page").isNotNull();
        return String.join("\n", notes.getTextParagraphs().stream().flatMap(List::stream)
                .map(p -> p.getText()).toList());
    }

    private static long pictures(XSLFSlide slide) {
        return slide.getShapes().stream().filter(s -> s instanceof XSLFPictureShape).count();
    }

    private static String text(XSLFSlide slide) {
        var text = new StringBuilder();
        for (var shape : slide.getShapes()) {
            if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t) {
                text.append(t.getText()).append('\n');
            }
        }
        return text.toString();
    }

    private static void write(String name, byte[] content) throws IOException {
        var folder = System.getProperty("deck.out");
        if (folder != null && !folder.isBlank()) {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name), content);
        }
    }
}
