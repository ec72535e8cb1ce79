package id.bpjs.jmo.ikm;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
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
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** The IKM report on A4 (OpenPDF), drawn from the rows of {@link IkmReportExport}. */
@Service
public class IkmReportPdf {

    private static final Color GREEN = id.bpjs.jmo.base.domain.BrandColours.GREEN;

    private final IkmReportExport export;

    IkmReportPdf(IkmReportExport export) {
        this.export = export;
    }

    /**
     * The IKM report laid out as a publication on A4, from the same rows as the XLSX and CSV: title block, the unit
     * and period, the sample (with a warning when it is below the minimum), the nine elements, the comparison with the
     * period before, the breakdowns, the follow-up plan and the signature block.
     */
    public byte[] pdf(IkmReport report, Locale locale, LocalDate issued) {
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
                var first = row.cells().isEmpty() ? "" : IkmReportExport.text(row.cells().getFirst(), locale);
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
                        fields.addCell(plain(": " + IkmReportExport.text(row.cells().get(1), locale), bold,
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
                        boolean periods = columns == 3
                                && IkmReportExport.text(row.cells().get(1), locale).length() > 12;
                        table = new PdfPTable(columns == 3 ? periods ? new float[] {3.4f, 3.3f, 3.3f}
                                : new float[] {5, 2.6f, 2.6f} : new float[] {5, 2, 2, 2});
                        table.setWidthPercentage(100);
                        // a table placed right after a paragraph starts on its baseline and would cut its descenders
                        table.setSpacingBefore(4);
                        table.setHeaderRows(1);
                        for (int c = 0; c < columns; c++) {
                            var cell = boxed(IkmReportExport.text(row.cells().get(c), locale), bold, c);
                            cell.setBackgroundColor(new Color(232, 245, 238));
                            table.addCell(cell);
                        }
                    }
                    case TABLE_ROW, TABLE_TOTAL -> {
                        if (table == null) {
                            throw new IllegalStateException("A table row without its header: " + row);
                        }
                        for (int c = 0; c < table.getNumberOfColumns(); c++) {
                            var value = c < row.cells().size() ? IkmReportExport.text(row.cells().get(c), locale) : "";
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
}
