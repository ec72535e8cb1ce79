package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.ImportTimestamps;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.domain.TableFile;
import id.bpjs.jmo.base.domain.TableLimits;
import id.bpjs.jmo.base.domain.TableReader;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of survey responses from other tools' exports (e.g. a Google Forms sheet as CSV or XLSX). People map the
 * file's columns to the fields once; the mapping is remembered per user. Every row is checked first, and a file with
 * any error imports nothing. Rows go in by JDBC batches and the daily aggregates of the touched days are rebuilt,
 * all in one transaction.
 */
@Service
public class SurveyImport {

    /** The fields a column can be mapped to, in form order; those in {@link #REQUIRED} must be mapped. */
    public static final List<String> FIELDS = List.of("submittedAt", "branch", "channel", "gender", "age", "education",
            "occupation", "usesJmo", "scoreRelativeAdvantage", "scoreCompatibility", "scoreComplexity",
            "scoreTrialability", "scoreObservability", "overallSatisfaction", "recommendScore", "u1", "u2", "u3", "u4",
            "u5", "u6", "u7", "u8", "u9", "comment");
    public static final List<String> REQUIRED = FIELDS.subList(0, 14);
    public static final int MAX_ROWS = 200_000;
    /** 200,000 Google Forms rows with comments stay under 32 MB; a larger upload is refused before it is read. */
    public static final TableLimits LIMITS = new TableLimits(32L * 1024 * 1024, TableLimits.DEFAULT_MAX_COLUMNS,
            MAX_ROWS, TableLimits.DEFAULT_MAX_CELL_CHARS);
    static final String KIND = "survey";
    /** Column titles kept in the remembered mapping (Google Forms titles are whole questions; the table holds 4000). */
    private static final int REMEMBERED_TITLE_CHARS = 100;

    public record RowError(int row, String field, String reason) {
    }

    public record Parsed(List<SurveyResponse> rows, List<RowError> errors) {

        public boolean importable() {
            return errors.isEmpty() && !rows.isEmpty();
        }
    }

    private final BranchService branches;
    private final SurveyAggregates aggregates;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final JdbcTemplate jdbc;

    SurveyImport(BranchService branches, SurveyAggregates aggregates, CurrentUser currentUser, Validator validator,
            JdbcTemplate jdbc) {
        this.branches = branches;
        this.aggregates = aggregates;
        this.currentUser = currentUser;
        this.validator = validator;
        this.jdbc = jdbc;
    }

    /**
     * Reads an upload within {@link #LIMITS}.
     *
     * @throws id.bpjs.jmo.base.domain.TableReadException a refused file, with the key of its message
     */
    public TableFile read(String fileName, byte[] content) {
        return TableReader.read(fileName, content, LIMITS);
    }

    /** As {@link #read(String, byte[])} with the charset the person chose for a CSV the detection refused. */
    public TableFile read(String fileName, byte[] content, java.nio.charset.Charset charset) {
        return TableReader.read(fileName, content, LIMITS, charset);
    }

