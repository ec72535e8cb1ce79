package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.time.ServiceTime;
import id.bpjs.jmo.base.domain.ImportTimestamps;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.domain.TableFile;
import id.bpjs.jmo.base.domain.TableLimits;
import id.bpjs.jmo.base.domain.TableReadException;
import id.bpjs.jmo.base.domain.TableReader;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.rules.KeywordRules;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of complaints from other channels' systems (CSV or XLSX with the export's column titles, in Indonesian
 * or English: {@link ComplaintColumn}). Every row is checked first; a file with any error imports nothing and lists
 * each problem by row, column (as the file titles it) and reason.
 */
@Service
public class ComplaintImport {

    public static final int MAX_ROWS = 20_000;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Limits of one complaint file, checked before and while it is read. */
    public static final TableLimits LIMITS = new TableLimits(MAX_BYTES, TableLimits.DEFAULT_MAX_COLUMNS, MAX_ROWS,
            TableLimits.DEFAULT_MAX_CELL_CHARS);
    /** The columns a file must have. */
    public static final List<ComplaintColumn> REQUIRED = List.of(ComplaintColumn.RECEIVED, ComplaintColumn.CHANNEL,
            ComplaintColumn.KPJ, ComplaintColumn.CATEGORY, ComplaintColumn.DESCRIPTION);
    /** Every column the import reads (the export writes them too). */
    public static final List<ComplaintColumn> READ = List.of(ComplaintColumn.RECEIVED, ComplaintColumn.CHANNEL,
            ComplaintColumn.BRANCH, ComplaintColumn.KPJ, ComplaintColumn.CATEGORY, ComplaintColumn.ATTRIBUTE,
            ComplaintColumn.SEVERITY, ComplaintColumn.DESCRIPTION, ComplaintColumn.APP_VERSION,
            ComplaintColumn.PLATFORM, ComplaintColumn.ERROR_MESSAGE);
    /** The columns a file may leave out. */
    public static final List<ComplaintColumn> OPTIONAL = READ.stream().filter(c -> !REQUIRED.contains(c)).toList();

    /** A problem with one cell: the spreadsheet row number (header = 1), the column and what is wrong. */
    public record RowError(int row, String field, String reason) {
    }

    /** A row that passed every check, ready to be stored. */
    public record ValidRow(int row, Complaint draft) {
    }

    public record Parsed(List<ValidRow> rows, List<RowError> errors) {

        public boolean importable() {
            return errors.isEmpty() && !rows.isEmpty();
        }
    }

    private final ComplaintService complaints;
    private final BranchService branches;
    private final KeywordRules rules;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final CategoryDefaults categoryDefaults;
    private final ComplaintAggregates aggregates;

