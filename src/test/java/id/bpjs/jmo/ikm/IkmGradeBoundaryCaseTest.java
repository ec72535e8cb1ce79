package id.bpjs.jmo.ikm;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.bpjs.jmo.base.domain.TableReader;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.ikm.IkmGrade;
import id.bpjs.jmo.survey.SurveyImport;
import id.bpjs.jmo.base.domain.WeightConvention;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Case 03 (shared/cases/03-grade-boundary-88305): 555 questionnaires of semester II 2023 at PWT whose IKM with the
 * weight 0,111 is exactly 88,305. Under the documented rule (half up to two decimals, then grade) every output must
 * print 88,31 and grade A; with 1/9 it is 88,39 A.
 */
@SpringBootTest
@ActiveProfiles("test")
class IkmGradeBoundaryCaseTest {

    private static final String CASE = "/cases/03-grade-boundary-88305/boundary_555_2023s2.csv";
    private static final DateRange SEMESTER_II_2023 = new DateRange(LocalDate.of(2023, 7, 1),
            LocalDate.of(2023, 12, 31));
    private static final Locale ID = Locale.forLanguageTag("id");

    @Autowired
    SurveyImport importer;
    @Autowired
    IkmReports reports;
    @Autowired
    IkmReportExport export;
    @Autowired
    IkmReportPdf reportPdf;
    @Autowired
    BranchService branches;
    @Autowired
    JdbcTemplate jdbc;

    private RecordFilter pwt() {
        return new RecordFilter(SEMESTER_II_2023, branches.byCode("PWT").orElseThrow().getId(), null);
    }

    /** Imports the case file through the survey import (as PWT staff), once per test context. */
    private void importCase() throws Exception {
        long present = jdbc.queryForObject("select count(*) from survey_response where submitted_at >= ? and"
                + " submitted_at < ?", Long.class, java.sql.Timestamp.valueOf(SEMESTER_II_2023.start()),
                java.sql.Timestamp.valueOf(SEMESTER_II_2023.endExclusive()));
        if (present > 0) {
            assertThat(present).isEqualTo(555);
            return;
        }
        byte[] file;
        try (var in = getClass().getResourceAsStream(CASE)) {
            file = in.readAllBytes();
        }
        var table = TableReader.read("boundary_555_2023s2.csv", file, SurveyImport.LIMITS);
        // the file's columns are in the import's field order, without the recommend score
        var fields = new ArrayList<>(SurveyImport.FIELDS);
        fields.remove("recommendScore");
        var mapping = new LinkedHashMap<String, String>();
        for (int i = 0; i < fields.size(); i++) {
            mapping.put(fields.get(i), table.columns().get(i));
        }
        var parsed = importer.check(table, mapping, ID);
        assertThat(parsed.errors()).isEmpty();
        assertThat(importer.store(parsed, mapping, done -> { })).isEqualTo(555);
    }

    @Test
    @WithUserDetails("petugas")
    void weight_0_111_gives_88_31_and_grade_a_and_one_ninth_gives_88_39_a() throws Exception {
        importCase();
        var printed = reports.report(pwt(), WeightConvention.PRINTED_0_111);
        assertThat(printed.respondents()).isEqualTo(555);
        var result = printed.result().orElseThrow();
        assertThat(result.ikmRounded()).isEqualByComparingTo("88.31");
        assertThat(result.grade()).isEqualTo(IkmGrade.A);
        for (int i = 0; i < 9; i++) {
            assertThat(result.nrrRounded(i)).as("U" + (i + 1)).isEqualByComparingTo(i < 3 ? "3.537" : "3.535");
        }
        var exact = reports.report(pwt(), WeightConvention.EXACT_NINTH).result().orElseThrow();
        assertThat(exact.ikmRounded()).isEqualByComparingTo("88.39");
        assertThat(exact.grade()).isEqualTo(IkmGrade.A);
    }

