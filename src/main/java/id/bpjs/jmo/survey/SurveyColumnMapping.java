package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.TableFile;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which column of a survey file holds which field ({@link SurveyImport#FIELDS}): the mapping a person used last time
 * (table {@code import_mapping}, per user, matched by column position and title so one of nine identically titled
 * Google Forms columns is found again), completed by guesses from words in the column titles (Indonesian first) and
 * from the nine repeated questions of a form with one section per IKM unsur.
 */
@Service
public class SurveyColumnMapping {

    static final String KIND = "survey";
    /** Column titles kept in the remembered mapping (Google Forms titles are whole questions; the table holds 4000). */
    private static final int REMEMBERED_TITLE_CHARS = 100;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    SurveyColumnMapping(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /**
     * The mapping this user used last time (matched by column position and title, so one of nine identical titles
     * is found again), completed by guesses from the column titles; field → column label of {@code table}.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Map<String, String> suggest(TableFile table) {
        var titles = new ArrayList<String>();
        var positions = new ArrayList<Integer>();
        for (var label : table.columns()) {
            positions.add(table.column(label));
            titles.add(table.titles().get(table.column(label)));
        }
        return suggest(table.columns(), titles, positions);
    }

    private Map<String, String> suggest(List<String> columns, List<String> titles, List<Integer> positions) {
        var mapping = new LinkedHashMap<String, String>();
        var remembered = jdbc.query("select mapping from import_mapping where username = ? and kind = ?",
                (rs, row) -> rs.getString(1), currentUser.require().username(), KIND);
        if (!remembered.isEmpty()) {
            for (var line : remembered.getFirst().split("\n")) {
                var parts = line.split("\t", 3);
                var column = parts.length == 2 ? rememberedColumn(columns, titles, positions, -1, parts[1])
                        : parts.length == 3 && parts[1].matches("#\\d{1,4}") ? rememberedColumn(columns, titles,
                                positions, Integer.parseInt(parts[1].substring(1)), parts[2]) : null;
                if (column != null) {
                    mapping.put(parts[0], column);
                }
            }
        }
        // guesses from words in the column names, most specific fields first ("Kemudahan diamati" is observability,
        // not complexity); each column is used once
        var used = new HashSet<>(mapping.values());
        for (var field : GUESS_ORDER) {
            if (mapping.containsKey(field)) {
                continue;
            }
            var aliases = ALIASES.getOrDefault(field, List.of(field));
            columns.stream().filter(c -> !used.contains(c))
                    .filter(c -> aliases.stream().anyMatch(a -> normalize(c).equals(normalize(a))))
                    .findFirst()
                    .or(() -> columns.stream().filter(c -> !used.contains(c))
                            .filter(c -> aliases.stream().anyMatch(a -> normalize(c).contains(normalize(a))))
                            .findFirst())
                    .ifPresent(c -> {
                        mapping.put(field, c);
                        used.add(c);
                    });
        }
        guessRepeatedElementQuestion(mapping, columns, titles, used);
        return mapping;
    }

    /**
     * One Google Forms section per IKM element repeats the same question nine times, in element order: when no U is
     * mapped yet and exactly one title occurs exactly nine times, its columns are guessed as U1..U9, one each.
     */
    private static void guessRepeatedElementQuestion(Map<String, String> mapping, List<String> columns,
            List<String> titles, Set<String> used) {
        if (IntStream.rangeClosed(1, 9).anyMatch(u -> mapping.containsKey("u" + u))) {
            return;
        }
        var byTitle = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < columns.size(); i++) {
            if (!used.contains(columns.get(i)) && !titles.get(i).isBlank()) {
                byTitle.computeIfAbsent(titles.get(i).toLowerCase(Locale.ROOT), t -> new ArrayList<>())
                        .add(columns.get(i));
            }
        }
        var nines = byTitle.values().stream().filter(c -> c.size() == 9).toList();
        if (nines.size() == 1) {
            for (int u = 0; u < 9; u++) {
                mapping.put("u" + (u + 1), nines.getFirst().get(u));
                used.add(nines.getFirst().get(u));
            }
        }
    }

    /** The label of the remembered column: same position and title, else the only column with that title. */
    private static @Nullable String rememberedColumn(List<String> labels, List<String> titles,
            List<Integer> positions, int position, String title) {
        for (int i = 0; i < labels.size(); i++) {
            if (positions.get(i) == position && shortTitle(titles.get(i)).equals(title)) {
                return labels.get(i);
            }
        }
        String found = null;
        for (int i = 0; i < labels.size(); i++) {
            if (shortTitle(titles.get(i)).equals(title) || labels.get(i).equals(title)) {
                if (found != null) {
                    return null;
                }
                found = labels.get(i);
            }
        }
        return found;
    }

    private static String shortTitle(String title) {
        var oneLine = title.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() > REMEMBERED_TITLE_CHARS ? oneLine.substring(0, REMEMBERED_TITLE_CHARS) : oneLine;
    }

    /** Words that name each field in forms people build (Indonesian first), matched without case and spaces. */
    static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("submittedAt", List.of("timestamp", "cap waktu", "waktu", "tanggal", "submitted")),
            Map.entry("branch", List.of("kode cabang", "cabang", "kantor", "branch")),
            Map.entry("channel", List.of("kanal", "dilayani", "melalui", "channel")),
            Map.entry("gender", List.of("jenis kelamin", "jk", "kelamin", "gender")),
            Map.entry("age", List.of("usia", "umur", "age")),
            Map.entry("education", List.of("pendidikan", "education")),
            Map.entry("occupation", List.of("pekerjaan", "occupation")),
            Map.entry("usesJmo", List.of("pakai jmo", "memakai jmo", "menggunakan jmo", "uses jmo")),
            Map.entry("scoreRelativeAdvantage", List.of("keuntungan", "relative")),
            Map.entry("scoreCompatibility", List.of("kesesuaian", "compatib")),
            Map.entry("scoreObservability", List.of("diamati", "observ")),
            Map.entry("scoreTrialability", List.of("dicoba", "trial")),
            Map.entry("scoreComplexity", List.of("kerumitan", "kemudahan", "mudah digunakan", "complex")),
            Map.entry("overallSatisfaction", List.of("kepuasan keseluruhan", "puas", "kepuasan", "overall")),
            Map.entry("recommendScore", List.of("rekomendasi", "menyarankan", "recommend")),
            Map.entry("u1", List.of("u1", "p1", "unsur 1")), Map.entry("u2", List.of("u2", "p2", "unsur 2")),
            Map.entry("u3", List.of("u3", "p3", "unsur 3")), Map.entry("u4", List.of("u4", "p4", "unsur 4")),
            Map.entry("u5", List.of("u5", "p5", "unsur 5")), Map.entry("u6", List.of("u6", "p6", "unsur 6")),
            Map.entry("u7", List.of("u7", "p7", "unsur 7")), Map.entry("u8", List.of("u8", "p8", "unsur 8")),
            Map.entry("u9", List.of("u9", "p9", "unsur 9")),
            Map.entry("comment", List.of("saran", "komentar", "comment")));
    static final List<String> GUESS_ORDER = List.of("submittedAt", "branch", "channel", "gender", "age", "education",
            "occupation", "usesJmo", "scoreRelativeAdvantage", "scoreCompatibility", "scoreObservability",
            "scoreTrialability", "scoreComplexity", "recommendScore", "overallSatisfaction", "u1", "u2", "u3", "u4",
            "u5", "u6", "u7", "u8", "u9", "comment");

    /**
     * The mapping by column position and title ("#3\t&lt;title&gt;") instead of label, as it is remembered: the
     * next file from the same form finds one of several identically titled columns again.
     */
    Map<String, String> positional(TableFile table, Map<String, String> mapping) {
        var positional = new LinkedHashMap<String, String>();
        mapping.forEach((field, label) -> {
            int column = table.column(label);
            positional.put(field, column < 0 ? label : "#" + column + "\t" + shortTitle(table.titles().get(column)));
        });
        return positional;
    }

    /**
     * Remembers {@code mapping} (field → column label, or the positional form of {@link #positional}) as this user's
     * mapping for survey files; called by the import when it stores, in its transaction.
     */
    void remember(Map<String, String> mapping) {
        var text = new StringBuilder();
        mapping.forEach((field, column) -> text.append(field).append('\t').append(column).append('\n'));
        var user = currentUser.require().username();
        jdbc.update("delete from import_mapping where username = ? and kind = ?", user, KIND);
        jdbc.update("insert into import_mapping (username, kind, mapping) values (?, ?, ?)", user, KIND,
                text.length() > 4000 ? text.substring(0, 4000) : text.toString());
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
