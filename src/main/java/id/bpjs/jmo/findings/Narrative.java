package id.bpjs.jmo.findings;

import id.bpjs.jmo.base.domain.Ratio;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.stats.Significance;
import id.bpjs.jmo.base.i18n.Translations;
import java.util.ArrayList;
import java.util.Locale;

/**
 * The findings paragraph for one attribute, in the style of the study's results ("Pada aspek kerumitan, …"),
 * written by explicit rules from the numbers — never more than the numbers say:
 * <ul>
 * <li>fewer than {@value #MIN_RESPONSES} responses: say the data are too few, nothing else about satisfaction;</li>
 * <li>level by mean: ≥ 4.0 very good, ≥ 3.6 good, ≥ 3.2 fair, below: still low;</li>
 * <li>means and changes are judged as they are shown, rounded to two decimals (3.996 is "4,00", in English
 * "4.00": very good);</li>
 * <li>trend: "improving" or "declining" only when the change of the mean against a previous period with enough
 * responses is beyond chance at 95 % (Welch's t, {@link Significance#means}) and visible in the rounded means, with
 * its p value; otherwise "stable, within chance";</li>
 * <li>movement inside the period ({@link #withinPeriod}): the page and the slide draw the monthly line next to these
 * words, so when the line moves and the trend does not say so — stable or no previous period while it rises or falls,
 * or "improving" while it falls (and the reverse) — one more sentence says how it moved, from which month to which,
 * with its p value;</li>
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

    /**
     * The paragraph in the language of {@code locale} (Bahasa Indonesia unless English): sentences from the
     * translation keys {@code narrative.*}, numbers formatted by {@link Formats} before they go in.
     */
    public static String of(AttributePicture p, Locale locale) {
        var language = Formats.language(locale);
        var aspect = p.attribute().label(language).toLowerCase();
        if (p.responses() < MIN_RESPONSES) {
            return t(language, "narrative.tooFew", aspect, Formats.number(p.responses(), language),
                    String.valueOf(MIN_RESPONSES))
                    + extras(p, language);
        }
        double mean = round2(p.mean());
        var level = t(language, "narrative.level." + (mean >= 4.0 ? "VERY_GOOD" : mean >= 3.6 ? "GOOD"
                : mean >= 3.2 ? "FAIR" : "LOW"));
        var trend = p.previousResponses() >= MIN_RESPONSES ? direction(p).name() : "NO_PREVIOUS";
        var delta = p.previousResponses() >= MIN_RESPONSES ? signed(change(p), language) : "";
        var test = p.previousResponses() >= MIN_RESPONSES ? pValue(p, language) : "";
        return t(language, "narrative.satisfaction." + trend, aspect, level,
                Formats.decimal(p.mean(), 2, language), Formats.percent(p.shareSatisfied(), language),
                Formats.number(p.responses(), language), delta, test) + movement(p, trend, language)
                + extras(p, language);
    }

    /**
     * How the monthly line moved inside the period: the first and the last month with at least
     * {@value #MIN_RESPONSES} answers, and Welch's t of the one against the other.
     */
    public record Movement(AttributePicture.Month first, AttributePicture.Month last, Significance.Change test) {

        /** UP or DOWN: the direction of a movement {@link #withinPeriod} reports. */
        public Significance.Verdict direction() {
            return test.verdict();
        }
    }

    /**
     * The movement of the monthly line inside the period, when there is one to report: the first and the last month
     * with at least {@value #MIN_RESPONSES} answers (two different months) differ beyond chance at 95 % by Welch's t
     * from the monthly sums ({@link Significance#means}), and the difference is visible in the two means as shown
     * (two decimals). Empty otherwise.
     *
     * <p>Why this rule and not a fixed step such as 0,1: a month holds a fraction of the period's answers, so a line
     * drawn from 30–60 answers a month wobbles by ±0,2 by chance alone (answers spread with a standard deviation near
     * 0,9); a fixed 0,1 would narrate that noise, and at a large office a real but smaller slide would go unsaid.
     * Welch's t is the bar the period's "improving/declining" already uses — beyond chance at 95 % and visible as
     * shown — so the two sentences judge movement alike. First against last month is what a reader takes as the
     * line's direction; months with fewer than {@value #MIN_RESPONSES} answers are passed over, as the narrative passes
     * over an attribute with too few.
     */
    public static java.util.Optional<Movement> withinPeriod(AttributePicture p) {
        var enough = p.monthly().stream().filter(m -> m.moments().n() >= MIN_RESPONSES).toList();
        if (enough.size() < 2) {
            return java.util.Optional.empty();
        }
        var first = enough.getFirst();
        var last = enough.getLast();
        var test = Significance.means(first.moments(), last.moments());
        double shown = round2(last.moments().mean()) - round2(first.moments().mean());
        boolean visible = test.verdict() == Significance.Verdict.UP && shown > 0
                || test.verdict() == Significance.Verdict.DOWN && shown < 0;
        return visible ? java.util.Optional.of(new Movement(first, last, test)) : java.util.Optional.empty();
    }

    /**
     * The sentence on the movement inside the period, only where the trend sentence does not already say it: after
     * "stable" or "no previous period" for any movement, after "improving" for a fall and after "declining" for a
     * rise. Empty for no movement or one going the trend's way.
     */
    private static String movement(AttributePicture p, String trend, Locale language) {
        var movement = withinPeriod(p);
        if (movement.isEmpty() || trend.equals(movement.get().direction().name())) {
            return "";
        }
        var m = movement.get();
        var month = Formats.datePattern("MMMM yyyy", language);
        return " " + t(language, "narrative.withinPeriod." + trend + "." + m.direction().name(),
                Formats.decimal(m.first().moments().mean(), Formats.MEAN_DIGITS, language),
                month.format(m.first().month()),
                Formats.decimal(m.last().moments().mean(), Formats.MEAN_DIGITS, language),
                month.format(m.last().month()), Formats.pValue(m.test().pValue(), language));
    }

    private static String extras(AttributePicture p, Locale language) {
        var parts = new ArrayList<String>();
        if (p.complaints() > 0) {
            var complaints = Formats.number(p.complaints(), language);
            var key = p.errorReports() == 0 ? "narrative.complaints." + (p.complaints() == 1 ? "one" : "other")
                    : p.complaints() == 1 ? "narrative.complaints.oneWithError"
                    : "narrative.complaints.withErrors." + (p.errorReports() == 1 ? "one" : "other");
            parts.add(" " + t(language, key, complaints, Formats.number(p.errorReports(), language)));
        }
        if (p.excerpts() > 0) {
            var tags = p.topTags().isEmpty() ? ""
                    : t(language, "narrative.excerpts.tags", quoted(p.topTags(), t(language, "narrative.and")));
            parts.add(" " + t(language, "narrative.excerpts." + (p.excerpts() == 1 ? "one" : "other") + "."
                    + (p.negativeExcerpts() == 1 ? "one" : "other"), Formats.number(p.excerpts(), language),
                    Formats.number(p.negativeExcerpts(), language), Formats.number(p.positiveExcerpts(), language),
                    tags));
        }
        if (p.claimRatings() >= MIN_RATINGS) {
            parts.add(" " + t(language, "narrative.claimRatings", Formats.decimal(p.claimRatingMean(), 2, language),
                    Formats.number(p.claimRatings(), language)));
        }
        if (p.claimMedianJmo() != null && p.claimMedianBranch() != null) {
            int jmo = p.claimMedianJmo();
            int branch = p.claimMedianBranch();
            parts.add(" " + t(language, "narrative.claimSpeed." + (jmo < branch ? "FASTER" : jmo == branch ? "SAME"
                    : "SLOWER"), String.valueOf(jmo), String.valueOf(branch)));
        }
        return String.join("", parts);
    }

    private static String t(Locale language, String key, Object... arguments) {
        return Translations.get(language, key, arguments);
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

    private static String signed(double delta, Locale language) {
        return (delta > 0 ? "+" : "") + Formats.decimal(delta, 2, language);
    }

    /** "p = 0,012" or "p < 0,001" (English "p = 0.012"): the test behind a reported rise or fall. */
    private static String pValue(AttributePicture p, Locale language) {
        return Formats.pValue(p.trend().pValue(), language);
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
