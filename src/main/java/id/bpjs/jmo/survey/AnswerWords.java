package id.bpjs.jmo.survey;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns an answer as people write it into a score. Accepted, for a scale (see {@link AnswerScale}):
 * <ul>
 * <li>a whole number ("4", also "4.0" as spreadsheets write it); the range is checked by the entity's validation;</li>
 * <li>on an IKM scale, a letter a–d alone (the regulation's questionnaire codes a=1 … d=4);</li>
 * <li>a known word of the scale (for an element, its own words first, then the words of {@link AnswerScale#IKM});</li>
 * <li>a number or letter followed by its word ("4 - Sangat baik", "d. Sangat sesuai"): the number or letter is the
 * answer; when the word is known too, it must give the same score, else the cell is refused.</li>
 * </ul>
 * Words compare after {@link #normalize}: case, accents, spacing and punctuation do not matter. Anything else maps to
 * nothing and the caller refuses the cell. The words themselves are data ({@code answer_word}, edited by admins).
 */
public final class AnswerWords {

    /** What a cell became: its score, and whether it was written as a word (shown in the import preview). */
    public record Reading(int score, boolean word) {
    }

    /** Why a cell has no score. */
    public enum Failure {
        UNKNOWN_WORD, PREFIX_DISAGREES
    }

    /** The outcome for one cell: a reading or a failure. */
    public record Result(@Nullable Reading reading, @Nullable Failure failure) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[.,]0+)?");
    private static final Pattern PREFIXED = Pattern.compile("(\\d{1,2}|[a-eA-E])\\s*[.):\\-–—=]\\s*(\\S.*)");

    private final Map<AnswerScale, Map<String, Integer>> words;

    /** {@code words}: per scale, normalised word → score. */
    public AnswerWords(Map<AnswerScale, Map<String, Integer>> words) {
        var copy = new EnumMap<AnswerScale, Map<String, Integer>>(AnswerScale.class);
        words.forEach((scale, map) -> {
            var normalised = new HashMap<String, Integer>();
            map.forEach((word, score) -> normalised.put(normalize(word), score));
            copy.put(scale, Map.copyOf(normalised));
        });
        this.words = copy;
    }

    /** Lower case, without accents, letters and digits separated by single spaces: "Sangat  Sesuai!" → "sangat sesuai". */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** Reads a non-blank cell on the scale. */
    public Result read(AnswerScale scale, String cell) {
        var text = cell.strip();
        if (NUMBER.matcher(text).matches()) {
            return ok(Integer.parseInt(text.replaceAll("[.,]0+$", "")), false);
        }
        var letter = letter(scale, text);
        if (letter != null) {
            return ok(letter, false);
        }
        var known = word(scale, text);
        if (known != null) {
            return ok(known, true);
        }
        var prefixed = PREFIXED.matcher(text);
        if (prefixed.matches()) {
            var head = prefixed.group(1);
            Integer score = Character.isDigit(head.charAt(0)) ? Integer.valueOf(head) : letter(scale, head);
            if (score != null) {
                var named = word(scale, prefixed.group(2));
                if (named != null && !named.equals(score)) {
                    return new Result(null, Failure.PREFIX_DISAGREES);
                }
                return ok(score, true);
            }
        }
        return new Result(null, Failure.UNKNOWN_WORD);
    }

    private @Nullable Integer word(AnswerScale scale, String text) {
        var key = normalize(text);
        for (var candidate : scale.ikm() && scale != AnswerScale.IKM ? List.of(scale, AnswerScale.IKM)
                : List.of(scale)) {
            var score = words.getOrDefault(candidate, Map.of()).get(key);
            if (score != null) {
                return score;
            }
        }
        return null;
    }

    /** a=1 … d=4 on the IKM scales only (the regulation's coding); Likert items have no letters. */
    private static @Nullable Integer letter(AnswerScale scale, String text) {
        if (!scale.ikm() || text.length() != 1) {
            return null;
        }
        int index = "abcd".indexOf(Character.toLowerCase(text.charAt(0)));
        return index < 0 ? null : index + 1;
    }

    private static Result ok(int score, boolean word) {
        return new Result(new Reading(score, word), null);
    }
}
