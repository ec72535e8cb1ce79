package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.time.ServiceTime;
import id.bpjs.jmo.base.domain.ImportTimestamps;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.domain.TableFile;
import id.bpjs.jmo.base.domain.TableLimits;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of survey responses from other tools' exports (e.g. a Google Forms sheet as CSV or XLSX): checking every
 * row against a mapping of the file's columns to the fields, then storing. The mapping itself is guessed and
 * remembered per user by {@link SurveyColumnMapping}. A file with any error imports nothing. Rows already stored
 * (Google Forms exports are cumulative: each month's download holds every earlier response again) and rows repeated
 * within the file are not errors: the check counts them and keeps only the new rows, see {@link SurveyResponseKey}.
 * Rows go in by JDBC batches and the daily aggregates of the touched days are rebuilt, all in one transaction.
 */
@Service
public class SurveyImport {

    /** The fields a column can be mapped to, in form order; those in {@link #REQUIRED} must be mapped. */
    public static final List<String> FIELDS = List.of("submittedAt", "branch", "channel", "gender", "age", "education",
            "occupation", "usesJmo", "scoreRelativeAdvantage", "scoreCompatibility", "scoreComplexity",
            "scoreTrialability", "scoreObservability", "overallSatisfaction", "recommendScore", "u1", "u2", "u3", "u4",
            "u5", "u6", "u7", "u8", "u9", "comment");
    /**
     * What the regulation's questionnaire always has: date and respondent profile. Besides these, a file must map
     * U1–U9 (the IKM part) or overall satisfaction (the Rogers part), or both. The branch comes from a column or is
     * chosen on the import page; channel, "uses JMO", the Rogers items and the recommend score are optional.
     */
    public static final List<String> REQUIRED = List.of("submittedAt", "gender", "age", "education", "occupation");
    static final List<String> IKM_FIELDS = List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9");
    public static final int MAX_ROWS = 200_000;
    /** 200,000 Google Forms rows with comments stay under 32 MB; a larger upload is refused before it is read. */
    public static final TableLimits LIMITS = new TableLimits(32L * 1024 * 1024, TableLimits.DEFAULT_MAX_COLUMNS,
            MAX_ROWS, TableLimits.DEFAULT_MAX_CELL_CHARS);

    public record RowError(int row, String field, String reason) {
    }

    /**
     * A word of the file and the score it became, for the preview: per field (and its column), each distinct text
     * written as a word (not a bare number or letter) and the number of rows that hold it.
     */
    public record WordUse(String field, String column, String text, int score, int rows) {
    }

    /**
     * The checked rows to store (each with at least one complete part, see {@link SurveyResponse}), the errors by row
     * and field, and the words read as scores. Without errors, {@code rows} are the new rows only: the file's rows
     * already stored ({@code alreadyStored}) and those repeating an earlier row of the same file
     * ({@code repeatedInFile}) are counted and left out. The duplicates are only counted when the file has no error.
     */
    public record Parsed(List<SurveyResponse> rows, List<RowError> errors, List<WordUse> words, int alreadyStored,
            int repeatedInFile) {

        public Parsed(List<SurveyResponse> rows, List<RowError> errors) {
            this(rows, errors, List.of());
        }

        public Parsed(List<SurveyResponse> rows, List<RowError> errors, List<WordUse> words) {
            this(rows, errors, words, 0, 0);
        }

        /** Rows of the file that will not be stored because they are stored already or repeat an earlier row. */
        public int duplicates() {
            return alreadyStored + repeatedInFile;
        }

        public boolean importable() {
            return errors.isEmpty() && !rows.isEmpty();
        }

        /** A file without errors whose every row is stored already: there is nothing to import. */
        public boolean nothingNew() {
            return errors.isEmpty() && rows.isEmpty() && duplicates() > 0;
        }
    }

    private final BranchService branches;
    private final SurveyAggregates aggregates;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final JdbcTemplate jdbc;
    private final AnswerWordCatalog answerWords;
    private final SurveyColumnMapping columnMapping;

    SurveyImport(BranchService branches, SurveyAggregates aggregates, CurrentUser currentUser, Validator validator,
            JdbcTemplate jdbc, AnswerWordCatalog answerWords, SurveyColumnMapping columnMapping) {
        this.answerWords = answerWords;
        this.columnMapping = columnMapping;
        this.branches = branches;
        this.aggregates = aggregates;
        this.currentUser = currentUser;
        this.validator = validator;
        this.jdbc = jdbc;
    }

    /** Checks every row against the mapping; stores nothing. Times in WIB, day/month order from the column. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Parsed check(TableFile table, Map<String, String> mapping, Locale locale) {
        return check(table, mapping, null, locale);
    }

    /** {@link #check(TableFile, Map, Long, Locale, ImportTimestamps.DateOrder, ZoneId)} for the rows' own branch. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Parsed check(TableFile table, Map<String, String> mapping, Locale locale,
            ImportTimestamps.DateOrder dateOrder, ZoneId zone) {
        return check(table, mapping, null, locale, dateOrder, zone);
    }

    /** {@link #check(TableFile, Map, Long, Locale, ImportTimestamps.DateOrder, ZoneId)} with dates read AUTO in WIB. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Parsed check(TableFile table, Map<String, String> mapping, @Nullable Long branchId, Locale locale) {
        return check(table, mapping, branchId, locale, ImportTimestamps.DateOrder.AUTO, ImportTimestamps.DEFAULT_ZONE);
    }

    /**
     * Checks every row against the mapping (field → column label of {@code table}); stores nothing.
     * {@code branchId} is the branch of the rows whose file has no branch column (or an empty branch cell): staff
     * always get their own branch, whatever is passed; an admin must choose one.
     *
     * @param dateOrder how {@code a/b/yyyy} times are read (AUTO: from the column, refusing undecidable values)
     * @param zone the branch's zone: times with an offset are converted to its wall time
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Parsed check(TableFile table, Map<String, String> mapping, @Nullable Long branchId, Locale locale,
            ImportTimestamps.DateOrder dateOrder, ZoneId zone) {
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return checkIn(table, mapping, branchId, locale, dateOrder, zone);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private Parsed checkIn(TableFile table, Map<String, String> mapping, @Nullable Long chosenBranch,
            Locale locale, ImportTimestamps.DateOrder dateOrder, ZoneId zone) {
        var errors = new ArrayList<RowError>();
        var missing = REQUIRED.stream().filter(f -> !mapping.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            errors.add(new RowError(0, String.join(", ", missing), Translations.get(locale,
                    "surveyImport.error.mapFields")));
            return new Parsed(List.of(), errors);
        }
        var ikmMapped = IKM_FIELDS.stream().filter(mapping::containsKey).count();
        if (ikmMapped > 0 && ikmMapped < IKM_FIELDS.size()) {
            errors.add(new RowError(0, String.join(", ", IKM_FIELDS.stream().filter(f -> !mapping.containsKey(f))
                    .toList()), Translations.get(locale, "surveyImport.error.mapAllIkm")));
            return new Parsed(List.of(), errors);
        }
        if (ikmMapped == 0 && !mapping.containsKey("overallSatisfaction")) {
            errors.add(new RowError(0, "overallSatisfaction", Translations.get(locale,
                    "surveyImport.error.mapAPart")));
            return new Parsed(List.of(), errors);
        }
        if (table.size() > MAX_ROWS) {
            errors.add(new RowError(0, "", Translations.get(locale, "surveyImport.error.tooManyRows",
                    String.valueOf(MAX_ROWS))));
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
        // staff import for their own branch only, whatever the page sends
        var pageBranchId = user.role() == Role.ADMIN ? chosenBranch : user.branchId();
        var pageBranch = pageBranchId == null ? null : branches.all().stream()
                .filter(b -> Objects.equals(b.getId(), pageBranchId)).findFirst().orElse(null);
        var words = answerWords.current();
        var uses = new LinkedHashMap<List<String>, int[]>();
        var rows = new ArrayList<SurveyResponse>();
        for (int i = 0; i < table.size(); i++) {
            int number = table.rowNumber(i);
            int index = i;
            var rowErrors = new ArrayList<RowError>();
            var value = (java.util.function.Function<String, String>) field -> mapping.containsKey(field)
                    ? table.cell(index, columnOf.get(field)).trim() : "";
            var response = new SurveyResponse();
            response.setSubmittedAt(time(times, value.apply("submittedAt"), number, rowErrors, locale));
            var code = value.apply("branch");
            var branch = code.isEmpty() ? pageBranch : byCode.get(code.toUpperCase(Locale.ROOT));
            if (branch == null && code.isEmpty()) {
                rowErrors.add(new RowError(number, "branch", Translations.get(locale,
                        "surveyImport.error.noBranch")));
            } else if (branch == null) {
                rowErrors.add(new RowError(number, "branch", Translations.get(locale,
                        "surveyImport.error.unknownBranch", code)));
            } else if (user.role() != Role.ADMIN && !Objects.equals(branch.getId(), user.branchId())) {
                rowErrors.add(new RowError(number, "branch", Translations.get(locale,
                        "surveyImport.error.ownBranchOnly")));
            }
            response.setBranch(branch);
            var channel = value.apply("channel");
            response.setChannel(channel.isEmpty() ? null : choice(SurveyChannel.class, channel, Map.of("APLIKASI JMO",
                    "JMO", "LOKET", "COUNTER", "LOKET KANTOR CABANG", "COUNTER", "KEDUANYA", "BOTH"), number,
                    "channel", rowErrors, locale, SurveyChannel.JMO));
            response.setGender(choice(Gender.class, value.apply("gender"), Map.of("LAKI-LAKI", "L", "PEREMPUAN", "P",
                    "MALE", "L", "FEMALE", "P"), number, "gender", rowErrors, locale, Gender.L));
            response.setAge(integer(value.apply("age"), number, "age", rowErrors, locale, 0));
            response.setEducation(choice(Education.class, value.apply("education"), Map.of("D1-D3", "D1_D3", "D1–D3",
                    "D1_D3", "D3", "D1_D3"), number, "education", rowErrors, locale, Education.SMA));
            response.setOccupation(choice(Occupation.class, value.apply("occupation"), Map.of("PEGAWAI SWASTA",
                    "SWASTA", "SELF-EMPLOYED", "WIRAUSAHA", "OTHER", "LAINNYA"), number, "occupation", rowErrors,
                    locale, Occupation.LAINNYA));
            var usesJmo = value.apply("usesJmo").toLowerCase(Locale.ROOT);
            if (usesJmo.isEmpty()) {
                response.setUsesJmo(null);
            } else if (!List.of("ya", "yes", "true", "1", "tidak", "no", "false", "0").contains(usesJmo)) {
                rowErrors.add(new RowError(number, "usesJmo", Translations.get(locale,
                        "surveyImport.error.yesOrNo")));
            } else {
                response.setUsesJmo(List.of("ya", "yes", "true", "1").contains(usesJmo));
            }
            // a blank cell is an unanswered item (counted in no n), a word is read through the answer words
            var score = (java.util.function.BiFunction<String, AnswerScale, @Nullable Integer>) (field, scale) -> {
                var cell = value.apply(field);
                if (cell.isEmpty()) {
                    return null;
                }
                var result = words.read(scale, cell);
                var reading = result.reading();
                if (reading == null) {
                    rowErrors.add(new RowError(number, field, Translations.get(locale,
                            result.failure() == AnswerWords.Failure.PREFIX_DISAGREES
                                    ? "surveyImport.error.prefixDisagrees" : "surveyImport.error.unknownAnswer",
                            mapping.get(field), cell, scale.name())));
                    return 0;
                }
                if (reading.word()) {
                    uses.computeIfAbsent(List.of(field, mapping.get(field), cell, String.valueOf(reading.score())),
                            k -> new int[1])[0]++;
                }
                return reading.score();
            };
            for (var attribute : RogersAttribute.values()) {
                var field = FIELDS.get(8 + attribute.ordinal());
                response.setScore(attribute, score.apply(field, AnswerScale.LIKERT5));
            }
            response.setOverallSatisfaction(score.apply("overallSatisfaction", AnswerScale.LIKERT5));
            var recommend = value.apply("recommendScore");
            response.setRecommendScore(recommend.isEmpty() ? null
                    : integer(recommend, number, "recommendScore", rowErrors, locale, 0));
            long answered = IKM_FIELDS.stream().filter(f -> !value.apply(f).isEmpty()).count();
            if (answered == IKM_FIELDS.size()) {
                int[] ikm = new int[9];
                for (int u = 0; u < 9; u++) {
                    var answer = score.apply(IKM_FIELDS.get(u), AnswerScale.element(u + 1));
                    ikm[u] = answer == null ? 0 : answer;
                }
                response.setIkmAnswers(ikm);
            } else if (answered > 0) {
                // a half-filled IKM block cannot be scored: name every blank element
                for (var field : IKM_FIELDS) {
                    if (value.apply(field).isEmpty()) {
                        rowErrors.add(new RowError(number, field, Translations.get(locale,
                                "surveyImport.error.ikmBlank", mapping.get(field))));
                    }
                }
            }
            boolean rogersItems = java.util.Arrays.stream(RogersAttribute.values())
                    .anyMatch(a -> response.score(a) != null);
            if (response.getOverallSatisfaction() == null && rogersItems) {
                rowErrors.add(new RowError(number, "overallSatisfaction", Translations.get(locale,
                        "surveyImport.error.overallBlank")));
            } else if (response.getOverallSatisfaction() == null && answered == 0) {
                rowErrors.add(new RowError(number, "", Translations.get(locale,
                        "surveyImport.error.noPart")));
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
                errors.add(new RowError(number, "", Translations.get(locale, "surveyImport.error.more")));
                break;
            }
        }
        var wordUses = new ArrayList<WordUse>();
        uses.forEach((key, count) -> wordUses.add(new WordUse(key.get(0), key.get(1), key.get(2),
                Integer.parseInt(key.get(3)), count[0])));
        wordUses.sort(java.util.Comparator.comparingInt((WordUse w) -> FIELDS.indexOf(w.field()))
                .thenComparingInt(WordUse::score).thenComparing(WordUse::text));
        if (!errors.isEmpty()) {
            return new Parsed(rows, errors, List.copyOf(wordUses));
        }
        var fresh = newRows(rows);
        return new Parsed(fresh.rows(), errors, List.copyOf(wordUses), fresh.alreadyStored(),
                fresh.repeatedInFile());
    }

    private record NewRows(List<SurveyResponse> rows, int alreadyStored, int repeatedInFile) {
    }

    /**
     * Takes the survey imports' lock row (table {@code import_lock}, V31) until the transaction ends; puts the row back
     * first when it is missing (a database whose rows were cleared by hand).
     */
    private void lockImports() {
        var lock = "select kind from import_lock where kind = '" + SurveyColumnMapping.KIND + "' for update";
        if (jdbc.queryForList(lock, String.class).isEmpty()) {
            jdbc.update("insert into import_lock (kind) values (?)", SurveyColumnMapping.KIND);
            jdbc.queryForList(lock, String.class);
        }
    }

    /**
     * The rows neither stored already nor repeating an earlier one of {@code rows}, in their order. A row equal to a
     * stored response counts as already stored however often the file repeats it.
     */
    private NewRows newRows(List<SurveyResponse> rows) {
        var keys = rows.stream().map(SurveyResponseKey::of).toList();
        var stored = alreadyStored(new HashSet<>(keys));
        var seen = new HashSet<SurveyResponseKey>();
        var fresh = new ArrayList<SurveyResponse>();
        int alreadyStored = 0;
        int repeated = 0;
        for (int i = 0; i < rows.size(); i++) {
            var key = keys.get(i);
            if (stored.contains(key)) {
                alreadyStored++;
            } else if (!seen.add(key)) {
                repeated++;
            } else {
                fresh.add(rows.get(i));
            }
        }
        return new NewRows(fresh, alreadyStored, repeated);
    }

    /**
     * Of {@code wanted}, the keys of responses already stored: one query over the responses of the keys' branches
     * from their first to their last second (the branch and time index), read as a stream and compared in Java, so
     * what is held stays as large as the file whatever the table holds.
     */
    private Set<SurveyResponseKey> alreadyStored(Set<SurveyResponseKey> wanted) {
        if (wanted.isEmpty()) {
            return Set.of();
        }
        var branchIds = new TreeSet<Long>();
        @Nullable LocalDateTime first = null;
        @Nullable LocalDateTime last = null;
        for (var key : wanted) {
            branchIds.add(key.branchId());
            first = first == null || key.submittedAt().isBefore(first) ? key.submittedAt() : first;
            last = last == null || key.submittedAt().isAfter(last) ? key.submittedAt() : last;
        }
        var from = java.sql.Timestamp.valueOf(Objects.requireNonNull(first));
        // stored times are compared to the second: 10:00:00.7 is the file's 10:00:00
        var until = java.sql.Timestamp.valueOf(Objects.requireNonNull(last).plusSeconds(1));
        var sql = "select " + SurveyResponseKey.COLUMNS + " from survey_response where branch_id in ("
                + String.join(", ", java.util.Collections.nCopies(branchIds.size(), "?"))
                + ") and submitted_at >= ? and submitted_at < ?";
        var found = new HashSet<SurveyResponseKey>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql);
            statement.setFetchSize(1000);
            int parameter = 1;
            for (var id : branchIds) {
                statement.setLong(parameter++, id);
            }
            statement.setTimestamp(parameter++, from);
            statement.setTimestamp(parameter, until);
            return statement;
        }, (RowCallbackHandler) rs -> {
            var key = SurveyResponseKey.read(rs);
            if (wanted.contains(key)) {
                found.add(key);
            }
        });
        return found;
    }

    /**
     * As {@link #store(Parsed, Map, IntConsumer)}, remembering the mapping by column position and title, so the next
     * file from the same form finds one of several identically titled columns again.
     */
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public int store(TableFile table, Parsed parsed, Map<String, String> mapping, IntConsumer progress) {
        return store(parsed, columnMapping.positional(table, mapping), progress);
    }

    /**
     * Stores the checked new rows in one transaction (all or nothing) and remembers the mapping; returns how many
     * were stored. The rows are compared with the stored responses once more, so a check made before another
     * import of the same rows (a second tab, the same file stored twice) does not store them again. A file whose
     * rows were all stored already stores nothing and returns 0.
     */
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public int store(Parsed parsed, Map<String, String> mapping, IntConsumer progress) {
        if (parsed.nothingNew()) {
            return 0;
        }
        if (!parsed.importable()) {
            throw new IllegalArgumentException("A file with errors imports nothing");
        }
        // one survey import stores at a time (V31); the rows are compared with the stored ones again after the lock,
        // so a second import of the same rows, checked before the first was stored, skips them
        lockImports();
        var sql = SurveyResponseRows.INSERT;
        var days = new TreeSet<LocalDate>();
        var batch = new ArrayList<Object[]>();
        int done = 0;
        for (var r : newRows(parsed.rows()).rows()) {
            batch.add(SurveyResponseRows.values(r.getSubmittedAt(), Objects.requireNonNull(r.getBranch()).getId(),
                    r.getChannel() == null ? null : r.getChannel().name(), r.getGender().name(), r.getAge(),
                    r.getEducation().name(), r.getOccupation().name(), r.getUsesJmo(),
                    new @Nullable Integer[] {r.getScoreRelativeAdvantage(), r.getScoreCompatibility(),
                            r.getScoreComplexity(), r.getScoreTrialability(), r.getScoreObservability()},
                    r.getOverallSatisfaction(), r.getRecommendScore(), r.ikmAnswers(), r.getComment()));
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
        columnMapping.remember(mapping);
        return done;
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
        return LocalDateTime.now(ServiceTime.DEFAULT_ZONE); // placeholder of a refused row, never stored
    }

    private static int integer(String value, int row, String field, List<RowError> errors, Locale locale,
            int fallback) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, field, Translations.get(locale, "surveyImport.error.notWholeNumber",
                    value)));
            return fallback;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, Map<String, String> aliases, int row,
            String field, List<RowError> errors, Locale locale, E fallback) {
        var key = value.trim().toUpperCase(Locale.ROOT);
        var name = aliases.getOrDefault(key, key.replace(' ', '_'));
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        errors.add(new RowError(row, field, Translations.get(locale, "surveyImport.error.unknownValue",
                value)));
        return fallback;
    }
}
