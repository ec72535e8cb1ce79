package id.bpjs.jmo.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers as people write them become scores; what maps to nothing is refused. */
class AnswerWordsTest {

    private final AnswerWords words = new AnswerWords(Map.of(
            AnswerScale.U1, Map.of("Tidak sesuai", 1, "Kurang sesuai", 2, "Sesuai", 3, "Sangat sesuai", 4),
            AnswerScale.U4, Map.of("Sangat mahal", 1, "Cukup mahal", 2, "Murah", 3, "Gratis", 4),
            AnswerScale.U8, Map.of("Buruk", 1, "Cukup", 2, "Baik", 3, "Sangat baik", 4),
            AnswerScale.U9, Map.of("Tidak ada", 1, "Ada tetapi tidak berfungsi", 2, "Berfungsi kurang maksimal", 3,
                    "Dikelola dengan baik", 4),
            AnswerScale.IKM, Map.of("Tidak baik", 1, "Kurang baik", 2, "Baik", 3, "Sangat baik", 4),
            AnswerScale.LIKERT5, Map.of("Sangat tidak puas", 1, "Tidak puas", 2, "Netral", 3, "Puas", 4,
                    "Sangat puas", 5, "Sangat setuju", 5)));

    private Integer score(AnswerScale scale, String cell) {
        var reading = words.read(scale, cell).reading();
        return reading == null ? null : reading.score();
    }

    @Test
    void the_regulations_words_of_an_element_give_its_scores() {
        assertThat(score(AnswerScale.U4, "Sangat mahal")).isEqualTo(1);
        assertThat(score(AnswerScale.U4, "Cukup mahal")).isEqualTo(2);
        assertThat(score(AnswerScale.U4, "Murah")).isEqualTo(3);
        assertThat(score(AnswerScale.U4, "Gratis")).isEqualTo(4);
        assertThat(score(AnswerScale.U9, "Ada tetapi tidak berfungsi")).isEqualTo(2);
    }

    @Test
    void case_spacing_and_punctuation_do_not_matter() {
        assertThat(score(AnswerScale.U1, "  SANGAT   sesuai. ")).isEqualTo(4);
        assertThat(score(AnswerScale.U9, "ada, tetapi TIDAK berfungsi!")).isEqualTo(2);
        assertThat(AnswerWords.normalize("  Sangat  Sésuai!! ")).isEqualTo("sangat sesuai");
    }

    @Test
    void letters_a_to_d_are_the_regulations_codes_on_ikm_elements_only() {
        assertThat(score(AnswerScale.U1, "a")).isEqualTo(1);
        assertThat(score(AnswerScale.U1, "D")).isEqualTo(4);
        assertThat(words.read(AnswerScale.LIKERT5, "d").failure()).isEqualTo(AnswerWords.Failure.UNKNOWN_WORD);
    }

    @Test
    void a_number_or_letter_with_its_word_reads_the_code_and_checks_the_word() {
        assertThat(score(AnswerScale.U8, "4 - Sangat baik")).isEqualTo(4);
        assertThat(score(AnswerScale.U1, "d. Sangat sesuai")).isEqualTo(4);
        assertThat(score(AnswerScale.U1, "b) Kurang sesuai")).isEqualTo(2);
        assertThat(words.read(AnswerScale.U1, "d. Sangat sesuai").reading().word()).isTrue();
        assertThat(words.read(AnswerScale.U1, "a. Sangat sesuai").failure())
                .isEqualTo(AnswerWords.Failure.PREFIX_DISAGREES);
    }

    @Test
    void an_elements_own_words_come_before_the_words_of_all_elements() {
        // "Baik" is 3 for every element; "Cukup" exists only for U8
        assertThat(score(AnswerScale.U2, "Baik")).isEqualTo(3);
        assertThat(score(AnswerScale.U8, "Cukup")).isEqualTo(2);
        assertThat(words.read(AnswerScale.U2, "Cukup").failure()).isEqualTo(AnswerWords.Failure.UNKNOWN_WORD);
    }

    @Test
    void likert_words_give_one_to_five() {
        assertThat(score(AnswerScale.LIKERT5, "Sangat tidak puas")).isEqualTo(1);
        assertThat(score(AnswerScale.LIKERT5, "sangat puas")).isEqualTo(5);
        assertThat(score(AnswerScale.LIKERT5, "Sangat Setuju")).isEqualTo(5);
    }

    @Test
    void numbers_are_read_as_numbers_and_marked_as_no_word() {
        assertThat(words.read(AnswerScale.LIKERT5, "4").reading()).isEqualTo(new AnswerWords.Reading(4, false));
        assertThat(words.read(AnswerScale.U3, "3.0").reading()).isEqualTo(new AnswerWords.Reading(3, false));
        assertThat(words.read(AnswerScale.U1, "Sesuai").reading()).isEqualTo(new AnswerWords.Reading(3, true));
    }

    @Test
    void a_word_that_maps_to_nothing_is_refused() {
        assertThat(words.read(AnswerScale.U1, "Lumayan").failure()).isEqualTo(AnswerWords.Failure.UNKNOWN_WORD);
        assertThat(words.read(AnswerScale.LIKERT5, "Agak puas").reading()).isNull();
    }
}