    @Test
    @WithUserDetails("petugas")
    void xlsx_csv_and_pdf_print_88_31_a_and_the_same_nrr_as_the_report() throws Exception {
        importCase();
        var report = reports.report(pwt(), WeightConvention.PRINTED_0_111);
        var issued = LocalDate.of(2024, 1, 15);

        // XLSX: the index is the number 88.31 shown with two decimals, the grade text "A – Sangat baik"
        var formatter = new DataFormatter(Locale.forLanguageTag("id-ID"));
        var xlsxLines = new ArrayList<List<String>>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(report, ID, issued)))) {
            for (var row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                row.forEach(cell -> {
                    assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
                    cells.add(formatter.formatCellValue(cell));
                });
                xlsxLines.add(cells);
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("IKM unit")) {
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(88.31);
                }
            }
        }
        assertThat(xlsxLines).anySatisfy(l -> assertThat(l).startsWith("IKM unit pelayanan (× 25)", "", "88,31"));
        assertThat(xlsxLines).anySatisfy(l -> assertThat(l).containsExactly("Mutu pelayanan", "", "A – Sangat baik"));
        assertThat(xlsxLines).anySatisfy(l -> assertThat(l).containsExactly("U1 Persyaratan", "3,537", "0,393"));
        assertThat(xlsxLines).anySatisfy(l -> assertThat(l).containsExactly("U9 Penanganan pengaduan, saran dan"
                + " masukan", "3,535", "0,392"));

        // CSV: the same cells as written text
        var csv = new String(export.csv(report, ID, issued), StandardCharsets.UTF_8).substring(1);
        var csvLines = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords().stream()
                .map(r -> r.toList()).toList();
        assertThat(csvLines).contains(List.of("IKM unit pelayanan (× 25)", "", "88,31"),
                List.of("Mutu pelayanan", "", "A – Sangat baik"), List.of("U1 Persyaratan", "3,537", "0,393"),
                List.of("Jumlah NRR tertimbang", "", "3,5322"));
        // and every number cell of the XLSX is the same text in the CSV
        assertThat(csvLines.stream().filter(l -> !l.isEmpty() && !(l.size() == 1 && l.getFirst().isEmpty())).toList())
                .containsAll(xlsxLines.stream().filter(l -> l.size() > 1).toList());

        // PDF: the same figures, the period in words and the signature place
        var text = new StringBuilder();
        var bytes = reportPdf.pdf(report, ID, issued);
        // kept for people to look at (rendered with pdftoppm when the layout changes)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "case03-laporan-ikm.pdf"), bytes);
        var pdf = new PdfReader(bytes);
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(pdf).getTextFromPage(page)).append('\n');
        }
        // the extractor joins table cells without spaces: compare without whitespace
        var joined = text.toString().replaceAll("\\s+", "");
        for (var expected : List.of("IKM unit pelayanan (× 25) 88,31", "Mutu pelayanan A – Sangat baik",
                "U1 Persyaratan 3,537 0,393", "U9 Penanganan pengaduan, saran dan masukan 3,535 0,392",
                "Jumlah NRR tertimbang 3,5322", "Periode survei: 1 Juli – 31 Desember 2023",
                "Purwokerto, 15 Januari 2024", "Kepala Kantor Cabang Purwokerto")) {
            assertThat(joined).contains(expected.replaceAll("\\s+", ""));
        }
    }

    @Test
    @WithUserDetails("petugas")
    void a_sample_below_the_minimum_is_warned_in_the_report_and_its_exports_in_the_page_language() throws Exception {
        importCase();
        var week = new RecordFilter(new DateRange(LocalDate.of(2023, 7, 3), LocalDate.of(2023, 7, 9)),
                branches.byCode("PWT").orElseThrow().getId(), null);
        var report = reports.report(week, WeightConvention.EXACT_NINTH);
        assertThat(report.respondents()).isPositive().isLessThan(report.minimumSample());
        var english = Locale.ENGLISH;
        var rows = export.rows(report, english, LocalDate.of(2023, 7, 10));
        var warning = rows.stream().filter(r -> r.kind() == IkmReportExport.Kind.WARNING).findFirst().orElseThrow();
        assertThat(IkmReportExport.text(warning.cells().getFirst(),
                english)).startsWith("Note: the number of respondents ("
                + report.respondents() + ") is below the minimum sample (" + report.minimumSample() + ")");
        var bytes = reportPdf.pdf(report, english, LocalDate.of(2023, 7, 10));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "case03-ikm-report-week-en.pdf"), bytes);
        var text = new PdfTextExtractor(new PdfReader(bytes)).getTextFromPage(1).replaceAll("\\s+", "");
        assertThat(text).contains("Note:thenumberofrespondents", "Surveyperiod:3–9July2023",
                "U1Requirements", "PUBLICSATISFACTIONSURVEYREPORT");
        // a previous period of equal length just before a custom week
        assertThat(report.previous().period()).isEqualTo(new DateRange(LocalDate.of(2023, 6, 26),
                LocalDate.of(2023, 7, 2)));
    }
}
