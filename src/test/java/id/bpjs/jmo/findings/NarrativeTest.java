package id.bpjs.jmo.findings;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.stats.Significance;
import org.junit.jupiter.api.Test;

/** The narrative follows the numbers: two contrasting data sets give different, correct sentences. */
class NarrativeTest {

    /**
     * A picture whose answers spread as Likert answers typically do (sample variance 0,8 in both periods), so the
     * trend's significance follows from n and the means as Welch's t computes it.
     */
    static AttributePicture picture(RogersAttribute attribute, long n, double mean, double share, long previousN,
            double previousMean, long complaints, long errors, long excerpts, long negative, long positive,
            Object... more) {
        var trend = Significance.means(moments(previousN, previousMean, 0.8), moments(n, mean, 0.8));
        if (more.length == 0) {
            return new AttributePicture(attribute, n, mean, share, previousN, previousMean, complaints, errors,
                    excerpts, negative, positive, trend);
        }
        @SuppressWarnings("unchecked")
        var tags = (java.util.List<String>) more[0];
        return new AttributePicture(attribute, n, mean, share, previousN, previousMean, complaints, errors, excerpts,
                negative, positive, tags, ((Number) more[1]).longValue(), ((Number) more[2]).doubleValue(),
                (Integer) more[3], (Integer) more[4], trend, java.util.List.of());
    }

    /** The picture with a monthly line from January 2026: {@code perMonth} answers a month (variance 0,8) each. */
    static AttributePicture withMonths(AttributePicture p, long perMonth, double... means) {
        var months = new java.util.ArrayList<AttributePicture.Month>();
        for (int i = 0; i < means.length; i++) {
            months.add(new AttributePicture.Month(java.time.YearMonth.of(2026, 1 + i), moments(perMonth, means[i],
                    0.8)));
        }
        return new AttributePicture(p.attribute(), p.responses(), p.mean(), p.shareSatisfied(), p.previousResponses(),
                p.previousMean(), p.complaints(), p.errorReports(), p.excerpts(), p.negativeExcerpts(),
                p.positiveExcerpts(), p.topTags(), p.claimRatings(), p.claimRatingMean(), p.claimMedianJmo(),
                p.claimMedianBranch(), p.trend(), months);
    }

    static Significance.Moments moments(long n, double mean, double variance) {
        double sum = n * mean;
        return new Significance.Moments(n, sum, n < 2 ? sum * mean : variance * (n - 1) + sum * sum / n);
    }

    private final AttributePicture weakAndDeclining = picture(RogersAttribute.COMPLEXITY, 762, 3.12,
            0.345, 700, 3.30, 14, 2, 12, 9, 3);
    private final AttributePicture strongAndImproving = picture(RogersAttribute.OBSERVABILITY, 540, 4.21,
            0.82, 500, 4.05, 0, 0, 0, 0, 0);

    @Test
    void a_weak_declining_attribute_is_called_low_and_declining_with_its_numbers() {
        assertThat(Narrative.of(weakAndDeclining, Formats.ID)).isEqualTo("Pada aspek kerumitan, kepuasan peserta masih"
                + " rendah (rata-rata 3,12; 34,5% puas; n = 762) dan menurun dibanding periode sebelumnya (-0,18; p < 0,001)."
                + " Tercatat 14 pengaduan, 2 di antaranya laporan eror aplikasi. Dari 12 kutipan yang telah dikode,"
                + " 9 bernada negatif dan 3 positif.");
        assertThat(Narrative.of(weakAndDeclining, Formats.EN)).startsWith("On complexity, participants' satisfaction is still"
                + " low (mean 3.12; 34.5% satisfied; n = 762) and declining from the previous period (-0.18; p < 0.001).");
    }

    @Test
    void a_strong_improving_attribute_is_called_very_good_and_improving_without_invented_complaints() {
        var text = Narrative.of(strongAndImproving, Formats.ID);
        assertThat(text).isEqualTo("Pada aspek kemudahan diamati, kepuasan peserta sangat baik (rata-rata 4,21; 82,0%"
                + " puas; n = 540) dan membaik dibanding periode sebelumnya (+0,16; p = 0,004).");
        assertThat(text).doesNotContain("pengaduan").doesNotContain("kutipan");
        assertThat(text).isNotEqualTo(Narrative.of(weakAndDeclining, Formats.ID));
    }

    @Test
    void too_few_responses_are_said_instead_of_a_conclusion() {
        var few = picture(RogersAttribute.TRIALABILITY, 12, 4.5, 0.9, 0, 0, 0, 0, 0, 0, 0);
        assertThat(Narrative.of(few, Formats.ID)).isEqualTo("Pada aspek kemungkinan dicoba, data survei belum cukup untuk"
                + " menarik kesimpulan (n = 12; dibutuhkan minimal 30).");
        assertThat(Narrative.of(few, Formats.EN)).contains("too few survey responses");
    }

