package id.bpjs.jmo.findings;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.survey.ImportancePerformance;
import id.bpjs.jmo.survey.ImportancePerformance.Quadrant;
import id.bpjs.jmo.survey.SurveyTotals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One line of the closing recommendations, from the importance–performance analysis ({@link ImportancePerformance}:
 * importance is the attribute's correlation with overall satisfaction, performance its mean; the crossing point is
 * the average of each over the attributes, the same one the dashboard's quadrant chart draws). Attributes that matter
 * more than average and score below average come first.
 */
public record Recommendation(int rank, RogersAttribute attribute, Quadrant quadrant, double mean, double importance,
        double meanCrossing, double importanceCrossing) {

    /**
     * The ranked list; empty when there are fewer than {@value Narrative#MIN_RESPONSES} responses or when no
     * correlation is defined (then nothing can be said about importance).
     */
    public static List<Recommendation> rank(SurveyTotals totals) {
        if (totals.overallResponses() < Narrative.MIN_RESPONSES) {
            return List.of();
        }
        return rank(ImportancePerformance.of(totals));
    }

    /** The points of an analysis in the order recommendations are made. */
    static List<Recommendation> rank(ImportancePerformance analysis) {
        var points = new ArrayList<>(analysis.points());
        // Within a quadrant: the lowest score first where improvement is due, the most important first where it is kept.
        points.sort(Comparator.comparing(ImportancePerformance.Point::quadrant)
                .thenComparing((a, b) -> switch (a.quadrant()) {
                    case CONCENTRATE, LOW_PRIORITY -> Double.compare(a.mean(), b.mean());
                    case KEEP_UP, POSSIBLE_OVERKILL -> Double.compare(b.importance(), a.importance());
                }));
        var ranked = new ArrayList<Recommendation>();
        for (int i = 0; i < points.size(); i++) {
            var p = points.get(i);
            ranked.add(new Recommendation(i + 1, p.attribute(), p.quadrant(), p.mean(), p.importance(),
                    analysis.meanCrossing(), analysis.importanceCrossing()));
        }
        return ranked;
    }

    /**
     * The recommendation in the language of {@code locale} (keys {@code recommendation.*}). "Importance" is a
     * correlation, so the text says "berkaitan" (is tied to), not "berpengaruh" (influences); every comparison names
     * the average it is compared with, with enough decimals that the two numbers shown differ the way the sentence
     * says.
     */
    public String text(Locale locale) {
        var language = Formats.language(locale);
        var r = pair(importance, importanceCrossing, language);
        var m = pair(mean, meanCrossing, language);
        var tie = Translations.get(language, "recommendation.tie", r[0], r[1]);
        var score = Translations.get(language, "recommendation.score", m[0], m[1]);
        var action = Translations.get(language, "recommendation.action." + attribute.name());
        return Translations.get(language, "recommendation." + quadrant.name(), attribute.label(language), tie, score,
                action);
    }

    /**
     * Two numbers in the language of {@code locale} with 2 decimals, or 3–4 when 2 would show them equal though they
     * are not: {value, average}.
     */
    static String[] pair(double value, double average, Locale locale) {
        int digits = 2;
        while (digits < 4 && value != average
                && Formats.decimal(value, digits, locale).equals(Formats.decimal(average, digits, locale))) {
            digits++;
        }
        return new String[] {Formats.decimal(value, digits, locale), Formats.decimal(average, digits, locale)};
    }
}
