package id.bpjs.jmo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.RogersAttribute;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The lexicon shipped in the migrations suggests what the study's categories say. */
@SpringBootTest
@ActiveProfiles("test")
class KeywordRulesTest {

    @Autowired
    KeywordRules rules;

    @Test
    void app_errors_point_to_compatibility_and_name_the_words() {
        var suggestion = rules.suggest("Aplikasi force close terus, muncul eror", RogersAttribute.TRIALABILITY);
        assertThat(suggestion.attribute()).isEqualTo(RogersAttribute.COMPATIBILITY);
        assertThat(suggestion.matched()).contains("force close", "eror");
        assertThat(suggestion.sentiment()).isEqualTo(KeywordRule.Sentiment.NEGATIVE);
    }

    @Test
    void difficulty_points_to_complexity() {
        var suggestion = rules.suggest("Ribet dan BINGUNG cara klaimnya", RogersAttribute.COMPATIBILITY);
        assertThat(suggestion.attribute()).isEqualTo(RogersAttribute.COMPLEXITY);
        assertThat(suggestion.sentiment()).isEqualTo(KeywordRule.Sentiment.NEGATIVE);
    }

    @Test
    void speed_and_convenience_point_to_relative_advantage() {
        var suggestion = rules.suggest("Klaimnya cepat dan praktis", RogersAttribute.COMPLEXITY);
        assertThat(suggestion.attribute()).isEqualTo(RogersAttribute.RELATIVE_ADVANTAGE);
        assertThat(suggestion.sentiment()).isEqualTo(KeywordRule.Sentiment.POSITIVE);
    }

    @Test
    void keywords_match_whole_words_only_and_otherwise_the_fallback_is_kept() {
        var suggestion = rules.suggest("Pelayanan terorganisir dengan baik", RogersAttribute.OBSERVABILITY);
        assertThat(suggestion.matched()).isEmpty();
        assertThat(suggestion.fromKeywords()).isFalse();
        assertThat(suggestion.attribute()).isEqualTo(RogersAttribute.OBSERVABILITY);
        assertThat(suggestion.sentiment()).isNull();
    }

    @Test
    void mixed_feelings_are_reported_as_mixed() {
        var suggestion = rules.suggest("Cepat, tapi aplikasinya sering eror", RogersAttribute.COMPATIBILITY);
        assertThat(suggestion.sentiment()).isEqualTo(KeywordRule.Sentiment.MIXED);
    }
}