    ComplaintImport(ComplaintService complaints, BranchService branches, KeywordRules rules, CurrentUser currentUser,
            Validator validator, CategoryDefaults categoryDefaults, ComplaintAggregates aggregates) {
        this.aggregates = aggregates;
        this.categoryDefaults = categoryDefaults;
        this.complaints = complaints;
        this.branches = branches;
        this.rules = rules;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** Reads and checks the whole file; stores nothing. Messages are in Indonesian or English by {@code locale}. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Transactional(readOnly = true)
    public Parsed check(String fileName, byte[] content, Locale locale) {
        return check(fileName, content, locale, ImportTimestamps.DateOrder.AUTO, ImportTimestamps.DEFAULT_ZONE);
    }

    /**
     * As {@link #check(String, byte[], Locale)} with the day/month order of {@code a/b/yyyy} times and the branch's
     * zone (times with an offset are converted to its wall time).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Transactional(readOnly = true)
    public Parsed check(String fileName, byte[] content, Locale locale, ImportTimestamps.DateOrder dateOrder,
            ZoneId zone) {
        // validation messages in the language the person reads
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return checkIn(fileName, content, locale, dateOrder, zone);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private Parsed checkIn(String fileName, byte[] content, Locale locale, ImportTimestamps.DateOrder dateOrder,
            ZoneId zone) {
        var errors = new ArrayList<RowError>();
        TableFile file;
        try {
            file = TableReader.read(fileName, content, LIMITS);
        } catch (TableReadException e) {
            errors.add(new RowError(0, "", Translations.get(locale, e.messageKey(), e.arguments())));
            return new Parsed(List.of(), errors);
        }
        // each column by its title in any language; errors name it as the file titles it (else in the reader's)
        var columnOf = new EnumMap<ComplaintColumn, Integer>(ComplaintColumn.class);
        var name = new EnumMap<ComplaintColumn, String>(ComplaintColumn.class);
        var duplicates = new ArrayList<RowError>();
        for (var column : READ) {
            var columns = column.titles().stream().flatMap(title -> file.columnsTitled(title).stream()).distinct()
                    .sorted().toList();
            name.put(column, columns.isEmpty() ? column.title(locale) : file.titles().get(columns.getFirst()));
            // the export's titles are unique; a repeated one would leave it to chance which column is read
            if (columns.size() > 1) {
                duplicates.add(new RowError(1, name.get(column), Translations.get(locale, "import.duplicateHeader",
                        name.get(column))));
            }
            columnOf.put(column, columns.isEmpty() ? -1 : columns.getFirst());
        }
        var missing = REQUIRED.stream().filter(column -> columnOf.get(column) < 0).map(name::get).toList();
        if (!missing.isEmpty()) {
            errors.add(new RowError(1, String.join(", ", missing), Translations.get(locale,
                    "import.row.columnMissing")));
            return new Parsed(List.of(), errors);
        }
        errors.addAll(duplicates);
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        if (file.size() > MAX_ROWS) {
            errors.add(new RowError(0, "", Translations.get(locale, "import.row.tooManyRows",
                    String.valueOf(MAX_ROWS))));
            return new Parsed(List.of(), errors);
        }
        var user = currentUser.require();
        var branchByCode = new HashMap<String, id.bpjs.jmo.branch.Branch>();
        branches.all().forEach(b -> branchByCode.put(b.getCode(), b));
        var times = ImportTimestamps.forColumn(file.columnValues(columnOf.get(ComplaintColumn.RECEIVED)), dateOrder,
                zone);
        var rows = new ArrayList<ValidRow>();
        for (int i = 0; i < file.size(); i++) {
            int rowNumber = file.rowNumber(i);
            var cells = cells(file, i, columnOf);
            var rowErrors = new ArrayList<RowError>();
            var draft = new Complaint();
            draft.setReceivedAt(time(times, cells.get(ComplaintColumn.RECEIVED), rowNumber,
                    name.get(ComplaintColumn.RECEIVED), rowErrors, locale));
            draft.setChannel(enumValue(ComplaintChannel.class, cells.get(ComplaintColumn.CHANNEL), rowNumber,
                    name.get(ComplaintColumn.CHANNEL), rowErrors, locale, null));
            var code = cells.getOrDefault(ComplaintColumn.BRANCH, "").trim().toUpperCase(Locale.ROOT);
            var branch = code.isEmpty() ? user.branchId() == null ? null
                    : branchByCode.values().stream().filter(b -> Objects.equals(b.getId(), user.branchId())).findFirst()
                            .orElse(null) : branchByCode.get(code);
            if (branch == null) {
                rowErrors.add(new RowError(rowNumber, name.get(ComplaintColumn.BRANCH), Translations.get(locale,
                        "import.row.unknownBranch", code)));
            } else if (user.role() != Role.ADMIN && !Objects.equals(branch.getId(), user.branchId())) {
                rowErrors.add(new RowError(rowNumber, name.get(ComplaintColumn.BRANCH), Translations.get(locale,
                        "import.row.ownBranchOnly")));
            }
            draft.setBranch(branch);
            var kpj = cells.getOrDefault(ComplaintColumn.KPJ, "").trim();
            if (Complaint.isMaskedKpjNumber(kpj)) {
                // an exported file, imported again: say why "********866" is refused, not just "11 digits"
                rowErrors.add(new RowError(rowNumber, name.get(ComplaintColumn.KPJ), Translations.get(locale,
                        "import.row.kpjMasked", kpj)));
            }
            draft.setKpjNumber(kpj);
            var category = enumValue(ComplaintCategory.class, cells.get(ComplaintColumn.CATEGORY), rowNumber,
                    name.get(ComplaintColumn.CATEGORY), rowErrors, locale, null);
            draft.setCategory(category == null ? ComplaintCategory.OTHER : category);
            draft.setDescription(cells.getOrDefault(ComplaintColumn.DESCRIPTION, "").trim());
            var attribute = enumValue(RogersAttribute.class, cells.get(ComplaintColumn.ATTRIBUTE), rowNumber,
                    name.get(ComplaintColumn.ATTRIBUTE), rowErrors, locale, RogersAttribute.COMPATIBILITY);
            draft.setAttribute(blank(cells.get(ComplaintColumn.ATTRIBUTE)) ? rules.suggest(draft.getDescription(),
                    categoryDefaults.attributeFor(draft.getCategory())).attribute() : attribute);
            draft.setSeverity(enumValue(Severity.class, cells.get(ComplaintColumn.SEVERITY), rowNumber,
                    name.get(ComplaintColumn.SEVERITY), rowErrors, locale, Severity.MEDIUM));
            draft.setAppVersion(emptyToNull(cells.get(ComplaintColumn.APP_VERSION)));
            draft.setPlatform(enumValue(Platform.class, cells.get(ComplaintColumn.PLATFORM), rowNumber,
                    name.get(ComplaintColumn.PLATFORM), rowErrors, locale, null));
            draft.setErrorMessage(emptyToNull(cells.get(ComplaintColumn.ERROR_MESSAGE)));
            draft.setTicketNumber("IMPORT");
            if (rowErrors.isEmpty()) {
                for (var violation : validator.validate(draft)) {
                    var property = violation.getPropertyPath().toString();
                    var field = property.equals("appErrorDescribed")
                            ? name.get(ComplaintColumn.PLATFORM) + " / " + name.get(ComplaintColumn.ERROR_MESSAGE)
                            : COLUMN_OF.containsKey(property) ? name.get(COLUMN_OF.get(property)) : property;
                    rowErrors.add(new RowError(rowNumber, field, violation.getMessage()));
                }
            }
            if (rowErrors.isEmpty()) {
                rows.add(new ValidRow(rowNumber, draft));
            }
            errors.addAll(rowErrors);
        }
        return new Parsed(rows, errors);
    }

    /**
     * The column of a property the validation names, the rules over several fields included ({@code kpjGiven}: the
     * KPJ number, {@code surveyChannelFromSurvey}: channel SURVEY, which only the public survey opens), so an error
     * names the column as the file titles it and never a Java name. The other constrained properties (ticket,
     * status, resolution) are set by the import itself and cannot fail.
     */
    private static final Map<String, ComplaintColumn> COLUMN_OF = Map.of("receivedAt", ComplaintColumn.RECEIVED,
            "kpjNumber", ComplaintColumn.KPJ, "kpjGiven", ComplaintColumn.KPJ, "description",
            ComplaintColumn.DESCRIPTION, "appVersion", ComplaintColumn.APP_VERSION, "errorMessage",
            ComplaintColumn.ERROR_MESSAGE, "branch", ComplaintColumn.BRANCH, "channel", ComplaintColumn.CHANNEL,
            "surveyChannelFromSurvey", ComplaintColumn.CHANNEL);

    /**
     * Stores every checked row in one transaction: all or nothing. {@code progress} hears how many rows are done.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Transactional
    public int store(Parsed parsed, IntConsumer progress) {
        if (!parsed.importable()) {
            throw new IllegalArgumentException("A file with errors imports nothing");
        }
        int done = 0;
        var touched = new java.util.HashSet<ComplaintAggregates.Key>();
        for (var row : parsed.rows()) {
            touched.add(ComplaintService.aggregateKey(complaints.createWithoutAggregates(row.draft())));
            done++;
            if (done % 50 == 0 || done == parsed.rows().size()) {
                progress.accept(done);
            }
        }
        aggregates.refresh(touched);
        return done;
    }

    /** One row's cells by column: eleven entries for the row being checked, never a map per stored row. */
    private static Map<ComplaintColumn, String> cells(TableFile file, int row, Map<ComplaintColumn, Integer> columnOf) {
        var cells = new EnumMap<ComplaintColumn, String>(ComplaintColumn.class);
        columnOf.forEach((title, column) -> {
            if (column >= 0) {
                cells.put(title, file.cell(row, column));
            }
        });
        return cells;
    }

    private static LocalDateTime time(ImportTimestamps times, @Nullable String value, int row, String field,
            List<RowError> errors, Locale locale) {
        if (blank(value)) {
            errors.add(new RowError(row, field, Translations.get(locale, "import.row.required")));
            return LocalDateTime.now(ServiceTime.DEFAULT_ZONE); // placeholder of a refused row, never stored
        }
        var result = times.parse(value, LocalTime.MIDNIGHT);
        if (result.value() != null) {
            return result.value();
        }
        errors.add(new RowError(row, field, Translations.get(locale, Objects.requireNonNull(result.errorKey()),
                result.arguments())));
        return LocalDateTime.now(ServiceTime.DEFAULT_ZONE); // placeholder of a refused row, never stored
    }

    private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String value, int row,
            String field, List<RowError> errors, Locale locale, @Nullable E fallback) {
        if (blank(value)) {
            if (fallback == null && (type == ComplaintChannel.class || type == ComplaintCategory.class)) {
                errors.add(new RowError(row, field, Translations.get(locale, "import.row.required")));
            }
            return fallback;
        }
        var normalized = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_').replace("!", "");
        var found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(normalized)).findFirst();
        if (found.isEmpty()) {
            var allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            errors.add(new RowError(row, field, Translations.get(locale, "import.row.notOneOf", value,
                    allowed)));
            return fallback;
        }
        return found.get();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return blank(value) ? null : value.trim();
    }
}
