package id.bpjs.jmo.findings;

import id.bpjs.jmo.base.domain.Ratio;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.stats.Significance;
import java.util.ArrayList;

/**
 * The findings paragraph for one attribute, in the style of the study's results ("Pada aspek kerumitan, …"),
 * written by explicit rules from the numbers — never more than the numbers say:
 * <ul>
 * <li>fewer than {@value #MIN_RESPONSES} responses: say the data are too few, nothing else about satisfaction;</li>
 * <li>level by mean: ≥ 4.0 very good, ≥ 3.6 good, ≥ 3.2 fair, below: still low;</li>
 * <li>means and changes are judged as they are shown, rounded to two decimals (3.996 is "4,00": very good);</li>
 * <li>trend: "improving" or "declining" only when the change of the mean against a previous period with enough
 * responses is beyond chance at 95 % (Welch's t, {@link Significance#means}) and visible in the rounded means, with
 * its p value; otherwise "stable, within chance";</li>
 * <li>complaints and error reports and the tone of coded excerpts only when there are some; with the excerpts, the
 * most frequent tags among those named at least {@value #MIN_TAG_COUNT} times;</li>
 * <li>JHT claim feedback on the attribute only from {@value #MIN_RATINGS} ratings;</li>
 * <li>claim speed only when both channels have paid claims: faster, as fast, or slower.</li>
 * </ul>
 */
public final class Narrative {

    public static final int MIN_RESPONSES = 30;
    public static final int MIN_RATINGS = 10;
    /** A tag named once is not "frequent": the narrative names tags from this count on. */
    public static final int MIN_TAG_COUNT = 2;

    private Narrative() {
    }

    public static String indonesian(AttributePicture p) {
        var aspect = "Pada aspek " + p.attribute().nameId().toLowerCase() + ", ";
        if (p.responses() < MIN_RESPONSES) {
            return aspect + "data survei belum cukup untuk menarik kesimpulan (n = " + Formats.number(p.responses())
                    + "; dibutuhkan minimal " + MIN_RESPONSES + ")." + extrasId(p);
        }
        double mean = round2(p.mean());
        var level = mean >= 4.0 ? "sangat baik" : mean >= 3.6 ? "baik" : mean >= 3.2 ? "cukup" : "masih rendah";
        var sentence = new StringBuilder(aspect).append("kepuasan peserta ").append(level).append(" (rata-rata ")
                .append(Formats.decimal(p.mean(), 2)).append("; ").append(Formats.percent(p.shareSatisfied()))
                .append(" puas; n = ").append(Formats.number(p.responses())).append(")");
        if (p.previousResponses() >= MIN_RESPONSES) {
            var delta = signed(change(p));
            sentence.append(switch (direction(p)) {
                case UP -> " dan membaik dibanding periode sebelumnya (" + delta + "; " + pValue(p) + ")";
                case DOWN -> " dan menurun dibanding periode sebelumnya (" + delta + "; " + pValue(p) + ")";
                default -> " dan stabil dibanding periode sebelumnya (" + delta + ", masih dalam batas kebetulan)";
            });
        } else {
            sentence.append("; periode sebelumnya belum cukup data untuk dibandingkan");
        }
        return sentence.append('.').append(extrasId(p)).toString();
    }

    public static String english(AttributePicture p) {
        var aspect = "On " + p.attribute().nameEn().toLowerCase() + ", ";
        if (p.responses() < MIN_RESPONSES) {
            return aspect + "there are too few survey responses to draw a conclusion (n = "
                    + Formats.number(p.responses()) + "; at least " + MIN_RESPONSES + " needed)." + extrasEn(p);
        }
        double mean = round2(p.mean());
        var level = mean >= 4.0 ? "very good" : mean >= 3.6 ? "good" : mean >= 3.2 ? "fair" : "still low";
        var sentence = new StringBuilder(aspect).append("participants' satisfaction is ").append(level)
                .append(" (mean ").append(Formats.decimal(p.mean(), 2)).append("; ")
                .append(Formats.percent(p.shareSatisfied())).append(" satisfied; n = ")
                .append(Formats.number(p.responses())).append(")");
        if (p.previousResponses() >= MIN_RESPONSES) {
            var delta = signed(change(p));
            sentence.append(switch (direction(p)) {
                case UP -> " and improving on the previous period (" + delta + "; " + pValue(p) + ")";
                case DOWN -> " and declining from the previous period (" + delta + "; " + pValue(p) + ")";
                default -> " and stable against the previous period (" + delta + ", within chance)";
            });
        } else {
            sentence.append("; the previous period has too few responses to compare");
        }
        return sentence.append('.').append(extrasEn(p)).toString();
    }

