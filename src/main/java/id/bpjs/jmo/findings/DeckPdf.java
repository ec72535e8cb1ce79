package id.bpjs.jmo.findings;

import static id.bpjs.jmo.findings.DeckPalette.GREEN;
import static id.bpjs.jmo.findings.DeckPalette.LIGHT_GREEN;
import static id.bpjs.jmo.findings.DeckPalette.MUTED;
import static id.bpjs.jmo.findings.DeckPalette.PALE_GREEN;
import static id.bpjs.jmo.findings.DeckPalette.PALE_GREY;
import static id.bpjs.jmo.findings.DeckPalette.RULE;
import static id.bpjs.jmo.findings.DeckPalette.TEXT;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes the deck as an A4 report (OpenPDF): a title block, then one section per slide with its heading, key figures
 * as a small table, lines, the chart drawn by {@link DeckChartImages}, the narrative, the quote and the speaker notes where
 * they say more than the slide. A section is kept on one page when it fits; the footer numbers the pages.
 */
public final class DeckPdf {

    /** Charts are drawn at this size in pixels with tick labels of {@link #CHART_FONT} pixels: about 8.5 pt on A4. */
    private static final int CHART_WIDTH = 1600;
    private static final int CHART_HEIGHT = 700;
    private static final float CHART_FONT = 27;

    private final Deck deck;
    private final Fonts fonts;

    private DeckPdf(Deck deck, boolean embeddedFonts) {
        this.deck = deck;
        this.fonts = embeddedFonts ? Fonts.load() : new Fonts(null, null, null);
    }

    public static byte[] write(Deck deck) {
        return write(deck, true);
    }

    /** With {@code embeddedFonts} false, as if the font jar were missing: Helvetica, which needs no embedding. */
    static byte[] write(Deck deck, boolean embeddedFonts) {
        return new DeckPdf(deck, embeddedFonts).write();
    }

