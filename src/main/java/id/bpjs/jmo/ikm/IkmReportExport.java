package id.bpjs.jmo.ikm;

import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.i18n.Translations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * The IKM report as a publication: one list of rows ({@link #rows}) that the XLSX, the CSV and the PDF
 * ({@link IkmReportPdf#pdf}) all write, in the page's language, so the three agree to the digit with each other
 * and with the page. Figures are rounded once, half up, with the decimals of their kind ({@link Formats}); in the XLSX
 * they stay numbers with that many decimals shown, in the CSV and PDF they are written as the page writes them, in
 * the page's language (88,31 and 1.234 in Bahasa Indonesia, 88.31 and 1,234 in English: issue 17). The CSV is
 * comma-separated with quoted cells, so either decimal separator stays inside its cell.
 */
@Service
public class IkmReportExport {

    /** What a row is, so the PDF can lay it out; the spreadsheets only write its cells. */
    public enum Kind {
        TITLE, SUBTITLE, FIELD, WARNING, HEADING, TABLE_HEADER, TABLE_ROW, TABLE_TOTAL, TEXT, SIGNATURE, BLANK
    }

    /** A figure with the decimals of its kind, already rounded (half up, once). */
    public record Figure(BigDecimal value, int digits) {

        /** The figure as text with its decimals, in the language of {@code locale}: "88,31" / "88.31". */
        public String text(Locale locale) {
            return Formats.decimal(value, digits, locale);
        }
    }

    /** A row: its kind and its cells (String, Long for counts, {@link Figure} for decimals). */
    public record Row(Kind kind, List<Object> cells) {

        static Row of(Kind kind, Object... cells) {
            return new Row(kind, List.of(cells));
        }
    }

    /**
     * A cell as text, as the CSV and the PDF write it, in the language of {@code locale} (1.234 and 88,31 in Bahasa
     * Indonesia, 1,234 and 88.31 in English); any other cell as {@link String#valueOf(Object)}.
     */
    public static String text(Object cell, Locale locale) {
        return switch (cell) {
            case Figure figure -> figure.text(locale);
            case Long count -> Formats.number(count, locale);
            default -> String.valueOf(cell);
        };
    }

    /** The unit as the publication names it. */
    public static String unit(IkmReport report, Locale locale) {
        var name = report.publication().branchName();
        return name == null ? Translations.get(locale, "ikm.pub.unitAll")
                : Translations.get(locale, "ikm.pub.unit", name);
    }

    /** A profile group's label instead of its code: D1_D3 → "D1–D3", SWASTA → "Pegawai swasta". */
    public static String groupLabel(String dimension, String key, Locale locale) {
        if (key == null || key.isBlank()) {
            return Translations.get(locale, "ikm.group.none");
        }
        return switch (dimension) {
            case "gender" -> Translations.get(locale, "survey.gender." + key);
            case "occupation" -> Translations.get(locale, "survey.occupation." + key);
            case "education" -> key.replace('_', '–');
            default -> key;
        };
    }

    public static String elementName(int element, Locale locale) {
        return "U" + (element + 1) + " " + Translations.get(locale, "ikm.u" + (element + 1));
    }

    public static String grade(IkmCalculator.Result result, Locale locale) {
        return result.grade().name() + " – "
                + result.grade().label(locale);
    }

    /** The rows of the publication, in order, in the language of {@code locale}, signed on {@code issued}. */
    public List<Row> rows(IkmReport report, Locale locale, LocalDate issued) {
        var t = (java.util.function.BiFunction<String, Object[], String>) (key, args) -> Translations.get(locale, key,
                args);
        var rows = new ArrayList<Row>();
        rows.add(Row.of(Kind.TITLE, t.apply("ikm.pub.title", new Object[0])));
        rows.add(Row.of(Kind.SUBTITLE, t.apply("ikm.pub.regulation", new Object[0])));
        rows.add(Row.of(Kind.BLANK));
        rows.add(Row.of(Kind.FIELD, t.apply("ikm.pub.unitLabel", new Object[0]), unit(report, locale)));
        rows.add(Row.of(Kind.FIELD, t.apply("ikm.pub.period", new Object[0]), Formats.period(report.period(), locale)));
        rows.add(Row.of(Kind.FIELD, t.apply("ikm.weight", new Object[0]), report.convention().printed()));
        rows.add(Row.of(Kind.FIELD, t.apply("ikm.pub.respondents", new Object[0]), report.respondents()));
        rows.add(Row.of(Kind.FIELD, t.apply("ikm.pub.minimumSample", new Object[0]), report.minimumSample()));
        rows.add(Row.of(Kind.FIELD, t.apply("ikm.pub.population", new Object[0]), report.population()));
        if (!report.sampleSufficient()) {
            rows.add(Row.of(Kind.WARNING, t.apply("ikm.pub.sampleWarning", new Object[] {
                    Formats.number(report.respondents(), locale), Formats.number(report.minimumSample(), locale)})));
        }
        rows.add(Row.of(Kind.BLANK));
        var result = report.result();
        if (result.isEmpty()) {
            rows.add(Row.of(Kind.TEXT, t.apply("kf.ikm.none", new Object[0])));
        } else {
            var r = result.get();
            rows.add(Row.of(Kind.HEADING, t.apply("ikm.pub.elements", new Object[0])));
            rows.add(Row.of(Kind.TABLE_HEADER, t.apply("ikm.element", new Object[0]), "NRR",
                    t.apply("ikm.weighted", new Object[0])));
            for (int i = 0; i < IkmCalculator.ELEMENTS; i++) {
                rows.add(Row.of(Kind.TABLE_ROW, elementName(i, locale),
                        new Figure(r.nrrRounded(i), Formats.NRR_DIGITS),
                        new Figure(r.weightedNrr(i).rounded(Formats.NRR_DIGITS), Formats.NRR_DIGITS)));
            }
            rows.add(Row.of(Kind.TABLE_TOTAL, t.apply("ikm.pub.weightedSum", new Object[0]), "",
                    new Figure(r.weightedNrr().rounded(Formats.WEIGHTED_SUM_DIGITS), Formats.WEIGHTED_SUM_DIGITS)));
            rows.add(Row.of(Kind.TABLE_TOTAL, t.apply("ikm.pub.index", new Object[0]), "",
                    new Figure(r.ikmRounded(), Formats.IKM_DIGITS)));
            rows.add(Row.of(Kind.TABLE_TOTAL, t.apply("ikm.pub.grade", new Object[0]), "", grade(r, locale)));
        }
        rows.add(Row.of(Kind.BLANK));
        rows.add(Row.of(Kind.HEADING, t.apply("ikm.pub.comparison", new Object[0])));
        var previous = report.previous();
        rows.add(Row.of(Kind.TABLE_HEADER, t.apply("ikm.pub.period", new Object[0]),
                Formats.period(previous.period(), locale),
                Formats.period(report.period(), locale)));
        rows.add(Row.of(Kind.TABLE_ROW, t.apply("ikm.respondents", new Object[0]), previous.respondents(),
                report.respondents()));
        rows.add(Row.of(Kind.TABLE_ROW, "IKM", ikm(previous.result()), ikm(result)));
        rows.add(Row.of(Kind.TABLE_ROW, t.apply("ikm.pub.grade", new Object[0]),
                previous.result().map(p -> grade(p, locale)).orElse("–"),
                result.map(p -> grade(p, locale)).orElse("–")));
        for (var breakdown : report.breakdowns()) {
            rows.add(Row.of(Kind.BLANK));
            rows.add(Row.of(Kind.HEADING, t.apply("ikm.by." + breakdown.dimension(), new Object[0])));
            rows.add(Row.of(Kind.TABLE_HEADER, t.apply("ikm.group", new Object[0]),
                    t.apply("ikm.respondents", new Object[0]), "IKM", t.apply("ikm.pub.grade", new Object[0])));
            for (var group : breakdown.groups()) {
                rows.add(Row.of(Kind.TABLE_ROW, groupLabel(breakdown.dimension(), group.key(), locale),
                        group.respondents(), ikm(group.result()),
                        group.grade().map(g -> (Object) g.name()).orElse(group.result().isPresent()
                                ? t.apply("ikm.group.tooFew", new Object[] {IkmReport.MIN_GROUP_RESPONDENTS}) : "–")));
            }
        }
        rows.add(Row.of(Kind.BLANK));
        rows.add(Row.of(Kind.HEADING, t.apply("ikm.pub.followUp", new Object[0])));
        var plan = report.publication().followUpPlan();
        rows.add(Row.of(Kind.TEXT, plan.isBlank() ? t.apply("ikm.pub.followUp.none", new Object[0]) : plan));
        rows.add(Row.of(Kind.BLANK));
        var place = report.publication().branchName();
        var head = report.publication().headName();
        rows.add(Row.of(Kind.SIGNATURE, (place == null ? "" : place + ", ") + Formats.longDate(issued, locale)));
        rows.add(Row.of(Kind.SIGNATURE, place == null ? t.apply("ikm.pub.signatory.all", new Object[0])
                : t.apply("ikm.pub.signatory", new Object[] {place})));
        rows.add(Row.of(Kind.BLANK));
        rows.add(Row.of(Kind.BLANK));
        rows.add(Row.of(Kind.SIGNATURE, head == null ? "(" + ".".repeat(48) + ")" : head));
        return rows;
    }

    private static Object ikm(Optional<IkmCalculator.Result> result) {
        return result.map(r -> (Object) new Figure(r.ikmRounded(), Formats.IKM_DIGITS)).orElse("–");
    }

    public byte[] xlsx(IkmReport report, Locale locale, LocalDate issued) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("IKM");
            var bold = workbook.createFont();
            bold.setBold(true);
            var heading = workbook.createCellStyle();
            heading.setFont(bold);
            var title = workbook.createCellStyle();
            var big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            var wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            var format = workbook.createDataFormat();
            var numberStyles = new HashMap<Integer, CellStyle>();
            var countStyle = workbook.createCellStyle();
            countStyle.setDataFormat(format.getFormat("#,##0"));
            int r = 0;
            for (var values : rows(report, locale, issued)) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < values.cells().size(); c++) {
                    var cell = row.createCell(c);
                    var value = values.cells().get(c);
                    switch (value) {
                        case Figure figure -> {
                            // the rounded value, not the exact one: a reader who sums the sheet gets what is printed
                            cell.setCellValue(figure.value().doubleValue());
                            cell.setCellStyle(numberStyles.computeIfAbsent(figure.digits(), digits -> {
                                var style = workbook.createCellStyle();
                                style.setDataFormat(format.getFormat("0." + "0".repeat(digits)));
                                return style;
                            }));
                        }
                        case Long count -> {
                            cell.setCellValue(count);
                            cell.setCellStyle(countStyle);
                        }
                        // a string cell is never evaluated: no formula guard is needed (or wanted) here
                        default -> cell.setCellValue(String.valueOf(value));
                    }
                    switch (values.kind()) {
                        case TITLE -> cell.setCellStyle(title);
                        case HEADING, TABLE_HEADER -> cell.setCellStyle(heading);
                        case TEXT -> cell.setCellStyle(wrap);
                        default -> {
                        }
                    }
                }
            }
            sheet.setColumnWidth(0, 48 * 256);
            sheet.setColumnWidth(1, 26 * 256);
            sheet.setColumnWidth(2, 26 * 256);
            sheet.setColumnWidth(3, 16 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] csv(IkmReport report, Locale locale, LocalDate issued) {
        try (var out = new ByteArrayOutputStream(); var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            var printer = CSVFormat.DEFAULT.print(writer);
            for (var values : rows(report, locale, issued)) {
                printer.printRecord(values.cells().stream().map(cell -> csvText(cell, locale)).toList());
            }
            printer.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV only: text that a spreadsheet would run as a formula is neutralised (a follow-up plan is typed freely). */
    private static String csvText(Object cell, Locale locale) {
        return cell instanceof String s ? id.bpjs.jmo.base.domain.SpreadsheetCells.csv(s) : text(cell, locale);
    }
}
