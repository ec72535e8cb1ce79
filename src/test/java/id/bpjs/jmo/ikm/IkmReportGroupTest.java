package id.bpjs.jmo.ikm;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.WeightConvention;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A respondent group's index is graded only when the group is large enough to be read. */
class IkmReportGroupTest {

    private static IkmReport.Group group(long respondents) {
        long[] sums = new long[IkmCalculator.ELEMENTS];
        Arrays.fill(sums, 3 * respondents); // every answer 3: IKM 75,00, grade C
        return new IkmReport.Group("P", respondents,
                IkmCalculator.fromSums(respondents, sums, WeightConvention.EXACT_NINTH));
    }

    @Test
    void a_group_below_the_minimum_keeps_its_index_but_gets_no_grade() {
        var small = group(IkmReport.MIN_GROUP_RESPONDENTS - 1);
        assertThat(small.result()).isPresent();
        assertThat(small.gradable()).isFalse();
        assertThat(small.grade()).isEmpty();
    }

    @Test
    void a_group_at_the_minimum_is_graded_by_the_regulation_table() {
        var enough = group(IkmReport.MIN_GROUP_RESPONDENTS);
        assertThat(enough.gradable()).isTrue();
        assertThat(enough.grade()).contains(IkmGrade.C);
    }

    @Test
    void a_group_without_answers_is_neither_indexed_nor_graded() {
        var none = new IkmReport.Group("L", 0, Optional.empty());
        assertThat(none.gradable()).isFalse();
        assertThat(none.grade()).isEmpty();
    }
}
