package id.bpjs.jmo.findings;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.survey.ImportancePerformance.Quadrant;
import id.bpjs.jmo.survey.SurveyTotals;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The importance–performance ranking: important and weak first, computed from raw answers. */
class RecommendationTest {

    /**
     * Sums over synthetic answers: overall satisfaction drives the items of {@code drivers} (they follow it), the
     * others are noise; {@code means} shifts each item's level.
     */
    private static SurveyTotals totals(int n, double[] shift, boolean[] drivers, long seed) {
        var random = new SplittableRandom(seed);
        var sum = new long[5];
        var squares = new long[5];
        var satisfied = new long[5];
        var products = new long[5];
        long sumOverall = 0;
        long squaresOverall = 0;
        long satisfiedOverall = 0;
        for (int r = 0; r < n; r++) {
            int overall = 1 + random.nextInt(5);
            sumOverall += overall;
            squaresOverall += (long) overall * overall;
            satisfiedOverall += overall >= 4 ? 1 : 0;
            for (int a = 0; a < 5; a++) {
                double base = drivers[a] ? overall : 1 + random.nextInt(5);
                int item = (int) Math.max(1, Math.min(5, Math.round(base + shift[a] + random.nextDouble() - 0.5)));
                sum[a] += item;
                squares[a] += (long) item * item;
                satisfied[a] += item >= 4 ? 1 : 0;
                products[a] += (long) item * overall;
            }
        }
        return new SurveyTotals(n, sum, squares, satisfied, products, sumOverall, squaresOverall, satisfiedOverall, 0,
                new long[9], 0);
    }

    @Test
    void the_attribute_that_drives_satisfaction_and_scores_lowest_comes_first() {
        // complexity: drives overall satisfaction and scores low; observability: noise and high
        var data = totals(600, new double[] {0.3, 0, -0.8, 0.4, 0.6}, new boolean[] {false, true, true, false, false},
                7);
        var ranked = Recommendation.rank(data);
        assertThat(ranked).hasSize(5);
        assertThat(ranked.getFirst().attribute()).isEqualTo(RogersAttribute.COMPLEXITY);
        assertThat(ranked.getFirst().quadrant()).isEqualTo(Quadrant.CONCENTRATE);
        assertThat(ranked.getFirst().text(Formats.ID)).startsWith("Kerumitan: berkaitan dengan kepuasan keseluruhan setidaknya seerat")
                .contains("prioritas perbaikan").contains("rata-rata atribut ").doesNotContain("berpengaruh");
        assertThat(ranked).extracting(Recommendation::rank).containsExactly(1, 2, 3, 4, 5);
        // every quadrant follows from the crossing point
        for (var r : ranked) {
            boolean important = r.importance() >= r.importanceCrossing();
            boolean good = r.mean() >= r.meanCrossing();
            assertThat(r.quadrant()).isEqualTo(important ? good ? Quadrant.KEEP_UP
                    : Quadrant.CONCENTRATE : good ? Quadrant.POSSIBLE_OVERKILL
                    : Quadrant.LOW_PRIORITY);
        }
        // quadrants in the order of the recommendation
        assertThat(ranked).extracting(Recommendation::quadrant).isSorted();
    }

    @Test
    void a_different_data_set_gives_a_different_first_priority() {
        // now compatibility drives satisfaction and scores low, complexity is fine
        var data = totals(600, new double[] {0.3, -0.9, 0.5, 0.4, 0.6}, new boolean[] {false, true, false, false,
                true}, 11);
        var ranked = Recommendation.rank(data);
        assertThat(ranked.getFirst().attribute()).isEqualTo(RogersAttribute.COMPATIBILITY);
        assertThat(ranked.getFirst().text(Formats.EN)).startsWith("Compatibility: tied to overall satisfaction at least as closely");
    }

    @Test
    void too_few_responses_give_no_recommendation() {
        var data = totals(Narrative.MIN_RESPONSES - 1, new double[5], new boolean[] {true, true, true, true, true},
                3);
        assertThat(Recommendation.rank(data)).isEmpty();
    }

    @Test
    void numbers_compared_in_a_sentence_never_look_equal() {
        assertThat(Recommendation.pair(0.5112, 0.5138, Formats.ID)).containsExactly("0,511", "0,514");
        assertThat(Recommendation.pair(3.81, 3.27, Formats.ID)).containsExactly("3,81", "3,27");
        assertThat(Recommendation.pair(0.5, 0.5, Formats.ID)).containsExactly("0,50", "0,50");
        assertThat(Recommendation.pair(0.5112, 0.5138, Formats.EN)).containsExactly("0.511", "0.514");
        assertThat(Recommendation.pair(3.81, 3.27, Formats.EN)).containsExactly("3.81", "3.27");
    }
}
