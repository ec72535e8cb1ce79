package id.bpjs.jmo.ikm;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.WeightConvention;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The IKM report of Permen PANRB 14/2017 for a period and branch (or all): the index with its elements, the number of
 * respondents against the minimum sample, the index per respondent group, the period before for comparison, and what
 * the publication needs besides the figures (unit, follow-up plan, who signs).
 */
public record IkmReport(Optional<IkmCalculator.Result> result, long respondents, long population, long minimumSample,
        WeightConvention convention, List<Breakdown> breakdowns, DateRange period, Comparison previous,
        Publication publication) {

    /**
     * Fewest respondents for which a group's index is given a grade (mutu A–D). Permen PANRB 14/2017 sets the sample
     * only for the whole unit (Krejcie–Morgan); a group of a dozen people gets an index whose 95 % interval spans
     * several grades, so below this size the report shows the index without a grade and says why. 30 is the usual
     * minimum for a mean to be read with the normal approximation.
     */
    public static final int MIN_GROUP_RESPONDENTS = 30;

    /** One respondent group (e.g. gender = P) with its own index. */
    public record Group(String key, long respondents, Optional<IkmCalculator.Result> result) {

        /**
         * Whether the group's index may be read with its grade: at least {@link #MIN_GROUP_RESPONDENTS} respondents
         * and an index at all. A group below that shows its index with a small-sample note instead of a grade.
         */
        public boolean gradable() {
            return result.isPresent() && respondents >= MIN_GROUP_RESPONDENTS;
        }

        /** The grade when {@link #gradable()}; empty otherwise. */
        public Optional<IkmGrade> grade() {
            return gradable() ? result.map(IkmCalculator.Result::grade) : Optional.empty();
        }
    }

    /** The groups of one profile dimension: gender, age band, education or occupation. */
    public record Breakdown(String dimension, List<Group> groups) {
    }

    /** The period before (the previous semester for a semester) with its index, same branch and weight. */
    public record Comparison(DateRange period, long respondents, Optional<IkmCalculator.Result> result) {
    }

    /**
     * The unit as the publication names it, the place and the head who sign (a single branch only: the branch's name
     * and its head; both null for all branches or when not entered), and the follow-up plan (empty when none).
     */
    public record Publication(@Nullable String branchCode, @Nullable String branchName, @Nullable String headName,
            String followUpPlan) {
    }

    public boolean sampleSufficient() {
        return respondents >= minimumSample;
    }
}
