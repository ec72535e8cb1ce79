package id.bpjs.jmo.findings;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.claim.ClaimStatistics;
import id.bpjs.jmo.dashboard.DashboardData;
import id.bpjs.jmo.ikm.IkmCalculator;
import id.bpjs.jmo.coding.ExcerptSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The findings of a period and branch: the dashboard's figures, the qualitative picture and, per attribute, the
 * narrative written from both; closed by the recommendations. {@code claimSpeed} covers both channels even when the
 * findings look at one (comparing JMO with the branch needs both). The findings page, the presentation and the exports
 * all show this one object.
 */
public record Findings(String scopeLabel, DashboardData data, ClaimStatistics.PaymentSpeed claimSpeed,
        ExcerptSummary excerpts,
        Map<RogersAttribute, AttributeFinding> attributes, List<Recommendation> recommendations,
        Optional<IkmCalculator.Result> ikm) {

    public record AttributeFinding(AttributePicture picture, ExcerptSummary.AttributeExcerpts excerpts) {

        public String narrative(Locale locale) {
            return Narrative.of(picture, locale);
        }
    }

    /**
     * The recommend score (0–10) of the period and branch, summed from the daily aggregates with the dashboard's
     * figures ({@link DashboardData#recommend()}): the page shows it without a query of its own.
     */
    public id.bpjs.jmo.survey.RecommendScore recommend() {
        return data.recommend();
    }

    public AttributeFinding of(RogersAttribute attribute) {
        return attributes.get(attribute);
    }

    public String recommendation(Recommendation recommendation, Locale locale) {
        return recommendation.text(locale);
    }
}
