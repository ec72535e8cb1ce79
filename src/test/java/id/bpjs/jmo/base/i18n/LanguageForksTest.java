package id.bpjs.jmo.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.testing.SourceLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One way to speak two languages (issue 14): texts come from the translation bundles, and the one decision "which of
 * the two languages does this locale mean" is {@link Formats#language}. A fork on the language in code, or a pair of
 * hard-coded words per language, fails this scan of the sources.
 */
class LanguageForksTest {

    /** Forms a language fork takes in Java source; each was in the code before issue 14. */
    private static final List<Pattern> FORKS = List.of(
            Pattern.compile("\"en\"\\s*\\.equals\\("),
            Pattern.compile("\\.equals\\(\\s*\"en\"\\s*\\)"),
            Pattern.compile("\"id\"\\s*\\.equals\\("),
            Pattern.compile("getLanguage\\(\\)\\s*==|getLanguage\\(\\)\\.equals"),
            Pattern.compile("Locale\\.ENGLISH"),
            Pattern.compile("\\b(labelId|labelEn|nameId|nameEn|descriptionId|descriptionEn)\\b"),
            Pattern.compile("\\benglish\\s*\\?"),
            Pattern.compile("\\bisEnglish\\([^)]*\\)\\s*\\?\\s*\""));

    /** The one place that maps a locale to a language. */
    private static final Path ALLOWED = Path.of("src/main/java/id/bpjs/jmo/base/i18n/Formats.java");

    static List<String> forksIn(Path root) throws IOException {
        return SourceLines.matching(root, ALLOWED, line -> FORKS.stream().anyMatch(fork -> fork.matcher(line).find()))
                .stream().map(SourceLines.Line::toString).toList();
    }

    @Test
    void no_code_forks_on_the_language_outside_formats() throws IOException {
        assertThat(forksIn(Path.of("src/main/java"))).as("language forks; use the translation bundles and"
                + " Formats.language(locale)").isEmpty();
    }

    @Test
    void the_scan_finds_a_fork_when_one_is_written(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        var file = dir.resolve("Example.java");
        Files.writeString(file, """
                class Example {
                    String grade(java.util.Locale locale) {
                        return "en".equals(locale.getLanguage()) ? "Very good" : "Sangat baik";
                    }
                    String name(boolean english) {
                        return english ? "Complexity" : "Kerumitan";
                    }
                }
                """);
        assertThat(forksIn(dir)).hasSize(2);
    }

    @Test
    void each_language_is_one_bundle_and_formats_picks_it() {
        assertThat(Formats.language(java.util.Locale.forLanguageTag("en-GB"))).isEqualTo(Formats.EN);
        assertThat(Formats.language(java.util.Locale.forLanguageTag("id-ID"))).isEqualTo(Formats.ID);
        assertThat(Formats.language(null)).isEqualTo(Formats.ID);
        assertThat(Formats.language(java.util.Locale.forLanguageTag("fr"))).isEqualTo(Formats.ID);
    }
}
