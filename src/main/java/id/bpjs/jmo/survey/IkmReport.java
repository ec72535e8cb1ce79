package id.bpjs.jmo.survey;

import id.bpjs.jmo.ikm.IkmCalculator;
import id.bpjs.jmo.ikm.WeightConvention;
import java.util.List;
import java.util.Optional;

/**
 * The IKM report of Permen PANRB 14/2017 for a period and branch (or all): the index with its elements, the number of
 * respondents against the minimum sample, and the index per respondent group.
 */
public record IkmReport(Optional<IkmCalculator.Result> result, long respondents, long population, long minimumSample,
        WeightConvention convention, List<Breakdown> breakdowns) {

    /** One respondent group (e.g. gender = P) with its own index. */
    public record Group(String key, long respondents, Optional<IkmCalculator.Result> result) {
    }

    /** The groups of one profile dimension: gender, age band, education or occupation. */
    public record Breakdown(String dimension, List<Group> groups) {
    }

    public boolean sampleSufficient() {
        return respondents >= minimumSample;
    }
}
