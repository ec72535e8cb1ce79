package id.bpjs.jmo.findings;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.coding.CodedExcerpts;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The findings on the demo data: the same numbers as the dashboard, honest when empty, exported and reopened. */
@SpringBootTest
@ActiveProfiles("test")
class FindingsServiceTest {

    @Autowired
    FindingsService findings;
    @Autowired
    CodedExcerpts codedExcerpts;
    @Autowired
    BranchService branches;

    private final LocalDate today = LocalDate.now();

    private RecordFilter purwokerto(DateRange period) {
        return new RecordFilter(period, branches.byCode("PWT").orElseThrow().getId(), null);
    }

    @Test
    @WithUserDetails("manajer")
    void every_attribute_picture_carries_the_dashboard_numbers_and_the_coded_excerpts() {
        var filter = purwokerto(new DateRange(today.minusMonths(12), today));
        var loaded = findings.load(filter, today, "Kantor Cabang Purwokerto");
        var survey = loaded.data().survey();
        var excerpts = codedExcerpts.summary(filter);
        assertThat(survey.responses()).isGreaterThan(Narrative.MIN_RESPONSES);
        for (var attribute : RogersAttribute.values()) {
            var picture = loaded.of(attribute).picture();
            assertThat(picture.mean()).isEqualTo(survey.mean(attribute));
            assertThat(picture.shareSatisfied()).isEqualTo(survey.shareSatisfied(attribute));
            assertThat(picture.excerpts()).isEqualTo(excerpts.of(attribute).total());
            assertThat(picture.negativeExcerpts() + picture.positiveExcerpts()).isLessThanOrEqualTo(picture.excerpts());
            assertThat(loaded.of(attribute).narrative(Formats.ID))
                    .contains(Formats.decimal(survey.mean(attribute), 2, Formats.ID));
        }
        assertThat(loaded.recommendations()).hasSize(5);
        assertThat(loaded.recommendations().getFirst().mean())
                .isLessThan(loaded.recommendations().getFirst().meanCrossing());
    }

    @Test
    @WithUserDetails("manajer")
    void the_deck_has_every_slide_and_the_pptx_keeps_the_narrative_in_the_speaker_notes() throws Exception {
        var loaded = findings.load(purwokerto(new DateRange(today.minusMonths(12), today)), today, "Purwokerto");
        var deck = DeckBuilder.build(loaded, Formats.ID, today);
        assertThat(deck.slides()).extracting(Deck.Slide::kind).containsExactly(Deck.Kind.TITLE,
                Deck.Kind.KEY_FIGURES, Deck.Kind.ATTRIBUTE, Deck.Kind.ATTRIBUTE, Deck.Kind.ATTRIBUTE,
                Deck.Kind.ATTRIBUTE, Deck.Kind.ATTRIBUTE, Deck.Kind.IKM, Deck.Kind.COMPLAINTS, Deck.Kind.CLAIMS,
                Deck.Kind.RECOMMENDATIONS);
        // the previous period's count with the verdict the dashboard gives the same change
        var data = loaded.data();
        assertThat(deck.slides().get(1).figures().getFirst().detail()).isEqualTo("periode sebelumnya: "
                + Formats.number(data.previousSurvey().responses(), Formats.ID) + " · "
                + id.bpjs.jmo.base.i18n.Translations.verdictNote(Formats.ID, data.countChangeOf(
                        data.previousSurvey().responses(), data.survey().responses()).test()));
        var complexity = deck.slides().get(2 + RogersAttribute.COMPLEXITY.ordinal());
        assertThat(complexity.narrative()).isEqualTo(loaded.of(RogersAttribute.COMPLEXITY).narrative(Formats.ID));

        try (var pptx = new XMLSlideShow(new ByteArrayInputStream(DeckPptx.write(deck)))) {
            assertThat(pptx.getSlides()).hasSize(deck.slides().size());
            var notesText = pptx.getSlides().get(2 + RogersAttribute.COMPLEXITY.ordinal()).getNotes().getTextParagraphs()
                    .stream().flatMap(java.util.List::stream).map(p -> p.getText()).reduce("", String::concat);
            assertThat(notesText).contains("Pada aspek kerumitan");
        }
        var pdf = DeckPdf.write(deck);
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        reader.close();
    }

    @Test
    @WithUserDetails("manajer")
    void a_period_without_data_says_so_everywhere_and_still_exports() throws Exception {
        var empty = purwokerto(new DateRange(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30)));
        var loaded = findings.load(empty, today, "Purwokerto");
        assertThat(loaded.recommendations()).isEmpty();
        assertThat(loaded.ikm()).isEmpty();
        for (var attribute : RogersAttribute.values()) {
            assertThat(loaded.of(attribute).narrative(Formats.ID)).contains("data survei belum cukup");
            assertThat(loaded.of(attribute).narrative(Formats.EN)).contains("too few survey responses");
        }
        var deck = DeckBuilder.build(loaded, Formats.EN, today);
        assertThat(deck.slides().getLast().lines()).singleElement().asString().startsWith("Too few survey responses");
        try (var pptx = new XMLSlideShow(new ByteArrayInputStream(DeckPptx.write(deck)))) {
            assertThat(pptx.getSlides()).hasSize(deck.slides().size());
        }
        assertThat(new com.lowagie.text.pdf.PdfReader(DeckPdf.write(deck)).getNumberOfPages()).isPositive();
    }

    @Test
    @WithUserDetails("petugas")
    void staff_get_their_own_branch_whatever_they_ask_for() {
        var smg = new RecordFilter(new DateRange(today.minusMonths(6), today), branches.byCode("SMG").orElseThrow()
                .getId(), null);
        var loaded = findings.load(smg, today, "x");
        assertThat(loaded.data().filter().branchId()).isEqualTo(branches.byCode("PWT").orElseThrow().getId());
    }

    @Test
    @WithUserDetails("manajer")
    void with_one_channel_chosen_claim_speed_still_compares_both_channels() {
        var jmoOnly = purwokerto(new DateRange(today.minusMonths(12), today))
                .withChannel(id.bpjs.jmo.base.domain.ServiceChannel.JMO);
        var loaded = findings.load(jmoOnly, today, "Purwokerto");
        var advantage = loaded.of(RogersAttribute.RELATIVE_ADVANTAGE).picture();
        assertThat(advantage.claimMedianJmo()).isNotNull();
        assertThat(advantage.claimMedianBranch()).isNotNull();
        assertThat(loaded.claimSpeed().paid(id.bpjs.jmo.claim.ClaimChannel.BRANCH)).isPositive();
    }
}
