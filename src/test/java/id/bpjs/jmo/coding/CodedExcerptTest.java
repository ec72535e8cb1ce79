package id.bpjs.jmo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.RogersAttribute;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the coding page reads from an excerpt: whether the suggestion was kept, tags as typed and as stored. */
class CodedExcerptTest {

    private static CodedExcerpt coded(RogersAttribute attribute, Sentiment sentiment,
            RogersAttribute suggestedAttribute, Sentiment suggestedSentiment) {
        var note = new CodedExcerpt();
        note.setAttribute(attribute);
        note.setSentiment(sentiment);
        note.setSuggestedAttribute(suggestedAttribute);
        note.setSuggestedSentiment(suggestedSentiment);
        return note;
    }

    @Test
    void a_suggestion_counts_as_kept_only_when_neither_its_attribute_nor_its_tone_was_changed() {
        var c = RogersAttribute.COMPLEXITY;
        var t = RogersAttribute.TRIALABILITY;
        assertThat(coded(c, Sentiment.NEGATIVE, null, null).suggestionKept()).isNull();
        assertThat(coded(c, Sentiment.NEGATIVE, c, Sentiment.NEGATIVE).suggestionKept()).isTrue();
        // a suggestion without a tone: the attribute decides
        assertThat(coded(c, Sentiment.NEGATIVE, c, null).suggestionKept()).isTrue();
        assertThat(coded(c, Sentiment.POSITIVE, c, Sentiment.NEGATIVE).suggestionKept()).isFalse();
        assertThat(coded(t, Sentiment.NEGATIVE, c, Sentiment.NEGATIVE).suggestionKept()).isFalse();
    }

    @Test
    void tags_are_stored_lower_case_comma_separated_and_read_back_without_blanks_or_repeats() {
        assertThat(CodedExcerpt.typedTag("  Force Close ")).isEqualTo("force close");
        assertThat(CodedExcerpt.typedTag("eror,klaim")).isEqualTo("eror klaim");
        assertThat(CodedExcerpt.typedTag("   ")).isEmpty();
        assertThat(CodedExcerpt.joinTags(List.of("eror", "force close"))).isEqualTo("eror,force close");
        assertThat(CodedExcerpt.joinTags(Set.of())).isNull();
        assertThat(CodedExcerpt.tagList(" Eror, klaim ,, eror ")).containsExactly("eror", "klaim");
        assertThat(CodedExcerpt.tagList(null)).isEmpty();
    }

    @Test
    void survey_comments_and_complaints_come_from_the_queue_only() {
        assertThat(List.of(SourceType.values())).filteredOn(SourceType::fromQueueOnly)
                .containsExactlyInAnyOrder(SourceType.SURVEY, SourceType.COMPLAINT);
    }
}
