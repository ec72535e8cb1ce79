package id.bpjs.jmo.findings;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

/**
 * Writes the deck as a 16:9 PowerPoint file (Apache POI XSLF): a green header band with the title, the key figures
 * as boxes, the chart as a picture drawn by {@link DeckChartImages}, the text sized so that it fits its box, and the
 * narrative in each slide's speaker notes. Every shape is placed explicitly; nothing is left to a layout.
 */
public final class DeckPptx {

    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final String FONT = "Arial";

    private static final double MARGIN = 40;
    private static final double GAP = 16;
    private static final double FOOTER = 42;
    private static final double INSET = 4;
    /** Chart pictures are drawn at this many pixels per point, tick labels at {@link #CHART_FONT} points. */
    private static final double CHART_SCALE = 2.5;
    private static final double CHART_FONT = 13;

    private static final Color GREEN = new Color(0x0a, 0x7d, 0x3e);
    private static final Color DARK_GREEN = new Color(0x06, 0x5a, 0x2c);
    private static final Color LIGHT_GREEN = new Color(0xd3, 0xf9, 0xd8);
    private static final Color PALE_GREEN = new Color(0xf0, 0xf8, 0xf3);
    private static final Color TEXT = new Color(0x21, 0x25, 0x29);
    private static final Color MUTED = new Color(0x5c, 0x67, 0x70);
    private static final Color PALE_GREY = new Color(0xf1, 0xf3, 0xf5);
    private static final Color RULE = new Color(0xde, 0xe2, 0xe6);

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2}\\.)\\s+(.+)", Pattern.DOTALL);
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final String MEASURE_FAMILY = DeckChartImages.family();

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
        var png = DeckChartImages.png(spec, (int) Math.round(area.getWidth() * CHART_SCALE),
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
        message.add(new Para(noData(deck), 18, false, false, MUTED, false, 6, TextAlign.CENTER));
        var inner = new Rectangle2D.Double(area.getX() + 16, area.getY() + 16, area.getWidth() - 32,
                area.getHeight() - 32);
        text(slide, inner, message, fit(message, inner.width, inner.height, 0.6), VerticalAlignment.MIDDLE);
    }

    static String noData(Deck deck) {
        return deck.labels().noChartData();
    }

    private static void notes(XMLSlideShow ppt, XSLFSlide slide, String text) {
        if (text.isBlank()) {
            return;
        }
        var notes = ppt.getNotesSlide(slide);
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
                p.setBulletFont(FONT);
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
        run.setFontFamily(FONT);
        run.setFontSize(round(para.size() * scale));
        run.setBold(bold);
        run.setItalic(para.italic());
        run.setFontColor(colour);
    }

    private static double round(double size) {
        return Math.floor(size * 2) / 2;
    }

    // ---------------------------------------------------------------- measuring

    /**
     * A paragraph to lay out, sizes in points before scaling: an optional number hanging in the margin ("1."), an
     * optional lead in bold ("Kerumitan:"), then the text.
     */
    private record Para(String number, String lead, String text, double size, boolean bold, boolean italic,
            Color colour, boolean bullet, double spaceBefore, TextAlign align) {

        Para(String text, double size, boolean bold, boolean italic, Color colour, boolean bullet, double spaceBefore,
                TextAlign align) {
            this("", "", text, size, bold, italic, colour, bullet, spaceBefore, align);
        }

        String all() {
            return lead + text;
        }

        /** The hanging indent in points at this scale: the bullet's or the number's width. */
        double hang(double scale) {
            double size = round(this.size * scale);
            if (!number.isEmpty()) {
                return Math.ceil(width(number, size, true, false) + size * 0.45);
            }
            return bullet ? size * 1.1 : 0;
        }
    }

    /** A line of a list: "1. Kerumitan: text" becomes a hanging number, a bold lead and the text. */
    private static Para line(String line, double size, Color colour, double spaceBefore) {
        var parts = Line.of(line);
        return new Para(parts.number(), parts.lead(), parts.text(), size, false, false, colour,
                parts.number().isEmpty(), spaceBefore, TextAlign.LEFT);
    }

    /** A line split for display, in the slides and the report alike: "1." and "Kerumitan: " stand out. */
    record Line(String number, String lead, String text) {

        static Line of(String line) {
            var matcher = NUMBERED.matcher(line.strip());
            String number = "";
            var rest = line.strip();
            if (matcher.matches()) {
                number = matcher.group(1);
                rest = matcher.group(2);
            }
            String lead = "";
            int colon = rest.indexOf(": ");
            if (colon > 0 && colon <= 40 && !rest.substring(0, colon).contains("(")) {
                lead = rest.substring(0, colon + 2);
                rest = rest.substring(colon + 2);
            }
            return new Line(number, lead, rest);
        }
    }

    /** The largest scale (1 down to {@code min}) at which the paragraphs fit the box; {@code min} if none does. */
    private static double fit(List<Para> paras, double width, double height, double min) {
        double scale = 1;
        while (scale > min && height(paras, width, scale) > height) {
            scale -= 0.025;
        }
        return Math.max(scale, min);
    }

    /** The height of the paragraphs in a box of this width, insets included (zero for no paragraphs). */
    private static double height(List<Para> paras, double width, double scale) {
        if (paras.isEmpty()) {
            return 0;
        }
        double total = INSET;
        for (var para : paras) {
            double size = round(para.size() * scale);
            total += para.spaceBefore() * scale + lines(para, width, scale) * lineHeight(para, size);
        }
        return total;
    }

    private static double lineHeight(Para para, double size) {
        return size * 1.17;
    }

    /** The number of lines the paragraph takes, measured with a font of Arial's metrics and a safety margin. */
    private static int lines(Para para, double width, double scale) {
        double size = round(para.size() * scale);
        double available = (width - 2 * INSET - para.hang(scale)) * 0.96;
        var all = para.all();
        if (all.isEmpty() || available <= 0) {
            return 1;
        }
        var text = new AttributedString(all);
        text.addAttribute(TextAttribute.FONT, font(size, para.bold(), para.italic()));
        if (!para.lead().isEmpty()) {
            text.addAttribute(TextAttribute.FONT, font(size, true, para.italic()), 0, para.lead().length());
        }
        var measurer = new LineBreakMeasurer(text.getIterator(), CONTEXT);
        int lines = 0;
        while (measurer.getPosition() < all.length()) {
            measurer.nextLayout((float) available);
            lines++;
        }
        return Math.max(1, lines);
    }

    /** Whether every word of the paragraph fits on a line of the box (else it would be broken inside a word). */
    private static boolean wordsFit(Para para, double width, double scale) {
        double size = round(para.size() * scale);
        double available = (width - 2 * INSET - para.hang(scale)) * 0.96;
        for (var word : para.all().split("\\s+")) {
            if (width(word, size, para.bold(), para.italic()) > available) {
                return false;
            }
        }
        return true;
    }

    private static double width(String text, double size, boolean bold, boolean italic) {
        return font(size, bold, italic).getStringBounds(text, CONTEXT).getWidth();
    }

    private static Font font(double size, boolean bold, boolean italic) {
        int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
        return new Font(MEASURE_FAMILY, style, 1).deriveFont(style, (float) size);
    }
}