    private byte[] write() {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 52, 60);
        try {
            var writer = PdfWriter.getInstance(document, out);
            writer.setStrictImageSequence(true);
            writer.setPageEvent(new Footer());
            document.addTitle(fonts.text(deck.title()));
            document.open();
            titleBlock(document);
            int number = 0;
            for (var slide : deck.slides()) {
                if (slide.kind() != Deck.Kind.TITLE) {
                    for (var table : section(slide, ++number)) {
                        document.add(table);
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The findings report could not be written", e);
        }
        return out.toByteArray();
    }

    private void titleBlock(Document document) throws DocumentException {
        var band = new PdfPTable(1);
        band.setWidthPercentage(100);
        var cell = new PdfPCell();
        cell.setBackgroundColor(GREEN);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(16);
        cell.setPaddingBottom(18);
        var title = paragraph(deck.title(), fonts.font(22, Font.BOLD, Color.WHITE));
        title.setLeading(26);
        cell.addElement(title);
        if (!deck.subtitle().isBlank()) {
            var subtitle = paragraph(deck.subtitle(), fonts.font(11.5f, Font.NORMAL, LIGHT_GREEN));
            subtitle.setSpacingBefore(4);
            cell.addElement(subtitle);
        }
        band.addCell(cell);
        band.setSpacingAfter(10);
        document.add(band);
        var opening = deck.slides().stream().filter(s -> s.kind() == Deck.Kind.TITLE).findFirst();
        if (opening.isPresent()) {
            for (var line : opening.get().lines()) {
                document.add(paragraph(line, fonts.font(9.5f, Font.ITALIC, MUTED)));
            }
            for (var note : extraNotes(opening.get())) {
                var p = paragraph(note, fonts.font(10.5f, Font.NORMAL, TEXT));
                p.setSpacingBefore(6);
                document.add(p);
            }
        }
    }

    /**
     * One slide as two tables of a single column: the heading, figures, lines and chart are kept on one page; the
     * narrative, quote and notes after them may go on to the next.
     */
    private List<PdfPTable> section(Deck.Slide slide, int number) {
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(14);

        var head = cell();
        var heading = paragraph(number + ". " + slide.title(), fonts.font(15, Font.BOLD, GREEN));
        heading.setLeading(18);
        head.addElement(heading);
        if (!slide.subtitle().isBlank()) {
            var subtitle = paragraph(slide.subtitle(), fonts.font(9.5f, Font.NORMAL, MUTED));
            subtitle.setSpacingBefore(1);
            head.addElement(subtitle);
        }
        head.setBorder(Rectangle.BOTTOM);
        head.setBorderColor(GREEN);
        head.setBorderWidth(1.2f);
        head.setPaddingBottom(6);
        table.addCell(head);

        if (!slide.figures().isEmpty()) {
            var figures = cell();
            figures.setPaddingTop(8);
            figures.addElement(figures(slide.figures()));
            table.addCell(figures);
        }
        if (!slide.lines().isEmpty()) {
            table.addCell(lines(slide.lines()));
        }
        var spec = slide.chart();
        if (spec != null) {
            table.addCell(chart(spec));
        }

        var rest = new PdfPTable(1);
        rest.setWidthPercentage(100);
        var narrative = slide.narrative();
        if (narrative != null && !narrative.isBlank()) {
            var cell = cell();
            cell.setPaddingTop(6);
            for (var part : narrative.split("\n+")) {
                var p = paragraph(part.strip(), fonts.font(10.5f, Font.NORMAL, TEXT));
                p.setLeading(14.5f);
                p.setSpacingAfter(4);
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                cell.addElement(p);
            }
            rest.addCell(cell);
        }
        var quote = slide.quote();
        if (quote != null && !quote.isBlank()) {
            rest.addCell(quote(quote, slide.quoteSource()));
        }
        var notes = extraNotes(slide);
        if (!notes.isEmpty()) {
            var cell = cell();
            cell.setPaddingTop(6);
            for (var note : notes) {
                if (note.startsWith("“")) {
                    var p = paragraph(note, fonts.font(9.5f, Font.ITALIC, MUTED));
                    p.setLeading(13);
                    p.setSpacingAfter(3);
                    p.setIndentationLeft(10);
                    cell.addElement(p);
                } else {
                    var p = paragraph(note, fonts.font(10, Font.NORMAL, MUTED));
                    p.setLeading(13.5f);
                    p.setSpacingAfter(3);
                    cell.addElement(p);
                }
            }
            rest.addCell(cell);
        }
        return rest.size() == 0 ? List.of(table) : List.of(table, rest);
    }

    /** The lines as a list: a bullet, or the line's own number, hanging; a lead before a colon in bold. */
    private PdfPCell lines(List<String> lines) {
        var cell = cell();
        cell.setPaddingTop(6);
        boolean numbered = lines.stream().allMatch(l -> !DeckText.Line.of(l).number().isEmpty());
        var list = new com.lowagie.text.List(false, numbered ? 16 : 11);
        var symbol = fonts.font(10.5f, Font.BOLD, GREEN);
        var normal = fonts.font(10.5f, Font.NORMAL, TEXT);
        var bold = fonts.font(10.5f, Font.BOLD, TEXT);
        for (var line : lines) {
            var parts = DeckText.Line.of(line);
            var item = new ListItem(14, "", normal);
            item.setListSymbol(new Chunk(numbered ? parts.number() : "•", symbol));
            var text = parts.text();
            if (!numbered && !parts.number().isEmpty()) {
                text = parts.number() + " " + text;
            }
            if (!parts.lead().isEmpty()) {
                item.add(new Chunk(fonts.text(parts.lead()), bold));
            }
            item.add(new Chunk(fonts.text(text), normal));
            item.setSpacingAfter(numbered ? 4 : 2);
            list.add(item);
        }
        cell.addElement(list);
        return cell;
    }

    private PdfPTable figures(List<Deck.Figure> figures) {
        int columns = Math.min(4, figures.size());
        var table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        for (var figure : figures) {
            var cell = new PdfPCell();
            cell.setBackgroundColor(PALE_GREEN);
            cell.setBorder(Rectangle.BOX);
            cell.setBorderColor(Color.WHITE);
            cell.setBorderWidth(3);
            cell.setPadding(6);
            cell.setPaddingBottom(8);
            var label = paragraph(figure.label(), fonts.font(8.5f, Font.BOLD, MUTED));
            label.setLeading(10.5f);
            cell.addElement(label);
            var value = paragraph(figure.value(), fonts.font(figure.value().length() > 12 ? 12 : 16, Font.BOLD,
                    GREEN));
            value.setLeading(figure.value().length() > 12 ? 14 : 19);
            value.setSpacingBefore(1);
            cell.addElement(value);
            if (!figure.detail().isBlank()) {
                var detail = paragraph(figure.detail(), fonts.font(8, Font.NORMAL, MUTED));
                detail.setLeading(10);
                detail.setSpacingBefore(1);
                cell.addElement(detail);
            }
            table.addCell(cell);
        }
        // the last row is filled so that the grid stays even
        for (int i = figures.size() % columns; i > 0 && i < columns; i++) {
            var empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            table.addCell(empty);
        }
        return table;
    }

    private PdfPCell chart(Deck.ChartSpec spec) {
        var cell = cell();
        cell.setPaddingTop(8);
        Optional<byte[]> png = DeckChartImages.png(spec, deck.locale(), CHART_WIDTH, CHART_HEIGHT, CHART_FONT);
        if (png.isPresent()) {
            try {
                var image = Image.getInstance(png.get());
                image.setWidthPercentage(100);
                image.scaleToFit(PageSize.A4.getWidth() - 96, 260);
                image.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(image);
                return cell;
            } catch (IOException | DocumentException e) {
                throw new IllegalStateException("The chart could not be placed in the report", e);
            }
        }
        var box = new PdfPTable(1);
        box.setWidthPercentage(100);
        var message = new PdfPCell();
        message.setBackgroundColor(PALE_GREY);
        message.setBorder(Rectangle.NO_BORDER);
        message.setPadding(12);
        if (!spec.title().isBlank()) {
            var title = paragraph(spec.title(), fonts.font(9.5f, Font.BOLD, MUTED));
            title.setAlignment(Element.ALIGN_CENTER);
            message.addElement(title);
        }
        var text = paragraph(deck.labels().noChartData(), fonts.font(10, Font.ITALIC, MUTED));
        text.setAlignment(Element.ALIGN_CENTER);
        message.addElement(text);
        box.addCell(message);
        cell.addElement(box);
        return cell;
    }

    private PdfPCell quote(String quote, @Nullable String source) {
        var box = new PdfPTable(1);
        box.setWidthPercentage(100);
        var inner = new PdfPCell();
        inner.setBackgroundColor(PALE_GREY);
        inner.setBorder(Rectangle.LEFT);
        inner.setBorderColorLeft(GREEN);
        inner.setBorderWidthLeft(3);
        inner.setPadding(8);
        inner.setPaddingLeft(12);
        var text = quote.strip();
        if (!text.startsWith("“") && !text.startsWith("\"")) {
            text = "“" + text + "”";
        }
        var p = paragraph(text, fonts.font(10.5f, Font.ITALIC, TEXT));
        p.setLeading(14);
        inner.addElement(p);
        if (source != null && !source.isBlank()) {
            var s = paragraph("— " + source, fonts.font(8.5f, Font.NORMAL, MUTED));
            s.setSpacingBefore(3);
            inner.addElement(s);
        }
        box.addCell(inner);
        var cell = cell();
        cell.setPaddingTop(8);
        cell.addElement(box);
        return cell;
    }

    /**
     * The paragraphs of the speaker notes that are not already on the page: the narrative, the lines and the quote
     * shown are left out (the notes of an attribute slide repeat them), further quotes and summaries stay.
     */
    static List<String> extraNotes(Deck.Slide slide) {
        var shown = new ArrayList<String>();
        if (slide.narrative() != null) {
            slide.narrative().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(shown::add);
        }
        slide.lines().stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(shown::add);
        var quote = slide.quote() == null ? "" : slide.quote().strip();
        var extra = new ArrayList<String>();
        for (var paragraph : slide.notes().split("\n")) {
            var text = paragraph.strip();
            if (text.isEmpty() || shown.contains(text) || !quote.isEmpty() && text.contains(quote)) {
                continue;
            }
            for (var piece : shown) {
                text = text.replace(piece, "");
            }
            text = text.replaceAll("\\s{2,}", " ").strip();
            if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                extra.add(text);
            }
        }
        return extra;
    }

    private Paragraph paragraph(String text, Font font) {
        return new Paragraph(fonts.text(text), font);
    }

    private static PdfPCell cell() {
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var canvas = writer.getDirectContent();
            float y = document.bottom() - 26;
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(document.left(), y + 12);
            canvas.lineTo(document.right(), y + 12);
            canvas.stroke();
            canvas.restoreState();
            var font = fonts.font(8, Font.NORMAL, MUTED);
            var page = deck.labels().page() + " " + writer.getPageNumber();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(fonts.text(deck.title()), font),
                    document.left(), y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(page, font), document.right(), y, 0);
        }
    }

    /**
     * Liberation Sans from {@link DeckFonts}, embedded as a subset: Indonesian text and the signs ≥ ≤ as written.
     * Without it (the font jar missing) Helvetica, with those signs written out and anything else outside Cp1252
     * replaced.
     */
    private record Fonts(@Nullable BaseFont regular, @Nullable BaseFont bold, @Nullable BaseFont italic) {

        private static final Charset CP1252 = Charset.forName("windows-1252");

        static Fonts load() {
            var regular = DeckFonts.pdf(DeckFonts.Face.REGULAR);
            var bold = DeckFonts.pdf(DeckFonts.Face.BOLD);
            var italic = DeckFonts.pdf(DeckFonts.Face.ITALIC);
            if (regular == null) {
                return new Fonts(null, null, null);
            }
            return new Fonts(regular, bold == null ? regular : bold, italic == null ? regular : italic);
        }

        Font font(float size, int style, Color colour) {
            if (regular == null) {
                return new Font(Font.HELVETICA, size, style, colour);
            }
            var base = (style & Font.BOLD) != 0 ? bold : (style & Font.ITALIC) != 0 ? italic : regular;
            // a bold italic is drawn bold; a missing bold or italic file falls back to the regular face with style
            int synthetic = base == regular ? style : Font.NORMAL;
            return new Font(base, size, synthetic, colour);
        }

        String text(String text) {
            if (regular != null) {
                return text;
            }
            var encoder = CP1252.newEncoder();
            var result = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                switch (c) {
                    case '≥' -> result.append(">=");
                    case '≤' -> result.append("<=");
                    case '≠' -> result.append("!=");
                    case '−' -> result.append('-');
                    default -> result.append(encoder.canEncode(Character.toString(c)) ? Character.toString(c) : "?");
                }
            });
            return result.toString();
        }
    }
}
