package id.bpjs.jmo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.RogersAttribute;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tag counts, tone counts, the accepted share and the rules that pick representative quotes. */
class ExcerptSummaryTest {

    private static CodedExcerpt note(RogersAttribute attribute, Sentiment sentiment, String text, String tags,
            SourceType source, LocalDate on) {
        var note = new CodedExcerpt();
        note.setAttribute(attribute);
        note.setSentiment(sentiment);
        note.setText(text);
        note.setTags(tags);
        note.setSourceType(source);
        note.setInformantCode("P-01");
        note.setNotedOn(on);
        return note;
    }

    @Test
    void counts_tones_and_tags_and_picks_two_prevailing_quotes_and_one_other() {
        var day = LocalDate.of(2026, 10, 1);
        var list = new ArrayList<CodedExcerpt>(List.of(
                note(RogersAttribute.COMPLEXITY, Sentiment.NEGATIVE, "Verifikasi wajahnya bikin bingung, harus ulang"
                        + " tiga kali.", "bingung,verifikasi wajah", SourceType.INTERVIEW, day),
                note(RogersAttribute.COMPLEXITY, Sentiment.NEGATIVE, "Ribet.", "bingung", SourceType.INTERVIEW, day),
                note(RogersAttribute.COMPLEXITY, Sentiment.NEGATIVE, "Peserta meminta bantuan petugas untuk mengisi"
                        + " data rekening.", "bantuan", SourceType.OBSERVATION, day.plusDays(3)),
                note(RogersAttribute.COMPLEXITY, Sentiment.NEGATIVE, "Saya bingung menu klaim JHT ada di mana di"
                        + " aplikasi.", "bingung", SourceType.INTERVIEW, day.plusDays(1)),
                note(RogersAttribute.COMPLEXITY, Sentiment.POSITIVE, "Setelah dicoba sekali ternyata langkahnya"
                        + " mudah diikuti.", "mudah", SourceType.SURVEY, day),
                note(RogersAttribute.TRIALABILITY, Sentiment.POSITIVE, "Pendaftaran cukup sekali, langsung bisa"
                        + " dipakai.", "pendaftaran", SourceType.INTERVIEW, day)));
        list.get(0).setSuggestedAttribute(RogersAttribute.COMPLEXITY);
        list.get(0).setSuggestedSentiment(Sentiment.NEGATIVE);
        list.get(4).setSuggestedAttribute(RogersAttribute.RELATIVE_ADVANTAGE);
        list.get(4).setSuggestedSentiment(Sentiment.POSITIVE);

        var summary = CodedExcerpts.summarize(list);
        var complexity = summary.of(RogersAttribute.COMPLEXITY);
        assertThat(complexity.total()).isEqualTo(5);
        assertThat(complexity.negative()).isEqualTo(4);
        assertThat(complexity.positive()).isEqualTo(1);
        assertThat(complexity.topTags().getFirst()).isEqualTo(new ExcerptSummary.TagCount("bingung", 3));
        // too short ("Ribet.") is never quoted; the top tag first, participants' words before observations
        assertThat(complexity.quotes()).extracting(ExcerptSummary.Quote::text).containsExactly(
                "Saya bingung menu klaim JHT ada di mana di aplikasi.",
                "Verifikasi wajahnya bikin bingung, harus ulang tiga kali.",
                "Setelah dicoba sekali ternyata langkahnya mudah diikuti.");
        assertThat(summary.of(RogersAttribute.OBSERVABILITY).total()).isZero();
        assertThat(summary.suggested()).isEqualTo(2);
        assertThat(summary.attributeAcceptance()).isEqualTo(0.5);
        assertThat(summary.sentimentAcceptance()).isEqualTo(1.0);
    }

    @Test
    void nothing_coded_gives_no_acceptance_share_rather_than_zero() {
        var summary = CodedExcerpts.summarize(List.of());
        assertThat(summary.total()).isZero();
        assertThat(summary.attributeAcceptance()).isNaN();
    }
}
