package id.bpjs.jmo.complaint;

import com.vaadin.flow.server.streams.DownloadResponse;
import id.bpjs.jmo.base.domain.SpreadsheetCells;
import id.bpjs.jmo.base.i18n.Translations;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The complaints of the current filter as CSV (UTF-8 with BOM, for Excel) or XLSX, page by page so a large export
 * does not fill memory, with column titles, sheet name and yes/no in the reader's language ({@link ComplaintColumn};
 * codes such as channel and category stay as stored, so {@link ComplaintImport} reads the file back). KPJ numbers stay
 * masked. Formula injection is guarded in the CSV only (a leading apostrophe on
 * cells a spreadsheet would run); the XLSX writes every text as a string cell, exactly as stored, which no
 * spreadsheet evaluates.
 */
@Service
public class ComplaintExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int PAGE = 1000;

    private final ComplaintRecords records;

    private final ServiceTime time;

    ComplaintExport(ComplaintRecords records, ServiceTime time) {
        this.records = records;
        this.time = time;
    }

    public DownloadResponse csv(ComplaintQuery query, Locale locale) {
        return download(query, locale, "csv", "text/csv;charset=UTF-8", out -> writeCsv(query, locale, out));
    }

    public DownloadResponse xlsx(ComplaintQuery query, Locale locale) {
        return download(query, locale, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> writeXlsx(query, locale, out));
    }

    public void writeCsv(ComplaintQuery query, Locale locale, OutputStream out) {
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            var printer = CSVFormat.DEFAULT.builder().setHeader(ComplaintColumn.titles(locale).toArray(String[]::new))
                    .get().print(writer);
            forEachRow(query, locale, row -> {
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

    public void writeXlsx(ComplaintQuery query, Locale locale, OutputStream out) {
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet(Translations.get(locale, "complaint.export.sheet"));
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var header = sheet.createRow(0);
            var titles = ComplaintColumn.titles(locale);
            for (int i = 0; i < titles.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(titles.get(i));
                cell.setCellStyle(headerStyle);
            }
            int[] rowIndex = {1};
            forEachRow(query, locale, values -> {
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

    private void forEachRow(ComplaintQuery query, Locale locale, Consumer<List<String>> sink) {
        var today = time.today();
        var yes = Translations.get(locale, "complaint.export.yes");
        var no = Translations.get(locale, "complaint.export.no");
        int page = 0;
        while (true) {
            var slice = records.list(query, today, PageRequest.of(page++, PAGE));
            for (var c : slice) {
                var row = new ArrayList<String>(ComplaintColumn.values().length);
                for (var column : ComplaintColumn.values()) {
                    row.add(switch (column) {
                        case TICKET -> c.getTicketNumber();
                        case RECEIVED -> TIME.format(c.getReceivedAt());
                        case CHANNEL -> c.getChannel().name();
                        case BRANCH -> c.getBranch() == null ? "" : c.getBranch().getCode();
                        case CATEGORY -> c.getCategory().name();
                        case ATTRIBUTE -> c.getAttribute().name();
                        case SEVERITY -> c.getSeverity().name();
                        case STATUS -> c.getStatus().name();
                        case AGE -> String.valueOf(records.ageInWorkingDays(c, today));
                        case OVERDUE -> records.isOverdue(c, today) ? yes : no;
                        case KPJ -> c.getMaskedKpjNumber();
                        case DESCRIPTION -> Objects.toString(c.getDescription(), "");
                        case ASSIGNEE -> c.getAssignee() == null ? "" : c.getAssignee().getFullName();
                        case FIRST_RESPONSE -> c.getFirstResponseAt() == null ? "" : TIME.format(c.getFirstResponseAt());
                        case RESOLVED -> c.getResolvedAt() == null ? "" : TIME.format(c.getResolvedAt());
                        case RESOLUTION_NOTE -> Objects.toString(c.getResolutionNote(), "");
                        case APP_VERSION -> Objects.toString(c.getAppVersion(), "");
                        case PLATFORM -> c.getPlatform() == null ? "" : c.getPlatform().name();
                        case ERROR_MESSAGE -> Objects.toString(c.getErrorMessage(), "");
                    });
                }
                sink.accept(row);
            }
            if (!slice.hasNext()) {
                return;
            }
        }
    }

    private static DownloadResponse download(ComplaintQuery query, Locale locale, String extension, String contentType,
            Consumer<OutputStream> writer) {
        try {
            var file = Files.createTempFile("pengaduan-", "." + extension);
            try (var out = Files.newOutputStream(file)) {
                writer.accept(out);
            }
            long size = Files.size(file);
            // on Linux the file is unlinked as soon as it is opened this way: nothing is left behind in /tmp
            InputStream in = Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
            // the file's name in the reader's language: "pengaduan-2026-01-01-2026-06-30.csv", "complaints-…"
            var name = Translations.get(locale, "complaint.export.file", query.filter().period().from().toString(),
                    query.filter().period().to().toString(), extension);
            return new DownloadResponse(in, name, contentType, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
