package id.bpjs.jmo.survey;

import id.bpjs.jmo.audit.SettingsTrace;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer words of {@code answer_word} (seeded by migration V10 with the regulation's words): read by the survey
 * import, extended by admins. Every change is written to the settings trace in the same transaction, like the other
 * settings the figures depend on.
 */
@Service
@Transactional(readOnly = true)
public class AnswerWordCatalog {

    static final String TRACE_AREA = "answer-word";

    /** One stored word: {@code word} normalised ({@link AnswerWords#normalize}). */
    public record Entry(long id, AnswerScale scale, String word, int score) {
    }

    /** A word that cannot be stored; {@code key} is the translation key of the reason, {@code word} its subject. */
    public static class RefusedWord extends RuntimeException {
        private final String key;
        private final String word;

        RefusedWord(String key, String word) {
            super(key + ": " + word);
            this.key = key;
            this.word = word;
        }

        public String key() {
            return key;
        }

        public String word() {
            return word;
        }
    }

    private final JdbcTemplate jdbc;
    private final SettingsTrace trace;
    private final CurrentUser currentUser;

    AnswerWordCatalog(JdbcTemplate jdbc, SettingsTrace trace, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.trace = trace;
        this.currentUser = currentUser;
    }

    /** The words as the import reads them. */
    public AnswerWords current() {
        var words = new EnumMap<AnswerScale, Map<String, Integer>>(AnswerScale.class);
        for (var entry : list()) {
            words.computeIfAbsent(entry.scale(), s -> new HashMap<>()).put(entry.word(), entry.score());
        }
        return new AnswerWords(words);
    }

    /** Every word, by scale and score. */
    public List<Entry> list() {
        return jdbc.query("select id, scale, word, score from answer_word order by scale, score, word",
                (rs, row) -> new Entry(rs.getLong(1), AnswerScale.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getInt(4)));
    }

    /**
     * Adds a word to a scale (admins only), traced. Refused ({@link RefusedWord}): a word without letters, longer
     * than 100 characters, a bare number or letter a–e (those are read as codes), a score outside the scale, and a
     * word the scale already has.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public Entry add(AnswerScale scale, String text, int score) {
        var word = AnswerWords.normalize(text);
        if (word.isEmpty() || word.length() > 100 || word.matches("\\d+|[a-e]")) {
            throw new RefusedWord("answerWords.invalid", text);
        }
        if (score < 1 || score > scale.maxScore()) {
            throw new RefusedWord("answerWords.scoreRange", String.valueOf(scale.maxScore()));
        }
        var existing = jdbc.queryForList("select score from answer_word where scale = ? and word = ?", Integer.class,
                scale.name(), word);
        if (!existing.isEmpty()) {
            throw new RefusedWord("answerWords.duplicate", word);
        }
        jdbc.update("insert into answer_word (scale, word, score) values (?, ?, ?)", scale.name(), word, score);
        long id = jdbc.queryForObject("select id from answer_word where scale = ? and word = ?", Long.class,
                scale.name(), word);
        trace.record(currentUser.require().username(), TRACE_AREA, scale.name() + ": " + word, null,
                String.valueOf(score));
        return new Entry(id, scale, word, score);
    }

    /** Removes a word (admins only), traced; an unknown id changes nothing. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void remove(long id) {
        var entries = jdbc.query("select scale, word, score from answer_word where id = ?",
                (rs, row) -> new Entry(id, AnswerScale.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3)), id);
        if (entries.isEmpty()) {
            return;
        }
        var entry = entries.getFirst();
        jdbc.update("delete from answer_word where id = ?", id);
        trace.record(currentUser.require().username(), TRACE_AREA, entry.scale().name() + ": " + entry.word(),
                String.valueOf(entry.score()), null);
    }
}
