package id.bpjs.jmo.coding;

import id.bpjs.jmo.base.domain.RogersAttribute;
import java.util.List;
import java.util.Map;

/**
 * The qualitative picture of a period: per attribute the excerpts by sentiment, the most frequent tags and a few
 * representative quotes; and how often people kept what the keyword rules suggested.
 */
public record ExcerptSummary(Map<RogersAttribute, AttributeExcerpts> perAttribute, long suggested,
        long attributeAccepted, long sentimentSuggested, long sentimentAccepted) {

    public record TagCount(String tag, long count) {
    }

    public record Quote(String text, String informantCode, InformantRole role, SourceType source, Sentiment sentiment) {
    }

    public record AttributeExcerpts(long total, long positive, long negative, long neutral, long mixed,
            List<TagCount> topTags, List<Quote> quotes) {

        public static final AttributeExcerpts NONE = new AttributeExcerpts(0, 0, 0, 0, 0, List.of(), List.of());
    }

    public AttributeExcerpts of(RogersAttribute attribute) {
        return perAttribute.getOrDefault(attribute, AttributeExcerpts.NONE);
    }

    public long total() {
        return perAttribute.values().stream().mapToLong(AttributeExcerpts::total).sum();
    }

    /** Share of coded excerpts (with a keyword suggestion) whose suggested attribute was kept; NaN without any. */
    public double attributeAcceptance() {
        return suggested == 0 ? Double.NaN : attributeAccepted / (double) suggested;
    }

    public double sentimentAcceptance() {
        return sentimentSuggested == 0 ? Double.NaN : sentimentAccepted / (double) sentimentSuggested;
    }
}
