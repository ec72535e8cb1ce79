package id.bpjs.jmo.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import pages' row counts go to the bundles as numbers: English says "1 row" and "1,234 rows", Indonesian (no
 * plural) "1.234 baris", each in the page's number format. Read the way the views read them (Vaadin's provider, which
 * hands the page's locale to MessageFormat) and the way the files outside a UI do ({@link Translations}).
 */
class CountMessagesTest {

    private final DefaultI18NProvider provider = new DefaultI18NProvider(List.of(Formats.ID, Formats.EN));

    @Test
    void english_says_one_row_and_groups_thousands_with_a_comma() {
        assertThat(provider.getTranslation("import.store", Formats.EN, 1)).isEqualTo("Import 1 row");
        assertThat(provider.getTranslation("import.store", Formats.EN, 1234)).isEqualTo("Import 1,234 rows");
        assertThat(provider.getTranslation("import.store", Formats.EN, 0)).isEqualTo("Import 0 rows");
        assertThat(provider.getTranslation("import.ready", Formats.EN, "a.csv", 1))
                .startsWith("a.csv: 1 row ready to import.");
        assertThat(provider.getTranslation("import.progress", Formats.EN, 1000, 1234)).isEqualTo("1,000 of 1,234 rows");
        assertThat(provider.getTranslation("surveyImport.loaded", Formats.EN, "b.xlsx", 1234))
                .startsWith("b.xlsx: 1,234 rows.");
        assertThat(provider.getTranslation("surveyImport.ready", Formats.EN, 1)).isEqualTo("1 row ready to import.");
        assertThat(provider.getTranslation("surveyImport.alreadyStored", Formats.EN, 1, 1234)).isEqualTo(
                "1 row was already stored before and will be skipped; 1,234 new rows ready to import.");
        assertThat(provider.getTranslation("surveyImport.repeatedInFile", Formats.EN, 1))
                .startsWith("1 row repeats another row");
        assertThat(provider.getTranslation("surveyImport.nothingNew", Formats.EN, 1234))
                .isEqualTo("Nothing new to import: all 1,234 rows were already stored before.");
        assertThat(Translations.get(Formats.EN, "surveyImport.ready", 1234)).isEqualTo("1,234 rows ready to import.");
        assertThat(provider.getTranslation("import.done", Formats.EN, 1)).isEqualTo("1 complaint imported.");
        assertThat(provider.getTranslation("surveyImport.done", Formats.EN, 1234))
                .isEqualTo("1,234 responses imported.");
        assertThat(provider.getTranslation("surveyImport.rejected", Formats.EN, 1)).startsWith("1 problem found.");
        assertThat(provider.getTranslation("import.readAs", Formats.EN, "CSV", 1))
                .isEqualTo("Read as CSV; 1 blank row skipped.");
    }

    @Test
    void indonesian_has_no_plural_and_groups_thousands_with_a_dot() {
        assertThat(provider.getTranslation("import.store", Formats.ID, 1)).isEqualTo("Impor 1 baris");
        assertThat(provider.getTranslation("import.store", Formats.ID, 1234)).isEqualTo("Impor 1.234 baris");
        assertThat(provider.getTranslation("import.progress", Formats.ID, 1000, 1234))
                .isEqualTo("1.000 dari 1.234 baris");
        assertThat(provider.getTranslation("surveyImport.alreadyStored", Formats.ID, 1, 1234))
                .startsWith("1 baris sudah tersimpan").contains("1.234 baris baru");
        assertThat(Translations.get(Formats.ID, "surveyImport.ready", 1234)).isEqualTo("1.234 baris siap diimpor.");
        assertThat(provider.getTranslation("import.done", Formats.ID, 1234))
                .isEqualTo("1.234 pengaduan berhasil diimpor.");
    }
}
