package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.stats.Significance;
import java.util.Optional;

/**
 * The answers to "how likely are you to recommend JMO / this service" (0–10) over a filter, grouped the usual way
 * of the Net Promoter Score (Reichheld 2003): promoters 9–10, passives 7–8, detractors 0–6. Respondents who left
 * the optional question empty are not counted.
 *
 * @param promoters respondents who answered 9 or 10
 * @param passives respondents who answered 7 or 8
 * @param detractors respondents who answered 0 to 6
 */
public record RecommendScore(long promoters, long passives, long detractors) {

    /** The net score is shown with this many decimals: "+14,3". */
    public static final int DIGITS = 1;

    /** n: respondents who answered the question. */
    public long respondents() {
        return promoters + passives + detractors;
    }

    /** Share of promoters, 0..1; empty without respondents. */
    public Optional<Double> promoterShare() {
        return share(promoters);
    }

    public Optional<Double> passiveShare() {
        return share(passives);
    }

    public Optional<Double> detractorShare() {
        return share(detractors);
    }

    /** The net score: % promoters − % detractors, from −100 to +100 (points); empty without respondents. */
    public Optional<Double> netScore() {
        return respondents() == 0 ? Optional.empty()
                : Optional.of(100.0 * (promoters - detractors) / respondents());
    }

    /** The change of the net score against {@code before}, in points; empty when either has no respondents. */
    public Optional<Double> changeFrom(RecommendScore before) {
        return netScore().flatMap(now -> before.netScore().map(then -> now - then));
    }

    /**
     * Each respondent as +1 (promoter), 0 (passive) or −1 (detractor): n, Σx = promoters − detractors and
     * Σx² = promoters + detractors. Their mean × 100 is the net score, so Welch's t on these moments tests the net
     * score itself.
     */
    public Significance.Moments moments() {
        return new Significance.Moments(respondents(), promoters - detractors, promoters + detractors);
    }

    private Optional<Double> share(long count) {
        return respondents() == 0 ? Optional.empty() : Optional.of(count / (double) respondents());
    }
}
