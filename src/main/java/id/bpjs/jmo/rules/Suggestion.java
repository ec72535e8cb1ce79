package id.bpjs.jmo.rules;

import id.bpjs.jmo.base.domain.RogersAttribute;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the rules suggest for a text, and why: the keywords that matched. Without a matching keyword the attribute
 * comes from the fallback (e.g. the complaint category's default) and {@code matched} is empty.
 */
public record Suggestion(RogersAttribute attribute, List<String> matched, KeywordRule.@Nullable Sentiment sentiment) {

    public boolean fromKeywords() {
        return !matched.isEmpty();
    }
}
