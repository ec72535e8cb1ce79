package id.bpjs.jmo.survey;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.branch.Branch;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    SurveyDocuments(@Value("${jmo.public-url:http://localhost:8080}") String publicUrl, IkmReportExport export) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.export = export;
    }

    public String surveyUrl(Branch branch) {
        return publicUrl + "/survei/" + branch.getCode();
    }

    /** One A4 page per branch: a large QR code to the branch's survey page, its address and a short invitation. */
    public byte[] posters(List<Branch> branches) {
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

    /** The IKM report laid out for filing: title block, summary, the nine elements, the breakdowns. */
    public byte[] ikmPdf(IkmReport report, String unit, DateRange period) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 56, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            var rows = export.rows(report, unit, period);
            var heading = new Font(Font.HELVETICA, 16, Font.BOLD, GREEN);
            var bold = new Font(Font.HELVETICA, 10, Font.BOLD);
            var normal = new Font(Font.HELVETICA, 10);
            document.add(new Paragraph(String.valueOf(rows.getFirst().getFirst()), heading));
            document.add(Chunk.NEWLINE);
            PdfPTable table = null;
            for (var row : rows.subList(1, rows.size())) {
                if (row.isEmpty()) {
                    if (table != null) {
                        document.add(table);
                        table = null;
                    }
                    document.add(Chunk.NEWLINE);
                    continue;
                }
                if (row.size() <= 2 && table == null) {
                    var line = new Paragraph();
                    line.add(new Phrase(row.getFirst() + (row.size() > 1 ? ": " : ""), bold));
                    if (row.size() > 1) {
                        line.add(new Phrase(text(row.get(1)), normal));
                    }
                    document.add(line);
                    continue;
                }
                boolean header = table == null;
                if (header) {
                    table = new PdfPTable(row.size() == 3 ? new float[] {6, 2, 2} : new float[] {5, 2, 2, 1.5f});
                    table.setWidthPercentage(100);
                    table.setHeaderRows(1);
                }
                for (int c = 0; c < table.getNumberOfColumns(); c++) {
                    var value = c < row.size() ? text(row.get(c)) : "";
                    var cell = new PdfPCell(new Phrase(value, header ? bold : normal));
                    if (header) {
                        cell.setBackgroundColor(new Color(232, 245, 238));
                    }
                    if (c > 0) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    cell.setPadding(4);
                    table.addCell(cell);
                }
            }
            if (table != null) {
                document.add(table);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be written", e);
        }
        return out.toByteArray();
    }

    private static String text(Object value) {
        if (value instanceof Double number) {
            if (number == Math.rint(number) && Math.abs(number) < 1e12) {
                return String.format(java.util.Locale.forLanguageTag("id-ID"), "%,.0f", number);
            }
            return String.format(java.util.Locale.forLanguageTag("id-ID"), "%,.3f", number).replaceAll("0+$", "")
                    .replaceAll(",$", "");
        }
        return String.valueOf(value);
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
