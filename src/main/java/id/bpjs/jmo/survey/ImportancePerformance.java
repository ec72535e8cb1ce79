package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RogersAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * The importance–performance analysis (Martilla &amp; James 1977) of a period's survey: per Rogers attribute its
 * performance (the mean, 1–5) and its importance (Pearson's r with overall satisfaction), and the crossing point that
 * splits the plane into four quadrants. The dashboard's quadrant chart and the findings' ranked recommendations both
 * read this one object, so they can never cross at different points.
 *
 * <p>The crossing is the mean of the <em>unrounded</em> means and correlations of the attributes shown (a crossing
 * from rounded values would put an attribute on the other side of a line it is 0.004 away from). An attribute is
 * shown only when at least {@value #MIN_ANSWERS} responses answered it and its correlation is defined: fewer
 * say nothing about importance.
 *
 * @param points the attributes shown, in {@link RogersAttribute} order (the chart's dataset order: a click on
 *        dataset i means {@code points.get(i)})
 * @param meanCrossing the mean of the points' means (1–5); 0 when there are no points
 * @param importanceCrossing the mean of the points' correlations (−1–1); 0 when there are no points
 */
public record ImportancePerformance(List<Point> points, double meanCrossing, double importanceCrossing) {

    /** Fewer answers to an attribute than this say nothing about its importance (as the narrative's minimum). */
    public static final int MIN_ANSWERS = 30;

    /** The four quadrants, in the order recommendations are made. */
    public enum Quadrant {
        /** important, scored below average: improve first */
        CONCENTRATE,
        /** less important, scored below average */
        LOW_PRIORITY,
        /** important, scored at or above average: keep up */
        KEEP_UP,
        /** less important, scored at or above average */
        POSSIBLE_OVERKILL
    }

    /** One attribute: its unrounded mean (1–5) and correlation with overall satisfaction, and its quadrant. */
    public record Point(RogersAttribute attribute, double mean, double importance, Quadrant quadrant) {
    }

    public static ImportancePerformance of(SurveyTotals totals) {
        var attributes = java.util.Arrays.stream(RogersAttribute.values())
                .filter(a -> totals.n(a) >= MIN_ANSWERS)
                .filter(a -> totals.correlationWithOverall(a).isPresent()).toList();
        if (attributes.isEmpty()) {
            return new ImportancePerformance(List.of(), 0, 0);
        }
        double meanCrossing = attributes.stream().mapToDouble(totals::mean).average().orElseThrow();
        double importanceCrossing = attributes.stream()
                .mapToDouble(a -> totals.correlationWithOverall(a).orElseThrow()).average().orElseThrow();
        var points = new ArrayList<Point>();
        for (var attribute : attributes) {
            double mean = totals.mean(attribute);
            double importance = totals.correlationWithOverall(attribute).orElseThrow();
            boolean important = importance >= importanceCrossing;
            boolean good = mean >= meanCrossing;
            var quadrant = important ? good ? Quadrant.KEEP_UP : Quadrant.CONCENTRATE
                    : good ? Quadrant.POSSIBLE_OVERKILL : Quadrant.LOW_PRIORITY;
            points.add(new Point(attribute, mean, importance, quadrant));
        }
        return new ImportancePerformance(List.copyOf(points), meanCrossing, importanceCrossing);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }
}
