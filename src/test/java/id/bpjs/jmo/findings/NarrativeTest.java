package id.bpjs.jmo.findings;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.RogersAttribute;
import org.junit.jupiter.api.Test;

/** The narrative follows the numbers: two contrasting data sets give different, correct sentences. */
class NarrativeTest {

    private final AttributePicture weakAndDeclining = new AttributePicture(RogersAttribute.COMPLEXITY, 762, 3.12,
            0.345, 700, 3.30, 14, 2, 12, 9, 3);
    private final AttributePicture strongAndImproving = new AttributePicture(RogersAttribute.OBSERVABILITY, 540, 4.21,
            0.82, 500, 4.05, 0, 0, 0, 0, 0);

    @Test
    void a_weak_declining_attribute_is_called_low_and_declining_with_its_numbers() {
        assertThat(Narrative.indonesian(weakAndDeclining)).isEqualTo("Pada aspek kerumitan, kepuasan peserta masih"
                + " rendah (rata-rata 3,12; 34,5% puas; n = 762) dan menurun dibanding periode sebelumnya (-0,18)."
                + " Tercatat 14 pengaduan, 2 di antaranya laporan eror aplikasi. Dari 12 kutipan wawancara, observasi"
                + " dan dokumen, 9 bernada negatif dan 3 positif.");
        assertThat(Narrative.english(weakAndDeclining)).startsWith("On complexity, participants' satisfaction is still"
                + " low (mean 3,12; 34,5% satisfied; n = 762) and declining from the previous period (-0,18).");
    }

    @Test
    void a_strong_improving_attribute_is_called_very_good_and_improving_without_invented_complaints() {
        var text = Narrative.indonesian(strongAndImproving);
        assertThat(text).isEqualTo("Pada aspek kemudahan diamati, kepuasan peserta sangat baik (rata-rata 4,21; 82,0%"
                + " puas; n = 540) dan membaik dibanding periode sebelumnya (+0,16).");
        assertThat(text).doesNotContain("pengaduan").doesNotContain("kutipan");
        assertThat(text).isNotEqualTo(Narrative.indonesian(weakAndDeclining));
    }

    @Test
    void too_few_responses_are_said_instead_of_a_conclusion() {
        var few = new AttributePicture(RogersAttribute.TRIALABILITY, 12, 4.5, 0.9, 0, 0, 0, 0, 0, 0, 0);
        assertThat(Narrative.indonesian(few)).isEqualTo("Pada aspek kemungkinan dicoba, data survei belum cukup untuk"
                + " menarik kesimpulan (n = 12; dibutuhkan minimal 30).");
        assertThat(Narrative.english(few)).contains("too few survey responses");
    }

    @Test
    void a_change_below_the_step_is_stable_and_a_thin_previous_period_is_not_compared() {
        var stable = new AttributePicture(RogersAttribute.RELATIVE_ADVANTAGE, 300, 3.95, 0.7, 280, 3.90, 0, 0, 0, 0, 0);
        assertThat(Narrative.indonesian(stable)).contains("baik (rata-rata 3,95").contains("stabil");
        var noPrevious = new AttributePicture(RogersAttribute.RELATIVE_ADVANTAGE, 300, 3.95, 0.7, 10, 2.0, 0, 0, 0, 0,
                0);
        assertThat(Narrative.indonesian(noPrevious)).contains("belum cukup data untuk dibandingkan")
                .doesNotContain("membaik");
    }
}