    /** As {@link #suggestMapping(TableFile)} for a file whose column labels are its titles. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Map<String, String> suggestMapping(List<String> columns) {
        return suggest(columns, columns, java.util.stream.IntStream.range(0, columns.size()).boxed().toList());
    }

    /**
     * The mapping this user used last time (matched by column position and title, so one of nine identical titles
     * is found again), completed by guesses from the column titles; field → column label of {@code table}.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Map<String, String> suggestMapping(TableFile table) {
        var titles = new java.util.ArrayList<String>();
        var positions = new java.util.ArrayList<Integer>();
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
        var used = new java.util.HashSet<>(mapping.values());
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
            List<String> titles, java.util.Set<String> used) {
        if (java.util.stream.IntStream.rangeClosed(1, 9).anyMatch(u -> mapping.containsKey("u" + u))) {
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
    private static @org.jspecify.annotations.Nullable String rememberedColumn(List<String> labels, List<String> titles,
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

    /** Checks every row against the mapping; stores nothing. Times in WIB, day/month order from the column. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Parsed check(TableFile table, Map<String, String> mapping, Locale locale) {
        return check(table, mapping, locale, ImportTimestamps.DateOrder.AUTO, ImportTimestamps.DEFAULT_ZONE);
    }

    /**
     * Checks every row against the mapping (field → column label of {@code table}); stores nothing.
     *
     * @param dateOrder how {@code a/b/yyyy} times are read (AUTO: from the column, refusing undecidable values)
     * @param zone the branch's zone: times with an offset are converted to its wall time
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Parsed check(TableFile table, Map<String, String> mapping, Locale locale,
            ImportTimestamps.DateOrder dateOrder, ZoneId zone) {
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return checkIn(table, mapping, "en".equals(locale.getLanguage()), locale, dateOrder, zone);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private Parsed checkIn(TableFile table, Map<String, String> mapping, boolean english, Locale locale,
            ImportTimestamps.DateOrder dateOrder, ZoneId zone) {
        var errors = new ArrayList<RowError>();
        var missing = REQUIRED.stream().filter(f -> !mapping.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            errors.add(new RowError(0, String.join(", ", missing), english ? "Map these fields to a column."
                    : "Pasangkan isian ini dengan sebuah kolom."));
            return new Parsed(List.of(), errors);
        }
        if (table.size() > MAX_ROWS) {
            errors.add(new RowError(0, "", (english ? "At most %d rows." : "Maksimal %d baris.").formatted(MAX_ROWS)));
            return new Parsed(List.of(), errors);
        }
        // columns by position: two fields read one column only when the person mapped both to it
        var columnOf = new HashMap<String, Integer>();
        mapping.forEach((field, label) -> {
            int column = table.column(label);
            if (column < 0) {
                errors.add(new RowError(0, field, Translations.get(locale, "import.mapping.missingColumn", label)));
            }
            columnOf.put(field, column);
        });
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        var times = ImportTimestamps.forColumn(table.columnValues(columnOf.getOrDefault("submittedAt", -1)), dateOrder,
                zone);
        var user = currentUser.require();
        var byCode = new HashMap<String, id.bpjs.jmo.branch.Branch>();
        branches.all().forEach(b -> byCode.put(b.getCode(), b));
        var rows = new ArrayList<SurveyResponse>();
        for (int i = 0; i < table.size(); i++) {
            int number = table.rowNumber(i);
            int index = i;
            var rowErrors = new ArrayList<RowError>();
            var value = (java.util.function.Function<String, String>) field -> mapping.containsKey(field)
                    ? table.cell(index, columnOf.get(field)).trim() : "";
            var response = new SurveyResponse();
            response.setSubmittedAt(time(times, value.apply("submittedAt"), number, rowErrors, locale));
            var branch = byCode.get(value.apply("branch").toUpperCase(Locale.ROOT));
            if (branch == null) {
                rowErrors.add(new RowError(number, "branch", (english ? "unknown branch \"%s\"" : "cabang \"%s\" tidak dikenal")
                        .formatted(value.apply("branch"))));
            } else if (user.role() != Role.ADMIN && !Objects.equals(branch.getId(), user.branchId())) {
                rowErrors.add(new RowError(number, "branch", english ? "only your own branch" : "hanya cabang sendiri"));
            }
            response.setBranch(branch);
            response.setChannel(choice(SurveyChannel.class, value.apply("channel"), Map.of("APLIKASI JMO", "JMO",
                    "LOKET", "COUNTER", "LOKET KANTOR CABANG", "COUNTER", "KEDUANYA", "BOTH"), number, "channel",
                    rowErrors, english, SurveyChannel.JMO));
            response.setGender(choice(Gender.class, value.apply("gender"), Map.of("LAKI-LAKI", "L", "PEREMPUAN", "P",
                    "MALE", "L", "FEMALE", "P"), number, "gender", rowErrors, english, Gender.L));
            response.setAge(integer(value.apply("age"), number, "age", rowErrors, english, 0));
            response.setEducation(choice(Education.class, value.apply("education"), Map.of("D1-D3", "D1_D3", "D1–D3",
                    "D1_D3", "D3", "D1_D3"), number, "education", rowErrors, english, Education.SMA));
            response.setOccupation(choice(Occupation.class, value.apply("occupation"), Map.of("PEGAWAI SWASTA",
                    "SWASTA", "SELF-EMPLOYED", "WIRAUSAHA", "OTHER", "LAINNYA"), number, "occupation", rowErrors,
                    english, Occupation.LAINNYA));
            var uses = value.apply("usesJmo").toLowerCase(Locale.ROOT);
            if (!List.of("ya", "yes", "true", "1", "tidak", "no", "false", "0").contains(uses)) {
                rowErrors.add(new RowError(number, "usesJmo", english ? "expected yes or no" : "isi ya atau tidak"));
            }
            response.setUsesJmo(List.of("ya", "yes", "true", "1").contains(uses));
            for (var attribute : RogersAttribute.values()) {
                var field = FIELDS.get(8 + attribute.ordinal());
                response.setScore(attribute, integer(value.apply(field), number, field, rowErrors, english, 0));
            }
            response.setOverallSatisfaction(integer(value.apply("overallSatisfaction"), number, "overallSatisfaction",
                    rowErrors, english, 0));
            var recommend = value.apply("recommendScore");
            response.setRecommendScore(recommend.isEmpty() ? null
                    : integer(recommend, number, "recommendScore", rowErrors, english, 0));
            var answers = new ArrayList<String>();
            for (int u = 1; u <= 9; u++) {
                answers.add(value.apply("u" + u));
            }
            if (answers.stream().anyMatch(a -> !a.isEmpty())) {
                int[] ikm = new int[9];
                for (int u = 0; u < 9; u++) {
                    ikm[u] = answers.get(u).isEmpty() ? 0 : integer(answers.get(u), number, "u" + (u + 1), rowErrors,
                            english, 0);
                }
                response.setIkmAnswers(ikm);
            }
            var comment = value.apply("comment");
            response.setComment(comment.isEmpty() ? null : comment);
            if (rowErrors.isEmpty()) {
                for (var violation : validator.validate(response)) {
                    rowErrors.add(new RowError(number, violation.getPropertyPath().toString(), violation.getMessage()));
                }
            }
            if (rowErrors.isEmpty()) {
                rows.add(response);
            }
            errors.addAll(rowErrors);
            if (errors.size() > 1000) {
                errors.add(new RowError(number, "", english ? "more errors not listed" : "kesalahan lain tidak ditampilkan"));
                break;
            }
        }
        return new Parsed(rows, errors);
    }

    /**
     * As {@link #store(Parsed, Map, IntConsumer)}, remembering the mapping by column position and title, so the next
     * file from the same form finds one of several identically titled columns again.
     */
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public int store(TableFile table, Parsed parsed, Map<String, String> mapping, IntConsumer progress) {
        var positional = new LinkedHashMap<String, String>();
        mapping.forEach((field, label) -> {
            int column = table.column(label);
            positional.put(field, column < 0 ? label : "#" + column + "\t" + shortTitle(table.titles().get(column)));
        });
        return store(parsed, positional, progress);
    }

