package id.bpjs.jmo.findings;

import static id.bpjs.jmo.findings.DeckPalette.DARK_GREEN;
import static id.bpjs.jmo.findings.DeckPalette.GREEN;
import static id.bpjs.jmo.findings.DeckPalette.LIGHT_GREEN;
import static id.bpjs.jmo.findings.DeckPalette.MUTED;
import static id.bpjs.jmo.findings.DeckPalette.PALE_GREEN;
import static id.bpjs.jmo.findings.DeckPalette.PALE_GREY;
import static id.bpjs.jmo.findings.DeckPalette.RULE;
import static id.bpjs.jmo.findings.DeckPalette.TEXT;
import static id.bpjs.jmo.findings.DeckText.INSET;
import static id.bpjs.jmo.findings.DeckText.fit;
import static id.bpjs.jmo.findings.DeckText.height;
import static id.bpjs.jmo.findings.DeckText.line;
import static id.bpjs.jmo.findings.DeckText.lines;
import static id.bpjs.jmo.findings.DeckText.round;
import static id.bpjs.jmo.findings.DeckText.wordsFit;

import id.bpjs.jmo.findings.DeckText.Para;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextLineBreak;

/**
 * Writes the deck as a 16:9 PowerPoint file (Apache POI XSLF): a green header band with the title, the key figures
 * as boxes, the chart as a picture drawn by {@link DeckChartImages}, the text sized by {@link DeckText} so that it fits its
 * box, and the narrative in each slide's speaker notes. Every shape is placed explicitly; nothing is left to a layout.
 * Every text run carries the deck's language ({@code id-ID} or {@code en-US}), so PowerPoint checks the spelling of
 * Indonesian as Indonesian; the notes pages hold the notes and the slide picture, none of the template's date, header
 * or footer fields.
 */
public final class DeckPptx {

    static final double WIDTH = 960;
    static final double HEIGHT = 540;

    private static final double MARGIN = 40;
    private static final double GAP = 16;
    private static final double FOOTER = 42;
    /** Chart pictures are drawn at this many pixels per point, tick labels at {@link #CHART_FONT} points. */
    private static final double CHART_SCALE = 2.5;
    private static final double CHART_FONT = 13;
    /** The notes master's placeholders that a notes page does not need: the template's date, header and footer. */
    private static final Set<Placeholder> TEMPLATE_FIELDS = EnumSet.of(Placeholder.DATETIME, Placeholder.HEADER,
            Placeholder.FOOTER);

    private DeckPptx() {
    }

