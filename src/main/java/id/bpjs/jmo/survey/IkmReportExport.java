package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.DateRange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * The IKM report as a spreadsheet a branch files (XLSX) or as plain CSV: the nine elements with NRR and weighted NRR,
 * the index, grade and sample, then the breakdowns. Numbers stay numbers (not text) in the XLSX.
 */
@Service
public class IkmReportExport {

    static final String[] ELEMENTS = {"U1 Persyaratan", "U2 Sistem, mekanisme, dan prosedur", "U3 Waktu penyelesaian",
            "U4 Biaya/tarif", "U5 Produk spesifikasi jenis pelayanan", "U6 Kompetensi pelaksana",
            "U7 Perilaku pelaksana", "U8 Sarana dan prasarana", "U9 Penanganan pengaduan, saran dan masukan"};

    /** Rows of the report: label, then values (numbers as Double, text as String). */
    List<List<Object>> rows(IkmReport report, String unit, DateRange period) {
        var rows = new ArrayList<List<Object>>();
        rows.add(List.of("Laporan Indeks Kepuasan Masyarakat (Permen PANRB 14/2017)"));
        rows.add(List.of("Unit pelayanan", unit));
        rows.add(List.of("Periode", period.from().toString() + " s.d. " + period.to().toString()));
        rows.add(List.of("Bobot per unsur", report.convention().name().equals("EXACT_NINTH") ? "1/9" : "0,111"));
        rows.add(List.of("Jumlah responden", (double) report.respondents()));
        rows.add(List.of("Sampel minimum (Krejcie-Morgan)", (double) report.minimumSample()));
        rows.add(List.of("Populasi (peserta dilayani dalam periode)", (double) report.population()));
        rows.add(List.of());
        rows.add(List.of("Unsur", "NRR", "NRR tertimbang"));
        report.result().ifPresent(result -> {
            for (int i = 0; i < ELEMENTS.length; i++) {
                rows.add(List.of(ELEMENTS[i], round(result.nrr()[i], 3),
                        round(result.nrr()[i] * result.convention().weight(), 3)));
            }
            rows.add(List.of("Jumlah NRR tertimbang", "", round(result.weightedNrr(), 3)));
            rows.add(List.of("IKM (× 25)", "", round(result.ikm(), 2)));
            rows.add(List.of("Mutu pelayanan", result.grade().name() + " – " + result.grade().labelId()));
        });
        if (report.result().isEmpty()) {
            rows.add(List.of("Belum ada jawaban IKM pada periode ini"));
        }
        for (var breakdown : report.breakdowns()) {
            rows.add(List.of());
            rows.add(List.of("Menurut " + switch (breakdown.dimension()) {
                case "gender" -> "jenis kelamin";
                case "age" -> "kelompok usia";
                case "education" -> "pendidikan";
                default -> "pekerjaan";
            }, "Responden", "IKM", "Mutu"));
            for (var group : breakdown.groups()) {
                rows.add(List.of(group.key(), (double) group.respondents(),
                        group.result().map(r -> (Object) round(r.ikm(), 2)).orElse("–"),
                        group.result().map(r -> (Object) r.grade().name()).orElse("–")));
            }
        }
        return rows;
    }

    public byte[] xlsx(IkmReport report, String unit, DateRange period) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("IKM");
            var bold = workbook.createFont();
            bold.setBold(true);
            var heading = workbook.createCellStyle();
            heading.setFont(bold);
            int r = 0;
            for (var values : rows(report, unit, period)) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    var cell = row.createCell(c);
                    if (values.get(c) instanceof Double number) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue(String.valueOf(values.get(c)));
                    }
                    if (r == 1 || values.size() > 1 && c == 0 && values.get(1) instanceof String s
                            && (s.equals("NRR") || s.equals("Responden"))) {
                        cell.setCellStyle(heading);
                    }
                }
            }
            sheet.setColumnWidth(0, 48 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            sheet.setColumnWidth(2, 16 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] csv(IkmReport report, String unit, DateRange period) {
        try (var out = new ByteArrayOutputStream(); var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            var printer = CSVFormat.DEFAULT.print(writer);
            for (var values : rows(report, unit, period)) {
                printer.printRecord(values.stream().map(v -> v instanceof Double d
                        ? String.format(Locale.ROOT, d == Math.rint(d) ? "%.0f" : "%.3f", d) : String.valueOf(v)).toList());
            }
            printer.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double value, int digits) {
        double factor = Math.pow(10, digits);
        return Math.round(value * factor) / factor;
    }
}
