package id.bpjs.jmo.findings;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The deck's typeface, Liberation Sans (SIL Open Font License 1.1), read once from the font jar on the class path
 * ({@code com.mpobjects.jasperreports.font:jasperreports-fonts-liberation}), so the PDF and the chart images look the
 * same on Linux, macOS, Windows and in a container without {@code /usr/share/fonts}. It has Arial's metrics: text
 * measured with it fits the PPTX, whose runs name Arial (on every PowerPoint machine; LibreOffice maps Arial to
 * Liberation Sans). Each face is parsed once per JVM; Java2D fonts are immutable and OpenPDF's {@link BaseFont} keeps
 * each document's glyph subset in that document's writer, so both are shared by concurrent exports.
 */
final class DeckFonts {

    /** The font family named in the PPTX runs. */
    static final String PPTX_FAMILY = "Arial";

    private static final String FOLDER = "/com/mpobjects/jasperreports/fonts/liberation/";

    /** A face of the family and its file in the font jar. */
    enum Face {
        REGULAR("LiberationSans-Regular.ttf"), BOLD("LiberationSans-Bold.ttf"), ITALIC("LiberationSans-Italic.ttf"),
        BOLD_ITALIC("LiberationSans-BoldItalic.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        static Face of(boolean bold, boolean italic) {
            return bold ? italic ? BOLD_ITALIC : BOLD : italic ? ITALIC : REGULAR;
        }
    }

    private DeckFonts() {
    }

    /** Java2D's font of this face and size (in points for measuring, in pixels for chart images). */
    static Font awt(boolean bold, boolean italic, float size) {
        var face = Loaded.AWT.get(Face.of(bold, italic));
        if (face == null) {
            // the font jar is missing from the class path: the JDK's logical sans-serif still draws
            int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
            return new Font(Font.SANS_SERIF, style, 1).deriveFont(size);
        }
        return face.deriveFont(size);
    }

    /** OpenPDF's font of this face, embedded as a subset with Unicode encoding; empty without the font jar. */
    static @Nullable BaseFont pdf(Face face) {
        return Loaded.PDF.get(face);
    }

    /** Loaded on first use, once: the bytes of each file, parsed for Java2D and for OpenPDF. */
    private static final class Loaded {
        static final Map<Face, Font> AWT = new EnumMap<>(Face.class);
        static final Map<Face, BaseFont> PDF = new EnumMap<>(Face.class);

        static {
            for (var face : Face.values()) {
                byte[] bytes = read(face);
                if (bytes == null) {
                    continue;
                }
                try {
                    AWT.put(face, Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes)));
                    PDF.put(face, BaseFont.createFont(face.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes,
                            null));
                } catch (FontFormatException | IOException | RuntimeException e) {
                    throw new IllegalStateException("The deck's font " + face.file + " could not be read", e);
                }
            }
        }

        private static byte @Nullable [] read(Face face) {
            try (InputStream in = DeckFonts.class.getResourceAsStream(FOLDER + face.file)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("The deck's font " + face.file + " could not be read", e);
            }
        }
    }
}