    @Test
    void a_change_chance_explains_is_stable_and_a_thin_previous_period_is_not_compared() {
        var stable = picture(RogersAttribute.RELATIVE_ADVANTAGE, 300, 3.95, 0.7, 280, 3.90, 0, 0, 0, 0, 0);
        // +0,05 on about 300 answers each: t = 0,67, p = 0,50
        assertThat(Narrative.of(stable, Formats.ID)).contains("baik (rata-rata 3,95")
                .contains("stabil dibanding periode sebelumnya (+0,05, masih dalam batas kebetulan)");
        assertThat(Narrative.of(stable,
                Formats.EN)).contains("stable against the previous period (+0.05, within chance)");
        var noPrevious = picture(RogersAttribute.RELATIVE_ADVANTAGE, 300, 3.95, 0.7, 10, 2.0, 0, 0, 0, 0,
                0);
        assertThat(Narrative.of(noPrevious, Formats.ID)).contains("belum cukup data untuk dibandingkan")
                .doesNotContain("membaik");
    }

    @Test
    void tags_claim_feedback_and_claim_speed_are_said_only_when_the_data_hold_them() {
        var withClaims = picture(RogersAttribute.RELATIVE_ADVANTAGE, 400, 4.02, 0.81, 380, 3.97, 3, 0, 8,
                2, 6, java.util.List.of("cepat", "klaim", "antre"), 45, 4.31, 3, 7);
        assertThat(Narrative.of(withClaims, Formats.ID))
                .contains("yang paling sering disinggung: “cepat”, “klaim” dan “antre”.")
                .contains("Umpan balik klaim JHT pada aspek ini rata-rata 4,31 (n = 45).")
                .contains("median 3 hari kerja, lebih cepat daripada klaim di kantor cabang (7 hari kerja).");
        assertThat(Narrative.of(withClaims, Formats.EN)).contains("faster than claims at the branch (7 working days)");

        var slowerAndThin = picture(RogersAttribute.RELATIVE_ADVANTAGE, 400, 4.02, 0.81, 380, 3.97, 0, 0,
                0, 0, 0, java.util.List.of(), 9, 2.1, 8, 5);
        assertThat(Narrative.of(slowerAndThin, Formats.ID)).contains("lebih lambat daripada klaim di kantor cabang")
                .doesNotContain("Umpan balik klaim").doesNotContain("disinggung");
        var oneChannel = picture(RogersAttribute.RELATIVE_ADVANTAGE, 400, 4.02, 0.81, 380, 3.97, 0, 0, 0,
                0, 0, java.util.List.of(), 0, 0, 3, null);
        assertThat(Narrative.of(oneChannel, Formats.ID)).doesNotContain("hari kerja");
    }

    @Test
    void levels_and_changes_are_judged_as_they_are_shown_rounded() {
        var almostFour = picture(RogersAttribute.TRIALABILITY, 200, 3.996, 0.8, 200, 3.8964, 0, 0, 0, 0, 0);
        // 3.996 is shown as 4,00: very good; 4,00 - 3,90 = +0,10 as shown, but on 200 answers each chance explains it
        assertThat(Narrative.of(almostFour, Formats.ID)).contains("sangat baik (rata-rata 4,00")
                .contains("stabil dibanding periode sebelumnya (+0,10, masih dalam batas kebetulan)");
    }

    @Test
    void the_same_change_on_many_answers_is_real_and_says_so_with_its_p_value() {
        var many = picture(RogersAttribute.TRIALABILITY, 5000, 3.996, 0.8, 5000, 3.8964, 0, 0, 0, 0, 0);
        // t = 0,0996 / √(2 · 0,8 / 5000) = 5,57
        assertThat(Narrative.of(many, Formats.ID)).contains("membaik dibanding periode sebelumnya (+0,10; p < 0,001)");
        assertThat(Narrative.direction(many)).isEqualTo(Significance.Verdict.UP);
    }

    @Test
    void a_significant_change_too_small_to_show_in_two_decimals_is_stable() {
        // 3,500 → 3,504 on two million answers each (a head office) is beyond chance (t = 4,5), but both show as 3,50
        var invisible = picture(RogersAttribute.COMPATIBILITY, 2_000_000, 3.504, 0.6, 2_000_000, 3.500, 0, 0, 0, 0, 0);
        assertThat(invisible.trend().verdict()).isEqualTo(Significance.Verdict.UP);
        assertThat(Narrative.direction(invisible)).isEqualTo(Significance.Verdict.NO_CHANGE);
        assertThat(Narrative.of(invisible, Formats.ID)).contains("stabil dibanding periode sebelumnya (0,00");
    }

