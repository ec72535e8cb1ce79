package id.bpjs.jmo.findings;

import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;

/**
 * Text fitting for the slides: how many lines a paragraph takes in a box of a given width, and the largest scale at
 * which paragraphs fit a box. PowerPoint does not shrink text when a file is written (only when it is edited), so the
 * sizes are chosen here, measured with {@link DeckFonts} (Arial's metrics) and a safety margin for the renderers that
 * break lines a little differently (LibreOffice, Keynote). Sizes are in points.
 */
final class DeckText {

    /** The inner margin of a text box on every side, in points; the PPTX boxes are written with it. */
    static final double INSET = 4;

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2}\\.)\\s+(.+)", Pattern.DOTALL);
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private DeckText() {
    }

    /**
     * A paragraph to lay out, sizes in points before scaling: an optional number hanging in the margin ("1."), an
     * optional lead in bold ("Kerumitan:"), then the text.
     */
    record Para(String number, String lead, String text, double size, boolean bold, boolean italic,
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
    static Para line(String line, double size, Color colour, double spaceBefore) {
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

    /** A font size rounded down to half points, as written to the file. */
    static double round(double size) {
        return Math.floor(size * 2) / 2;
    }

    /** The largest scale (1 down to {@code min}) at which the paragraphs fit the box; {@code min} if none does. */
    static double fit(List<Para> paras, double width, double height, double min) {
        double scale = 1;
        while (scale > min && height(paras, width, scale) > height) {
            scale -= 0.025;
        }
        return Math.max(scale, min);
    }

    /** The height of the paragraphs in a box of this width, insets included (zero for no paragraphs). */
    static double height(List<Para> paras, double width, double scale) {
        if (paras.isEmpty()) {
            return 0;
        }
        double total = INSET;
        for (var para : paras) {
            double size = round(para.size() * scale);
            total += para.spaceBefore() * scale + lines(para, width, scale) * lineHeight(size);
        }
        return total;
    }

    private static double lineHeight(double size) {
        return size * 1.17;
    }

    /** The number of lines the paragraph takes, measured with a font of Arial's metrics and a safety margin. */
    static int lines(Para para, double width, double scale) {
        double size = round(para.size() * scale);
        double available = (width - 2 * INSET - para.hang(scale)) * 0.96;
        var all = para.all();
        if (all.isEmpty() || available <= 0) {
            return 1;
        }
        var text = new AttributedString(all);
        text.addAttribute(TextAttribute.FONT, DeckFonts.awt(para.bold(), para.italic(), (float) size));
        if (!para.lead().isEmpty()) {
            text.addAttribute(TextAttribute.FONT, DeckFonts.awt(true, para.italic(), (float) size), 0,
                    para.lead().length());
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
    static boolean wordsFit(Para para, double width, double scale) {
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
        return DeckFonts.awt(bold, italic, (float) size).getStringBounds(text, CONTEXT).getWidth();
    }
}