    private static String extrasId(AttributePicture p) {
        var parts = new ArrayList<String>();
        if (p.complaints() > 0) {
            parts.add(" Tercatat " + Formats.number(p.complaints()) + " pengaduan"
                    + (p.errorReports() > 0 ? ", " + Formats.number(p.errorReports()) + " di antaranya laporan eror"
                            + " aplikasi" : "") + ".");
        }
        if (p.excerpts() > 0) {
            parts.add(" Dari " + Formats.number(p.excerpts()) + " kutipan yang telah dikode, "
                    + Formats.number(p.negativeExcerpts()) + " bernada negatif dan " + Formats.number(p.positiveExcerpts())
                    + " positif" + (p.topTags().isEmpty() ? "" : "; yang paling sering disinggung: "
                    + quoted(p.topTags(), "dan")) + ".");
        }
        if (p.claimRatings() >= MIN_RATINGS) {
            parts.add(" Umpan balik klaim JHT pada aspek ini rata-rata " + Formats.decimal(p.claimRatingMean(), 2)
                    + " (n = " + Formats.number(p.claimRatings()) + ").");
        }
        if (p.claimMedianJmo() != null && p.claimMedianBranch() != null) {
            int jmo = p.claimMedianJmo();
            int branch = p.claimMedianBranch();
            parts.add(" Klaim JHT lewat JMO dibayar dalam median " + jmo + " hari kerja, "
                    + (jmo < branch ? "lebih cepat daripada" : jmo == branch ? "sama dengan" : "lebih lambat daripada")
                    + " klaim di kantor cabang (" + branch + " hari kerja).");
        }
        return String.join("", parts);
    }

    private static String extrasEn(AttributePicture p) {
        var parts = new ArrayList<String>();
        if (p.complaints() > 0) {
            parts.add(" " + (p.complaints() == 1 ? "1 complaint was recorded" : Formats.number(p.complaints())
                    + " complaints were recorded") + (p.errorReports() == 0 ? "" : p.complaints() == 1
                    ? ", an app error report" : ", " + Formats.number(p.errorReports()) + " of them app error report"
                    + (p.errorReports() == 1 ? "" : "s")) + ".");
        }
        if (p.excerpts() > 0) {
            parts.add(" Of " + Formats.number(p.excerpts()) + " coded excerpt" + (p.excerpts() == 1 ? "" : "s") + ", "
                    + Formats.number(p.negativeExcerpts()) + (p.negativeExcerpts() == 1 ? " is" : " are")
                    + " negative and " + Formats.number(p.positiveExcerpts()) + " positive"
                    + (p.topTags().isEmpty() ? "" : "; the most frequent topics: " + quoted(p.topTags(), "and")) + ".");
        }
        if (p.claimRatings() >= MIN_RATINGS) {
            parts.add(" JHT claim feedback on this aspect averages " + Formats.decimal(p.claimRatingMean(), 2)
                    + " (n = " + Formats.number(p.claimRatings()) + ").");
        }
        if (p.claimMedianJmo() != null && p.claimMedianBranch() != null) {
            int jmo = p.claimMedianJmo();
            int branch = p.claimMedianBranch();
            parts.add(" JHT claims filed in JMO were paid in a median of " + jmo + " working days, "
                    + (jmo < branch ? "faster than" : jmo == branch ? "as fast as" : "slower than")
                    + " claims at the branch (" + branch + " working days).");
        }
        return String.join("", parts);
    }

    /**
     * Whether the mean rose or fell: only when the change is beyond chance at 95 % ({@link AttributePicture#trend},
     * Welch's t) and also visible in the rounded means shown; otherwise NO_CHANGE ("stable").
     */
    public static Significance.Verdict direction(AttributePicture p) {
        double delta = change(p);
        var verdict = p.trend().verdict();
        if (verdict == Significance.Verdict.UP && delta > 0) {
            return Significance.Verdict.UP;
        }
        if (verdict == Significance.Verdict.DOWN && delta < 0) {
            return Significance.Verdict.DOWN;
        }
        return Significance.Verdict.NO_CHANGE;
    }

    private static String signed(double delta) {
        return (delta > 0 ? "+" : "") + Formats.decimal(delta, 2);
    }

    /** "p = 0,012" or "p < 0,001": the test behind a reported rise or fall. */
    private static String pValue(AttributePicture p) {
        double value = p.trend().pValue();
        return value < 0.001 ? "p < " + Formats.decimal(0.001, 3) : "p = " + Formats.decimal(value, 3);
    }

    /** The change against the previous period as it is shown: the difference of the two rounded means. */
    public static double change(AttributePicture p) {
        // in decimal: 3.60 − 3.50 is 0.10 exactly, on the threshold, where doubles give 0.0999…
        return Ratio.round(p.mean(), Formats.MEAN_DIGITS).subtract(Ratio.round(p.previousMean(), Formats.MEAN_DIGITS))
                .doubleValue();
    }

    /** As shown: the product's one rounding rule ({@link Ratio#round(double, int)}, half up on the decimal value). */
    static double round2(double value) {
        return Ratio.round(value, Formats.MEAN_DIGITS).doubleValue();
    }

    /** Up to three tags in quotes: “a”, “b” dan “c”. */
    private static String quoted(java.util.List<String> tags, String and) {
        var shown = tags.stream().limit(3).map(tag -> "“" + tag + "”").toList();
        if (shown.size() == 1) {
            return shown.getFirst();
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " " + and + " " + shown.getLast();
    }
}