    public static byte[] write(Deck deck) {
        try (var ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            int number = 0;
            for (var s : deck.slides()) {
                number++;
                var slide = ppt.createSlide();
                if (s.kind() == Deck.Kind.TITLE) {
                    titleSlide(slide, s);
                } else {
                    contentSlide(ppt, slide, deck, s, number);
                }
                notes(ppt, slide, s.notes());
            }
            tagLanguage(ppt, language(deck.locale()));
            var out = new ByteArrayOutputStream();
            ppt.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- slides

    private static void titleSlide(XSLFSlide slide, Deck.Slide s) {
        rect(slide, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), GREEN);
        rect(slide, new Rectangle2D.Double(0, HEIGHT - 14, WIDTH, 14), DARK_GREEN);
        double width = WIDTH - 2 * 80;
        var title = List.of(new Para(s.title(), 40, true, false, Color.WHITE, false, 0, TextAlign.CENTER));
        var subtitle = s.subtitle().isBlank() ? List.<Para>of()
                : List.of(new Para(s.subtitle(), 22, false, false, LIGHT_GREEN, false, 0, TextAlign.CENTER));
        var lines = s.lines().stream()
                .map(l -> new Para(l, 16, false, false, Color.WHITE, false, 6, TextAlign.CENTER)).toList();
        double titleScale = fit(title, width, 170, 0.6);
        double titleHeight = height(title, width, titleScale);
        double subtitleHeight = height(subtitle, width, fit(subtitle, width, 80, 0.7));
        double linesScale = fit(lines, width, 110, 0.8);
        double linesHeight = height(lines, width, linesScale);
        double rule = 30;
        double total = titleHeight + 10 + subtitleHeight + rule + linesHeight;
        double y = Math.max(30, (HEIGHT - total) / 2 - 10);
        text(slide, new Rectangle2D.Double(80, y, width, titleHeight), title, titleScale, VerticalAlignment.BOTTOM);
        y += titleHeight + 10;
        if (!subtitle.isEmpty()) {
            text(slide, new Rectangle2D.Double(80, y, width, subtitleHeight), subtitle,
                    fit(subtitle, width, 80, 0.7), VerticalAlignment.TOP);
        }
        y += subtitleHeight;
        rect(slide, new Rectangle2D.Double((WIDTH - 120) / 2, y + rule / 2 - 1.5, 120, 3), LIGHT_GREEN);
        y += rule;
        if (!lines.isEmpty()) {
            text(slide, new Rectangle2D.Double(80, y, width, Math.min(linesHeight, HEIGHT - 20 - y)), lines,
                    linesScale, VerticalAlignment.TOP);
        }
    }

    private static void contentSlide(XMLSlideShow ppt, XSLFSlide slide, Deck deck, Deck.Slide s, int number) {
        double top = header(slide, s) + 18;
        footer(slide, deck, number);
        var body = new Rectangle2D.Double(MARGIN, top, WIDTH - 2 * MARGIN, HEIGHT - FOOTER - top);
        var chart = s.chart();
        boolean prose = s.narrative() != null || s.quote() != null;
        if (prose && (chart != null || !s.figures().isEmpty())) {
            // attribute slide: figures and chart on the left, the narrative and the quote on the right
            double leftWidth = 450;
            var left = new Rectangle2D.Double(body.x, body.y, leftWidth, body.height);
            var right = new Rectangle2D.Double(body.x + leftWidth + 24, body.y, body.width - leftWidth - 24,
                    body.height);
            if (chart == null) {
                figures(slide, s.figures(), left, 1, false);
            } else {
                int columns = Math.min(3, Math.max(1, s.figures().size()));
                int rows = (s.figures().size() + columns - 1) / columns;
                double figuresHeight = s.figures().isEmpty() ? 0
                        : figures(slide, s.figures(), new Rectangle2D.Double(left.x, left.y, left.width,
                                Math.min(110 * rows, left.height * 0.45)), columns, false) + 14;
                chart(ppt, slide, chart, new Rectangle2D.Double(left.x, left.y + figuresHeight, left.width,
                        left.height - figuresHeight), deck);
            }
            words(slide, s, right, true);
        } else if (chart != null) {
            // figures stacked on the left, the chart on the right with the lines under it
            var area = body;
            if (!s.figures().isEmpty()) {
                double figuresWidth = 250;
                figures(slide, s.figures(), new Rectangle2D.Double(body.x, body.y, figuresWidth, body.height), 1,
                        false);
                area = new Rectangle2D.Double(body.x + figuresWidth + 24, body.y, body.width - figuresWidth - 24,
                        body.height);
            }
            double linesHeight = 0;
            List<Para> lines = bullets(s.lines(), 18);
            double linesScale = 1;
            if (!lines.isEmpty()) {
                double maxHeight = area.height * 0.4;
                linesScale = fit(lines, area.width, maxHeight, 16.0 / 18 * 0.85);
                linesHeight = Math.min(maxHeight, height(lines, area.width, linesScale));
            }
            double chartHeight = area.height - (lines.isEmpty() ? 0 : linesHeight + 12);
            if (!DeckChartImages.drawable(chart)) {
                // "no data" needs no more room than a few lines; the lines come right under it
                chartHeight = Math.min(chartHeight, 170);
            }
            chart(ppt, slide, chart, new Rectangle2D.Double(area.x, area.y, area.width, chartHeight), deck);
            if (!lines.isEmpty()) {
                text(slide, new Rectangle2D.Double(area.x, area.y + chartHeight + 12, area.width, linesHeight), lines,
                        linesScale, VerticalAlignment.TOP);
            }
        } else {
            // figures as a grid at the top, the lines (and any narrative or quote) under them
            boolean text = !s.lines().isEmpty() || prose;
            double y = body.y;
            if (!s.figures().isEmpty()) {
                int columns = Math.min(4, s.figures().size());
                double maxHeight = text ? body.height * 0.45 : body.height;
                y += figures(slide, s.figures(), new Rectangle2D.Double(body.x, y, body.width, maxHeight), columns,
                        !text)
                        + GAP;
            }
            if (text) {
                words(slide, s, new Rectangle2D.Double(body.x, y, body.width, body.y + body.height - y), false);
            }
        }
    }

    /** The green band with the title and subtitle; returns its height. */
    private static double header(XSLFSlide slide, Deck.Slide s) {
        double width = WIDTH - 2 * MARGIN;
        var title = List.of(new Para(s.title(), 30, true, false, Color.WHITE, false, 0, TextAlign.LEFT));
        var subtitle = s.subtitle().isBlank() ? List.<Para>of()
                : List.of(new Para(s.subtitle(), 16, false, false, LIGHT_GREEN, false, 0, TextAlign.LEFT));
        double titleScale = fit(title, width, 40, 0.8);
        double titleHeight = Math.min(80, height(title, width, titleScale));
        double subtitleScale = fit(subtitle, width, 42, 0.8);
        double subtitleHeight = Math.min(42, height(subtitle, width, subtitleScale));
        double band = 14 + titleHeight + (subtitle.isEmpty() ? 0 : 2 + subtitleHeight) + 12;
        rect(slide, new Rectangle2D.Double(0, 0, WIDTH, band), GREEN);
        rect(slide, new Rectangle2D.Double(0, band, WIDTH, 4), DARK_GREEN);
        text(slide, new Rectangle2D.Double(MARGIN, 14, width, titleHeight), title, titleScale,
                VerticalAlignment.TOP);
        if (!subtitle.isEmpty()) {
            text(slide, new Rectangle2D.Double(MARGIN, 14 + titleHeight + 2, width, subtitleHeight), subtitle,
                    subtitleScale, VerticalAlignment.TOP);
        }
        return band + 4;
    }

    private static void footer(XSLFSlide slide, Deck deck, int number) {
        double y = HEIGHT - 26;
        rect(slide, new Rectangle2D.Double(MARGIN, y - 4, WIDTH - 2 * MARGIN, 0.75), RULE);
        var left = deck.subtitle().isBlank() ? deck.title() : deck.title() + " · " + deck.subtitle();
        var leftText = List.of(new Para(left, 10, false, false, MUTED, false, 0, TextAlign.LEFT));
        double width = WIDTH - 2 * MARGIN - 80;
        text(slide, new Rectangle2D.Double(MARGIN, y, width, 18), leftText, fit(leftText, width, 18, 0.8),
                VerticalAlignment.TOP);
        text(slide, new Rectangle2D.Double(WIDTH - MARGIN - 70, y, 70, 18),
                List.of(new Para(number + " / " + deck.slides().size(), 10, false, false, MUTED, false, 0,
                        TextAlign.RIGHT)), 1, VerticalAlignment.TOP);
    }

    /**
     * Figure boxes in a grid of {@code columns} columns inside {@code area}; the boxes are as tall as their content
     * needs, or share the area's height when {@code fill}. Returns the height used.
     */
    private static double figures(XSLFSlide slide, List<Deck.Figure> figures, Rectangle2D area, int columns,
            boolean fill) {
        int rows = (figures.size() + columns - 1) / columns;
        double gap = 12;
        double boxWidth = (area.getWidth() - (columns - 1) * gap) / columns;
        double boxHeight = (area.getHeight() - (rows - 1) * gap) / rows;
        double textWidth = boxWidth - 12 - 6;
        // one scale for all boxes, shrunk only when the tallest content does not fit
        double needed = 0;
        var contents = new ArrayList<List<Para>>();
        // numbers share one size so that a row reads evenly; a word (an attribute's name) is sized on its own
        double numbers = figures.stream().filter(f -> !isText(f.value()))
                .mapToDouble(f -> valueSize(f.value(), textWidth, fill)).min().orElse(0);
        for (var f : figures) {
            double valueSize = isText(f.value()) ? valueSize(f.value(), textWidth, fill) : numbers;
            var content = figure(f, fill, valueSize);
            contents.add(content);
            needed = Math.max(needed, height(content, textWidth, 1) + 16);
        }
        double scale = 1;
        while (needed > boxHeight && scale > 0.6) {
            scale -= 0.05;
            needed = 0;
            for (var content : contents) {
                needed = Math.max(needed, height(content, textWidth, scale) + 16);
            }
        }
        // a box a little taller than its content looks calmer; when the area is much taller, the boxes stay compact
        if (!fill) {
            boxHeight = Math.min(boxHeight, Math.max(needed, rows == 1 ? needed : needed * 1.25));
        }
        for (int i = 0; i < figures.size(); i++) {
            int row = i / columns;
            int column = i % columns;
            double x = area.getX() + column * (boxWidth + gap);
            double y = area.getY() + row * (boxHeight + gap);
            rect(slide, new Rectangle2D.Double(x, y, boxWidth, boxHeight), PALE_GREEN);
            rect(slide, new Rectangle2D.Double(x, y, 5, boxHeight), GREEN);
            text(slide, new Rectangle2D.Double(x + 12, y + 4, boxWidth - 12 - 6, boxHeight - 8), contents.get(i),
                    scale, VerticalAlignment.MIDDLE);
        }
        return rows * boxHeight + (rows - 1) * gap;
    }

    private static List<Para> figure(Deck.Figure f, boolean big, double valueSize) {
        var content = new ArrayList<Para>();
        content.add(new Para(f.label(), big ? 15 : 13, true, false, MUTED, false, 0, TextAlign.LEFT));
        content.add(new Para(f.value(), valueSize, true, false, GREEN, false, big ? 4 : 2, TextAlign.LEFT));
        if (!f.detail().isBlank()) {
            content.add(new Para(f.detail(), big ? 14 : 12, false, false, MUTED, false, big ? 4 : 2,
                    TextAlign.LEFT));
        }
        return content;
    }

    private static boolean isText(String value) {
        return value.codePoints().filter(Character::isLetter).count() > 2;
    }

    /** The value's size: big, smaller until each word fits the width and the whole takes at most two lines. */
    private static double valueSize(String value, double width, boolean big) {
        double size = big ? 40 : 34;
        int maxLines = value.strip().contains(" ") ? 2 : 1;
        while (size > 16) {
            var para = new Para(value, size, true, false, GREEN, false, 0, TextAlign.LEFT);
            if (wordsFit(para, width, 1) && lines(para, width, 1) <= maxLines) {
                break;
            }
            size -= 2;
        }
        return size;
    }

    /** Lines, narrative and quote in the area, all scaled together so that they fit. */
    private static void words(XSLFSlide slide, Deck.Slide s, Rectangle2D area, boolean column) {
        var main = new ArrayList<Para>();
        var narrative = s.narrative();
        if (narrative != null && !narrative.isBlank()) {
            for (var paragraph : narrative.split("\n+")) {
                main.add(new Para(paragraph.strip(), column ? 17 : 18, false, false, TEXT, false,
                        main.isEmpty() ? 0 : 8, TextAlign.LEFT));
            }
        }
        boolean recommendations = narrative == null && s.quote() == null;
        for (var line : s.lines()) {
            double before = main.isEmpty() ? 0 : recommendations ? 12 : 8;
            main.add(line(line, column ? 15 : 20, column ? MUTED : TEXT, before));
        }
        var quote = new ArrayList<Para>();
        if (s.quote() != null && !s.quote().isBlank()) {
            quote.add(new Para("“" + unquote(s.quote()) + "”", 16, false, true, TEXT, false, 0, TextAlign.LEFT));
            if (s.quoteSource() != null && !s.quoteSource().isBlank()) {
                quote.add(new Para("— " + s.quoteSource(), 12, false, false, MUTED, false, 4, TextAlign.LEFT));
            }
        }
        double quoteGap = quote.isEmpty() || main.isEmpty() ? 0 : 16;
        double quoteWidth = area.getWidth() - 14;
        double scale = 1;
        while (scale > 0.5 && height(main, area.getWidth(), scale) + quoteGap * scale
                + height(quote, quoteWidth, scale) + (quote.isEmpty() ? 0 : 2 * INSET) > area.getHeight()) {
            scale -= 0.025;
        }
        double mainHeight = Math.min(area.getHeight(), height(main, area.getWidth(), scale));
        if (!main.isEmpty()) {
            text(slide, new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), mainHeight), main, scale,
                    VerticalAlignment.TOP);
        }
        if (!quote.isEmpty()) {
            double y = area.getY() + (main.isEmpty() ? 0 : mainHeight + quoteGap * scale);
            double quoteHeight = Math.min(area.getY() + area.getHeight() - y,
                    height(quote, quoteWidth, scale) + 2 * INSET);
            rect(slide, new Rectangle2D.Double(area.getX(), y, area.getWidth(), quoteHeight), PALE_GREY);
            rect(slide, new Rectangle2D.Double(area.getX(), y, 4, quoteHeight), GREEN);
            text(slide, new Rectangle2D.Double(area.getX() + 10, y + INSET, quoteWidth, quoteHeight - 2 * INSET),
                    quote, scale, VerticalAlignment.TOP);
        }
    }

    private static String unquote(String quote) {
        var text = quote.strip();
        if (text.length() > 1 && (text.startsWith("“") && text.endsWith("”")
                || text.startsWith("\"") && text.endsWith("\""))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static List<Para> bullets(List<String> lines, double size) {
        return lines.stream().map(l -> line(l, size, TEXT, 6)).toList();
    }

    private static void chart(XMLSlideShow ppt, XSLFSlide slide, Deck.ChartSpec spec, Rectangle2D area, Deck deck) {
        var png = DeckChartImages.png(spec, deck.locale(), (int) Math.round(area.getWidth() * CHART_SCALE),
                (int) Math.round(area.getHeight() * CHART_SCALE), (float) (CHART_FONT * CHART_SCALE));
        if (png.isPresent()) {
            var picture = slide.createPicture(ppt.addPicture(png.get(), PictureData.PictureType.PNG));
            picture.setAnchor(area);
            return;
        }
        rect(slide, area, PALE_GREY);
        var message = new ArrayList<Para>();
        if (!spec.title().isBlank()) {
            message.add(new Para(spec.title(), 16, true, false, MUTED, false, 0, TextAlign.CENTER));
        }
        message.add(new Para(deck.labels().noChartData(), 18, false, false, MUTED, false, 6, TextAlign.CENTER));
        var inner = new Rectangle2D.Double(area.getX() + 16, area.getY() + 16, area.getWidth() - 32,
                area.getHeight() - 32);
        text(slide, inner, message, fit(message, inner.width, inner.height, 0.6), VerticalAlignment.MIDDLE);
    }

    private static void notes(XMLSlideShow ppt, XSLFSlide slide, String text) {
        if (text.isBlank()) {
            return;
        }
        var notes = ppt.getNotesSlide(slide);
        // the notes master's date, header and footer placeholders come along with the page; a presenter printing
        // the notes would find the template's date on every page
        for (XSLFShape shape : List.copyOf(notes.getShapes())) {
            if (shape instanceof XSLFTextShape field && TEMPLATE_FIELDS.contains(field.getTextType())) {
                notes.removeShape(shape);
            }
        }
        for (XSLFShape shape : notes) {
            if (shape instanceof XSLFTextShape body && body.getTextType() == Placeholder.BODY) {
                body.clearText();
                for (var paragraph : text.split("\n")) {
                    body.addNewTextParagraph().addNewTextRun().setText(paragraph);
                }
                return;
            }
        }
    }

    /** The BCP 47 tag PowerPoint reads for proofing: {@code id-ID} for Indonesian, {@code en-US} for English. */
    static String language(Locale locale) {
        return id.bpjs.jmo.base.i18n.Translations.get(id.bpjs.jmo.base.i18n.Formats.language(locale), "language.tag");
    }

    /** Every run, field and line break on the slides and the notes pages in the deck's language. */
    private static void tagLanguage(XMLSlideShow ppt, String lang) {
        for (var slide : ppt.getSlides()) {
            tagLanguage(slide.getShapes(), lang);
            var notes = slide.getNotes();
            if (notes != null) {
                tagLanguage(notes.getShapes(), lang);
            }
        }
    }

    private static void tagLanguage(List<XSLFShape> shapes, String lang) {
        for (var shape : shapes) {
            if (!(shape instanceof XSLFTextShape box)) {
                continue;
            }
            for (var paragraph : box.getTextParagraphs()) {
                for (var run : paragraph.getTextRuns()) {
                    switch (run.getXmlObject()) {
                        case CTRegularTextRun r -> (r.isSetRPr() ? r.getRPr() : r.addNewRPr()).setLang(lang);
                        case CTTextField f -> (f.isSetRPr() ? f.getRPr() : f.addNewRPr()).setLang(lang);
                        case CTTextLineBreak b -> (b.isSetRPr() ? b.getRPr() : b.addNewRPr()).setLang(lang);
                        default -> {
                        }
                    }
                }
                var end = paragraph.getXmlObject();
                (end.isSetEndParaRPr() ? end.getEndParaRPr() : end.addNewEndParaRPr()).setLang(lang);
            }
        }
    }

    // ---------------------------------------------------------------- drawing

    private static void rect(XSLFSlide slide, Rectangle2D r, Color fill) {
        var shape = slide.createAutoShape();
        shape.setShapeType(ShapeType.RECT);
        shape.setAnchor(r);
        shape.setFillColor(fill);
        shape.setLineColor(null);
    }

    private static void text(XSLFSlide slide, Rectangle2D r, List<Para> paras, double scale,
            VerticalAlignment alignment) {
        var box = slide.createTextBox();
        box.setAnchor(r);
        box.setInsets(new Insets2D(INSET / 2, INSET, INSET / 2, INSET));
        box.setWordWrap(true);
        box.setVerticalAlignment(alignment);
        box.setTextAutofit(TextAutofit.NORMAL);
        box.clearText();
        for (var para : paras) {
            var p = box.addNewTextParagraph();
            p.setTextAlign(para.align());
            p.setSpaceBefore(-para.spaceBefore() * scale);
            p.setSpaceAfter(0d);
            p.setLineSpacing(100d);
            double hang = para.hang(scale);
            if (para.bullet()) {
                p.setBullet(true);
                p.setBulletCharacter("•");
                p.setBulletFont(DeckFonts.PPTX_FAMILY);
                p.setBulletFontColor(GREEN);
            } else {
                p.setBullet(false);
            }
            p.setLeftMargin(hang);
            p.setIndent(-hang);
            if (!para.number().isEmpty()) {
                run(p, para.number() + "\t", para, scale, true, GREEN);
            }
            if (!para.lead().isEmpty()) {
                run(p, para.lead(), para, scale, true, para.colour());
            }
            run(p, para.text(), para, scale, para.bold(), para.colour());
        }
    }

    private static void run(XSLFTextParagraph p, String text, Para para, double scale, boolean bold, Color colour) {
        var run = p.addNewTextRun();
        run.setText(text);
        run.setFontFamily(DeckFonts.PPTX_FAMILY);
        run.setFontSize(round(para.size() * scale));
        run.setBold(bold);
        run.setItalic(para.italic());
        run.setFontColor(colour);
    }

    private static double round(double size) {
        return Math.floor(size * 2) / 2;
    }
}
