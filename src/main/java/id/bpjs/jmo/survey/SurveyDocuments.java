package id.bpjs.jmo.survey;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.branch.Branch;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Printable documents: the A4 survey poster with its QR code, and the IKM report on A4. */
@Service
public class SurveyDocuments {

    private static final Color GREEN = new Color(10, 125, 62);

    private final String publicUrl;
    private final IkmReportExport export;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final id.bpjs.jmo.security.CurrentUser currentUser;
    private final id.bpjs.jmo.base.time.ServiceTime time;

    SurveyDocuments(@Value("${jmo.public-url:http://localhost:8080}") String publicUrl, IkmReportExport export,
            org.springframework.jdbc.core.JdbcTemplate jdbc, id.bpjs.jmo.security.CurrentUser currentUser,
            id.bpjs.jmo.base.time.ServiceTime time) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.export = export;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.time = time;
    }

    public String surveyUrl(Branch branch) {
        return publicUrl + "/survei/" + branch.getCode();
    }

    /**
     * One A4 page per branch: a large QR code to the branch's survey page, its address and a short invitation. The
     * first download per branch is recorded ({@code survey_poster}, V22): the set-up checklist ticks the poster step
     * from it.
     */
    @org.springframework.transaction.annotation.Transactional
    public byte[] posters(List<Branch> branches) {
        var who = currentUser.get().map(user -> user.username()).orElse("?");
        for (var branch : branches) {
            jdbc.update("insert into survey_poster (branch_id, first_downloaded_at, downloaded_by) select ?, ?, ?"
                    + " from branch where id = ? and not exists (select 1 from survey_poster where branch_id = ?)",
                    branch.getId(), java.sql.Timestamp.valueOf(time.now(branch.zone())), who, branch.getId(),
                    branch.getId());
        }
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 64, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            boolean first = true;
            for (var branch : branches) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                var title = new Paragraph("Survei Kepuasan Peserta", new Font(Font.HELVETICA, 30, Font.BOLD, GREEN));
                title.setAlignment(Element.ALIGN_CENTER);
                document.add(title);
                var office = new Paragraph("BPJS Ketenagakerjaan Cabang " + branch.getName(),
                        new Font(Font.HELVETICA, 18, Font.NORMAL));
                office.setAlignment(Element.ALIGN_CENTER);
                office.setSpacingAfter(18);
                document.add(office);
                var invitation = new Paragraph("Bantu kami memperbaiki layanan, termasuk aplikasi JMO. Pindai kode QR"
                        + " dengan kamera HP Anda — hanya 2 menit, tanpa login, jawaban anonim.",
                        new Font(Font.HELVETICA, 14));
                invitation.setAlignment(Element.ALIGN_CENTER);
                invitation.setSpacingAfter(24);
                document.add(invitation);
                var qr = Image.getInstance(qr(surveyUrl(branch), 900), null);
                qr.scaleToFit(340, 340);
                qr.setAlignment(Element.ALIGN_CENTER);
                document.add(qr);
                var url = new Paragraph(surveyUrl(branch), new Font(Font.COURIER, 14, Font.BOLD));
                url.setAlignment(Element.ALIGN_CENTER);
                url.setSpacingBefore(12);
                document.add(url);
                var english = new Paragraph("Participant satisfaction survey — scan the code (English: add ?lang=en).",
                        new Font(Font.HELVETICA, 11, Font.ITALIC, Color.GRAY));
                english.setAlignment(Element.ALIGN_CENTER);
                english.setSpacingBefore(24);
                document.add(english);
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The poster could not be written", e);
        }
        return out.toByteArray();
    }

    /**
     * The IKM report laid out as a publication on A4, from the same rows as the XLSX and CSV: title block, the unit
     * and period, the sample (with a warning when it is below the minimum), the nine elements, the comparison with the
     * period before, the breakdowns, the follow-up plan and the signature block.
     */
    public byte[] ikmPdf(IkmReport report, Locale locale, LocalDate issued) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 52, 52);
        var title = new Font(Font.HELVETICA, 14, Font.BOLD, GREEN);
        var subtitle = new Font(Font.HELVETICA, 10, Font.NORMAL, Color.DARK_GRAY);
        var heading = new Font(Font.HELVETICA, 11, Font.BOLD, GREEN);
        var bold = new Font(Font.HELVETICA, 10, Font.BOLD);
        var normal = new Font(Font.HELVETICA, 10);
        var warning = new Font(Font.HELVETICA, 10, Font.BOLD, new Color(150, 20, 20));
        try {
            var writer = PdfWriter.getInstance(document, out);
            var pageLabel = Translations.get(locale, "ikm.pub.page");
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER,
                            new Phrase(pageLabel + " " + w.getPageNumber(), new Font(Font.HELVETICA, 8, Font.NORMAL,
                                    Color.GRAY)), (d.left() + d.right()) / 2, d.bottom() - 24, 0);
                }
            });
            document.open();
            PdfPTable table = null;
            PdfPTable fields = null;
            PdfPCell signature = null;
            for (var row : export.rows(report, locale, issued)) {
                var kind = row.kind();
                boolean tableRow = kind == IkmReportExport.Kind.TABLE_ROW || kind == IkmReportExport.Kind.TABLE_TOTAL;
                if (table != null && !tableRow) {
                    document.add(table);
                    table = null;
                }
                if (fields != null && kind != IkmReportExport.Kind.FIELD) {
                    document.add(fields);
                    fields = null;
                }
                var first = row.cells().isEmpty() ? "" : IkmReportExport.text(row.cells().getFirst());
                switch (kind) {
                    case TITLE -> {
                        var p = new Paragraph(first.toUpperCase(locale), title);
                        p.setAlignment(Element.ALIGN_CENTER);
                        document.add(p);
                    }
                    case SUBTITLE -> {
                        var p = new Paragraph(first, subtitle);
                        p.setAlignment(Element.ALIGN_CENTER);
                        p.setSpacingAfter(6);
                        document.add(p);
                        var rule = new PdfPTable(1);
                        rule.setWidthPercentage(100);
                        var line = new PdfPCell(new Phrase(" ", new Font(Font.HELVETICA, 2)));
                        line.setBorder(Rectangle.BOTTOM);
                        line.setBorderColorBottom(GREEN);
                        line.setBorderWidthBottom(1.5f);
                        rule.addCell(line);
                        document.add(rule);
                    }
                    case FIELD -> {
                        if (fields == null) {
                            fields = new PdfPTable(new float[] {3.4f, 4});
                            fields.setWidthPercentage(100);
                            fields.setSpacingBefore(4);
                        }
                        fields.addCell(plain(first, normal, Element.ALIGN_LEFT));
                        fields.addCell(plain(": " + IkmReportExport.text(row.cells().get(1)), bold,
                                Element.ALIGN_LEFT));
                    }
                    case WARNING -> {
                        var box = new PdfPTable(1);
                        box.setWidthPercentage(100);
                        box.setSpacingBefore(8);
                        var cell = new PdfPCell(new Phrase(first, warning));
                        cell.setBackgroundColor(new Color(253, 236, 236));
                        cell.setBorderColor(new Color(150, 20, 20));
                        cell.setPadding(7);
                        box.addCell(cell);
                        document.add(box);
                    }
                    case HEADING -> {
                        // a heading starts its section on the next page rather than stand alone at the bottom
                        if (writer.getVerticalPosition(true) - document.bottom() < 110) {
                            document.newPage();
                        }
                        var p = new Paragraph(first, heading);
                        p.setSpacingBefore(4);
                        p.setSpacingAfter(5);
                        p.setKeepTogether(true);
                        document.add(p);
                    }
                    case TABLE_HEADER -> {
                        int columns = row.cells().size();
                        // columns headed by a written period ("1 Juli – 31 Desember 2023") need room for it
                        boolean periods = columns == 3 && IkmReportExport.text(row.cells().get(1)).length() > 12;
                        table = new PdfPTable(columns == 3 ? periods ? new float[] {3.4f, 3.3f, 3.3f}
                                : new float[] {5, 2.6f, 2.6f} : new float[] {5, 2, 2, 2});
                        table.setWidthPercentage(100);
                        // a table placed right after a paragraph starts on its baseline and would cut its descenders
                        table.setSpacingBefore(4);
                        table.setHeaderRows(1);
                        for (int c = 0; c < columns; c++) {
                            var cell = boxed(IkmReportExport.text(row.cells().get(c)), bold, c);
                            cell.setBackgroundColor(new Color(232, 245, 238));
                            table.addCell(cell);
                        }
                    }
                    case TABLE_ROW, TABLE_TOTAL -> {
                        if (table == null) {
                            throw new IllegalStateException("A table row without its header: " + row);
                        }
                        for (int c = 0; c < table.getNumberOfColumns(); c++) {
                            var value = c < row.cells().size() ? IkmReportExport.text(row.cells().get(c)) : "";
                            var cell = boxed(value, kind == IkmReportExport.Kind.TABLE_TOTAL ? bold : normal, c);
                            if (kind == IkmReportExport.Kind.TABLE_TOTAL) {
                                cell.setBackgroundColor(new Color(246, 246, 246));
                            }
                            table.addCell(cell);
                        }
                    }
                    case TEXT -> {
                        var p = new Paragraph(first, normal);
                        p.setAlignment(Element.ALIGN_JUSTIFIED);
                        p.setLeading(14);
                        document.add(p);
                    }
                    case SIGNATURE -> {
                        if (signature == null) {
                            signature = new PdfPCell();
                            signature.setBorder(Rectangle.NO_BORDER);
                        }
                        signature.addElement(new Paragraph(first, normal));
                    }
                    case BLANK -> {
                        if (signature != null) {
                            signature.addElement(new Paragraph(" ", normal));
                            signature.addElement(new Paragraph(" ", normal));
                        } else {
                            document.add(new Paragraph(" ", new Font(Font.HELVETICA, 6)));
                        }
                    }
                }
            }
            if (table != null) {
                document.add(table);
            }
            if (signature != null) {
                if (writer.getVerticalPosition(true) - document.bottom() < 130) {
                    document.newPage();
                }
                var block = new PdfPTable(new float[] {5, 4});
                block.setWidthPercentage(100);
                block.setKeepTogether(true);
                block.addCell(plain("", normal, Element.ALIGN_LEFT));
                block.addCell(signature);
                document.add(block);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell plain(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(1.5f);
        cell.setPaddingBottom(1.5f);
        cell.setPaddingLeft(0);
        return cell;
    }

    private static PdfPCell boxed(String text, Font font, int column) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(column == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        cell.setBorderColor(new Color(190, 190, 190));
        cell.setPadding(4);
        return cell;
    }

    static BufferedImage qr(String content, int size) {
        try {
            var matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < size; x++) {
                for (int y = 0; y < size; y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
