package id.bpjs.jmo.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One way to speak two languages (issue 14): every text exists in Bahasa Indonesia and in English. */
class TranslationKeysTest {

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = TranslationKeysTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_key_exists_in_both_languages() throws IOException {
        var indonesian = new TreeSet<>(bundle("translations_id.properties").stringPropertyNames());
        var english = new TreeSet<>(bundle("translations_en.properties").stringPropertyNames());
        var onlyIndonesian = new TreeSet<>(indonesian);
        onlyIndonesian.removeAll(english);
        var onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(indonesian);
        assertThat(onlyIndonesian).as("keys without an English text").isEmpty();
        assertThat(onlyEnglish).as("keys without an Indonesian text").isEmpty();
    }

    @Test
    void both_languages_use_the_same_placeholders_for_each_key() throws IOException {
        var indonesian = bundle("translations_id.properties");
        var english = bundle("translations_en.properties");
        var placeholder = Pattern.compile("\\{(\\d+)[^}]*}");
        var mismatched = new TreeSet<String>();
        for (var key : indonesian.stringPropertyNames()) {
            var other = english.getProperty(key);
            if (other == null) {
                continue;
            }
            var a = new TreeSet<String>();
            placeholder.matcher(indonesian.getProperty(key)).results().forEach(m -> a.add(m.group(1)));
            var b = new TreeSet<String>();
            placeholder.matcher(other).results().forEach(m -> b.add(m.group(1)));
            if (!a.equals(b)) {
                mismatched.add(key + " id" + a + " en" + b);
            }
        }
        assertThat(mismatched).as("keys whose placeholders differ between the languages").isEmpty();
    }

    @Test
    void no_text_is_empty() throws IOException {
        for (var name : new String[] {"translations_id.properties", "translations_en.properties"}) {
            var bundle = bundle(name);
            var empty = new TreeSet<String>();
            bundle.stringPropertyNames().stream().filter(k -> bundle.getProperty(k).isBlank()).forEach(empty::add);
            assertThat(empty).as("empty texts in %s", name).isEmpty();
        }
    }
}
