package id.bpjs.jmo.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.Ratio;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.WeightConvention;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class IkmReportsTest {

    @Autowired
    IkmReports reports;
    @Autowired
    IkmReportExport export;
    @Autowired
    JdbcTemplate jdbc;

    private final DateRange year = DateRange.lastMonths(12, LocalDate.now());

    @Test
    @WithUserDetails("manajer")
    void the_report_matches_the_raw_answers_and_its_breakdowns_add_up() {
        var report = reports.report(new RecordFilter(year, null, null), WeightConvention.EXACT_NINTH);
        long raw = jdbc.queryForObject("select count(*) from survey_response where u1 is not null and submitted_at >= ?",
                Long.class, java.sql.Timestamp.valueOf(year.start()));
        assertThat(report.respondents()).isEqualTo(raw);
        double u4 = jdbc.queryForObject("select avg(cast(u4 as double precision)) from survey_response where u1 is not"
                + " null and submitted_at >= ?", Double.class, java.sql.Timestamp.valueOf(year.start()));
        assertThat(report.result().orElseThrow().nrr(3).doubleValue()).isCloseTo(u4, within(1e-9));
        for (var breakdown : report.breakdowns()) {
            assertThat(breakdown.groups().stream().mapToLong(IkmReport.Group::respondents).sum()).as(breakdown.dimension())
                    .isEqualTo(raw);
        }
        assertThat(report.minimumSample()).isBetween(370L, 384L);
    }

    @Test
    @WithUserDetails("manajer")
    void the_weight_convention_changes_the_index_as_the_regulation_says() {
        var exact = reports.report(new RecordFilter(year, null, null), WeightConvention.EXACT_NINTH).result()
                .orElseThrow();
        var printed = reports.report(new RecordFilter(year, null, null), WeightConvention.PRINTED_0_111).result()
                .orElseThrow();
        // exactly: 0,111 is 0,999 of 1/9
        assertThat(printed.ikm()).isEqualTo(exact.ikm().times(Ratio.of(new java.math.BigDecimal("0.999"))));
    }

    @Test
    @WithUserDetails("manajer")
    void a_period_without_answers_has_no_index_and_the_export_says_so() throws Exception {
        // 2001: before the demo data and before any period other tests import (2019, 2023, 2024)
        var empty = new DateRange(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 6, 30));
        var report = reports.report(new RecordFilter(empty, null, null), WeightConvention.EXACT_NINTH);
        assertThat(report.result()).isEmpty();
        assertThat(report.respondents()).isZero();
        var bytes = export.xlsx(report, Locale.forLanguageTag("id"), LocalDate.now());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var found = false;
            for (var row : workbook.getSheetAt(0)) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("Belum ada jawaban IKM")) {
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    @WithUserDetails("manajer")
    void the_xlsx_export_reopens_with_numbers_as_numbers() throws Exception {
        var report = reports.report(new RecordFilter(year, null, null), WeightConvention.EXACT_NINTH);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(report, Locale.forLanguageTag("id"), LocalDate.now())))) {
            var sheet = workbook.getSheetAt(0);
            double ikm = Double.NaN;
            for (var row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("IKM")) {
                    ikm = row.getCell(2).getNumericCellValue();
                }
            }
            assertThat(ikm).isEqualTo(report.result().orElseThrow().ikmRounded().doubleValue());
        }
    }
}
