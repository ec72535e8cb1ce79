package id.bpjs.jmo.findings;

import id.bpjs.jmo.base.domain.BrandColours;
import java.awt.Color;

/**
 * The colours of the findings deck, one set for the slides (PPTX), the A4 report (PDF) and the chart images drawn for
 * both: BPJS Ketenagakerjaan's green for bands, rules and values, greys for secondary text. Series colours are kept as
 * hex strings because the same {@link Deck.ChartSpec} is drawn by Chart.js in the browser too.
 */
final class DeckPalette {

    /** Title bands, value text, the bar beside a figure or a quote. */
    static final Color GREEN = BrandColours.GREEN;
    /** The rule under a slide's band. */
    static final Color DARK_GREEN = new Color(0x06, 0x5a, 0x2c);
    /** Subtitles on the green band. */
    static final Color LIGHT_GREEN = new Color(0xd3, 0xf9, 0xd8);
    /** The background of a key figure. */
    static final Color PALE_GREEN = new Color(0xf0, 0xf8, 0xf3);
    /** Body text. */
    static final Color TEXT = new Color(0x21, 0x25, 0x29);
    /** Labels, details, footers. */
    static final Color MUTED = new Color(0x5c, 0x67, 0x70);
    /** The background of a quote and of an empty chart's message. */
    static final Color PALE_GREY = new Color(0xf1, 0xf3, 0xf5);
    /** Thin rules (footer line). */
    static final Color RULE = new Color(0xde, 0xe2, 0xe6);

    /** Text inside chart images: a little lighter than body text, so the data stands out. */
    static final Color CHART_TEXT = new Color(0x34, 0x3a, 0x40);
    /** Gridlines of a chart. */
    static final Color CHART_GRID = RULE;
    /** The category axis line of a chart. */
    static final Color CHART_AXIS = new Color(0xad, 0xb5, 0xbd);

    /** Series: counts and the branch counter, app errors, JMO. */
    static final String SERIES_BASE = "#1c7ed6";
    static final String SERIES_ERROR = "#e03131";
    static final String SERIES_JMO = BrandColours.GREEN_HEX;

    private DeckPalette() {
    }

    /** A series colour as given in a spec ({@code #1c7ed6}); the base series colour when it is not a 6-digit hex. */
    static Color colour(String hex) {
        try {
            var digits = hex.startsWith("#") ? hex.substring(1) : hex;
            return digits.length() == 6 ? new Color(Integer.parseInt(digits, 16)) : colour(SERIES_BASE);
        } catch (NumberFormatException e) {
            return colour(SERIES_BASE);
        }
    }
}