    @Test
    void a_line_rising_inside_a_stable_period_is_said_with_its_months_and_p_value() {
        // 3,50 against 3,48 on 360 and 300 answers: stable; the months rise 3,15 → 3,85 on 60 answers each
        // (t = 0,70 / √(2 · 0,8 / 60) = 4,29)
        var stable = picture(RogersAttribute.COMPLEXITY, 360, 3.50, 0.5, 300, 3.48, 0, 0, 0, 0, 0);
        var rising = withMonths(stable, 60, 3.15, 3.35, 3.45, 3.55, 3.65, 3.85);
        assertThat(Narrative.direction(rising)).isEqualTo(Significance.Verdict.NO_CHANGE);
        assertThat(Narrative.of(rising, Formats.ID)).isEqualTo("Pada aspek kerumitan, kepuasan peserta cukup"
                + " (rata-rata 3,50; 50,0% puas; n = 360) dan stabil dibanding periode sebelumnya (+0,02, masih dalam"
                + " batas kebetulan). Namun di dalam periode ini rata-rata bulanan naik, dari 3,15 (Januari 2026)"
                + " menjadi 3,85 (Juni 2026; p < 0,001).");
        assertThat(Narrative.of(rising, Formats.EN)).endsWith("stable against the previous period (+0.02, within"
                + " chance). Within this period, however, the monthly mean rose, from 3.15 (January 2026) to 3.85"
                + " (June 2026; p < 0.001).");
        // without a previous period to compare, the line's rise is said plainly
        var first = withMonths(picture(RogersAttribute.COMPLEXITY, 360, 3.50, 0.5, 0, 0, 0, 0, 0, 0, 0), 60, 3.15,
                3.35, 3.45, 3.55, 3.65, 3.85);
        assertThat(Narrative.of(first, Formats.ID)).endsWith("belum cukup data untuk dibandingkan. Di dalam periode ini"
                + " rata-rata bulanan naik, dari 3,15 (Januari 2026) menjadi 3,85 (Juni 2026; p < 0,001).");
    }

    @Test
    void a_flat_line_or_one_of_too_few_answers_a_month_adds_no_sentence() {
        var stable = picture(RogersAttribute.COMPLEXITY, 360, 3.50, 0.5, 300, 3.48, 0, 0, 0, 0, 0);
        var flat = withMonths(stable, 60, 3.48, 3.52, 3.50, 3.49, 3.51, 3.50);
        assertThat(Narrative.withinPeriod(flat)).isEmpty();
        assertThat(Narrative.of(flat, Formats.ID)).isEqualTo(Narrative.of(stable, Formats.ID))
                .doesNotContain("rata-rata bulanan");
        // a wide swing on 20 answers a month: no month has enough answers to say anything about it
        var thin = withMonths(stable, 20, 2.9, 3.2, 3.5, 3.6, 3.8, 4.1);
        assertThat(Narrative.of(thin, Formats.EN)).isEqualTo(Narrative.of(stable, Formats.EN))
                .doesNotContain("monthly mean");
    }

    @Test
    void a_period_that_improved_while_its_line_fell_says_both() {
        // 3,60 against 3,40 on 600 answers each: improving (t = 3,87); the months fall 3,85 → 3,35 on 100 answers
        // each (t = 3,95)
        var improving = withMonths(picture(RogersAttribute.TRIALABILITY, 600, 3.60, 0.6, 600, 3.40, 0, 0, 0, 0, 0),
                100, 3.85, 3.75, 3.65, 3.55, 3.45, 3.35);
        assertThat(Narrative.direction(improving)).isEqualTo(Significance.Verdict.UP);
        assertThat(Narrative.of(improving, Formats.ID)).contains("membaik dibanding periode sebelumnya (+0,20;"
                + " p < 0,001). Namun di dalam periode ini rata-rata bulanan justru turun, dari 3,85 (Januari 2026)"
                + " menjadi 3,35 (Juni 2026; p < 0,001).");
        assertThat(Narrative.of(improving, Formats.EN)).contains("the monthly mean went the other way and fell, from"
                + " 3.85 (January 2026) to 3.35 (June 2026; p < 0.001).");
        // a line rising with an improving period says nothing more: the trend sentence already says it
        var along = withMonths(improving, 100, 3.35, 3.45, 3.55, 3.65, 3.75, 3.85);
        assertThat(Narrative.withinPeriod(along)).isPresent();
        assertThat(Narrative.of(along, Formats.ID)).doesNotContain("rata-rata bulanan");
    }

    @Test
    void one_of_a_kind_is_said_in_the_singular_in_english() {
        var single = picture(RogersAttribute.COMPATIBILITY, 200, 3.7, 0.6, 0, 0, 1, 1, 1, 1, 0);
        assertThat(Narrative.of(single, Formats.EN)).contains(" 1 complaint was recorded, an app error report.")
                .contains(" Of 1 coded excerpt, 1 is negative and 0 positive.");
    }
}