    /** Stores all checked rows in one transaction (all or nothing) and remembers the mapping. */
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public int store(Parsed parsed, Map<String, String> mapping, IntConsumer progress) {
        if (!parsed.importable()) {
            throw new IllegalArgumentException("A file with errors imports nothing");
        }
        var sql = "insert into survey_response (submitted_at, branch_id, channel, gender, age, education, occupation,"
                + " uses_jmo, score_relative_advantage, score_compatibility, score_complexity, score_trialability,"
                + " score_observability, overall_satisfaction, recommend_score, u1, u2, u3, u4, u5, u6, u7, u8, u9,"
                + " comment) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        var days = new TreeSet<LocalDate>();
        var batch = new ArrayList<Object[]>();
        int done = 0;
        for (var r : parsed.rows()) {
            var u = r.ikmAnswers();
            batch.add(new Object[] {Timestamp.valueOf(r.getSubmittedAt()), Objects.requireNonNull(r.getBranch()).getId(),
                    r.getChannel().name(), r.getGender().name(), r.getAge(), r.getEducation().name(),
                    r.getOccupation().name(), r.isUsesJmo(), r.getScoreRelativeAdvantage(), r.getScoreCompatibility(),
                    r.getScoreComplexity(), r.getScoreTrialability(), r.getScoreObservability(),
                    r.getOverallSatisfaction(), r.getRecommendScore(), u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7],
                    u[8], r.getComment()});
            days.add(r.getSubmittedAt().toLocalDate());
            if (batch.size() == 2000) {
                jdbc.batchUpdate(sql, batch);
                done += batch.size();
                batch.clear();
                progress.accept(done);
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
            done += batch.size();
            progress.accept(done);
        }
        aggregates.rebuildDays(days);
        remember(mapping);
        return done;
    }

    private void remember(Map<String, String> mapping) {
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

    /** A date without a time is taken as noon, so it stays on its day whatever zone it is later shown in. */
    private static LocalDateTime time(ImportTimestamps times, String value, int row, List<RowError> errors,
            Locale locale) {
        var result = times.parse(value, LocalTime.NOON);
        if (result.value() != null) {
            return result.value();
        }
        errors.add(new RowError(row, "submittedAt", Translations.get(locale, Objects.requireNonNull(result.errorKey()),
                result.arguments())));
        return LocalDateTime.now();
    }

    private static int integer(String value, int row, String field, List<RowError> errors, boolean english,
            int fallback) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, field, (english ? "\"%s\" is not a whole number" : "\"%s\" bukan bilangan bulat")
                    .formatted(value)));
            return fallback;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, Map<String, String> aliases, int row,
            String field, List<RowError> errors, boolean english, E fallback) {
        var key = value.trim().toUpperCase(Locale.ROOT);
        var name = aliases.getOrDefault(key, key.replace(' ', '_'));
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        errors.add(new RowError(row, field, (english ? "\"%s\" is not a known value" : "\"%s\" bukan nilai yang dikenal")
                .formatted(value)));
        return fallback;
    }
}
