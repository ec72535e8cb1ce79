package id.bpjs.jmo.complaint;

import com.vaadin.flow.server.streams.DownloadResponse;
import id.bpjs.jmo.base.domain.SpreadsheetCells;
import id.bpjs.jmo.base.time.ServiceTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The complaints of the current filter as CSV (UTF-8 with BOM, for Excel) or XLSX, page by page so a large export
 * does not fill memory. KPJ numbers stay masked. Formula injection is guarded in the CSV only (a leading apostrophe on
 * cells a spreadsheet would run); the XLSX writes every text as a string cell, exactly as stored, which no
 * spreadsheet evaluates.
 */
@Service
public class ComplaintExport {

    static final List<String> HEADERS = List.of("Tiket", "Diterima", "Kanal", "Cabang", "Kategori", "Atribut",
            "Tingkat", "Status", "Umur (hari kerja)", "Lewat batas", "No. KPJ", "Uraian", "Petugas",
            "Tanggapan pertama", "Selesai", "Catatan penyelesaian", "Versi aplikasi", "Platform", "Pesan eror");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int PAGE = 1000;

    private final ComplaintRecords records;

    private final ServiceTime time;

    ComplaintExport(ComplaintRecords records, ServiceTime time) {
        this.records = records;
        this.time = time;
    }

    public DownloadResponse csv(ComplaintQuery query) {
        return download(query, "csv", "text/csv;charset=UTF-8", out -> writeCsv(query, out));
    }

    public DownloadResponse xlsx(ComplaintQuery query) {
        return download(query, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> writeXlsx(query, out));
    }

    public void writeCsv(ComplaintQuery query, OutputStream out) {
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            var printer = CSVFormat.DEFAULT.builder().setHeader(HEADERS.toArray(String[]::new)).get().print(writer);
            forEachRow(query, row -> {
                try {
                    printer.printRecord(row.stream().map(SpreadsheetCells::csv).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeXlsx(ComplaintQuery query, OutputStream out) {
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet("Pengaduan");
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(headerStyle);
            }
            int[] rowIndex = {1};
            forEachRow(query, values -> {
                var row = sheet.createRow(rowIndex[0]++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(SpreadsheetCells.xlsx(values.get(i)));
                }
            });
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forEachRow(ComplaintQuery query, Consumer<List<String>> sink) {
        var today = time.today();
        int page = 0;
        while (true) {
            var slice = records.list(query, today, PageRequest.of(page++, PAGE));
            for (var c : slice) {
                var branch = c.getBranch();
                var assignee = c.getAssignee();
                sink.accept(List.of(c.getTicketNumber(), TIME.format(c.getReceivedAt()), c.getChannel().name(),
                        branch == null ? "" : branch.getCode(), c.getCategory().name(), c.getAttribute().name(),
                        c.getSeverity().name(), c.getStatus().name(),
                        String.valueOf(records.ageInWorkingDays(c, today)), records.isOverdue(c, today) ? "ya" : "tidak",
                        c.getMaskedKpjNumber(), Objects.toString(c.getDescription(), ""),
                        assignee == null ? "" : assignee.getFullName(),
                        c.getFirstResponseAt() == null ? "" : TIME.format(c.getFirstResponseAt()),
                        c.getResolvedAt() == null ? "" : TIME.format(c.getResolvedAt()),
                        Objects.toString(c.getResolutionNote(), ""), Objects.toString(c.getAppVersion(), ""),
                        c.getPlatform() == null ? "" : c.getPlatform().name(),
                        Objects.toString(c.getErrorMessage(), "")));
            }
            if (!slice.hasNext()) {
                return;
            }
        }
    }

    private static DownloadResponse download(ComplaintQuery query, String extension, String contentType,
            Consumer<OutputStream> writer) {
        try {
            var file = Files.createTempFile("pengaduan-", "." + extension);
            try (var out = Files.newOutputStream(file)) {
                writer.accept(out);
            }
            long size = Files.size(file);
            // on Linux the file is unlinked as soon as it is opened this way: nothing is left behind in /tmp
            InputStream in = Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
            var name = "pengaduan-" + query.filter().period().from() + "-" + query.filter().period().to() + "."
                    + extension;
            return new DownloadResponse(in, name, contentType, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
