package id.bpjs.jmo.findings;

import static id.bpjs.jmo.findings.DeckPalette.CHART_AXIS;
import static id.bpjs.jmo.findings.DeckPalette.CHART_GRID;
import static id.bpjs.jmo.findings.DeckPalette.CHART_TEXT;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a {@link Deck.ChartSpec} on the server as PNG (JFreeChart), for the PPTX and PDF exports: white background,
 * flat bars or lines with points, the spec's colours, gaps where a value is missing, large fonts for slides, text in
 * the deck's font ({@link DeckFonts}).
 *
 * <p>Numbers on the axis and on the bars are written in the deck's language (3,12 and 1.204 in Bahasa Indonesia,
 * 3.12 and 1,204 in English: issue 17); a chart of {@link Deck.ChartSpec#counts() counts} steps by whole numbers.
 *
 * <p>An image depends only on the spec, its language, its size and its font size, so each is drawn once and kept (the
 * last {@value #CACHED_IMAGES}): a deck downloaded again or by the next manager looking at the same period costs no
 * drawing. Images are opaque RGB, which OpenPDF embeds without decoding them again and which
 * encode faster than ARGB.
 */
public final class DeckChartImages {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Above this many bars or points the values are not written on them (they would crowd). */
    private static final int MAX_VALUE_LABELS = 12;
    /** About 3 MB of PNG at most: a deck has 8 charts, drawn at one size for the slides and one for A4. */
    static final int CACHED_IMAGES = 64;
    /**
     * PNG compression as ImageIO's quality (1 = none, 0 = strongest): 0.75 encodes a chart about twice as fast as the
     * default and the file is some 30 % larger (measured on the deck's charts: 12 vs 30 ms, 38 vs 29 KB).
     */
    private static final float PNG_QUALITY = 0.75f;

    private static final Map<Key, Optional<byte[]>> IMAGES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Optional<byte[]>> eldest) {
            return size() > CACHED_IMAGES;
        }
    };

    private record Key(Deck.ChartSpec spec, Locale language, int width, int height, float fontPx) {
    }

    private DeckChartImages() {
    }

    /**
     * The chart at the given size in pixels, fonts in proportion (20 px tick labels at 1600 px wide), numbers in the
     * language of {@code locale}.
     */
    public static Optional<byte[]> png(Deck.ChartSpec spec, Locale locale, int width, int height) {
        return png(spec, locale, width, height, Math.max(11f, width / 80f));
    }

    /**
     * The chart at the given size in pixels with tick labels of {@code fontPx} pixels (titles, axis labels and the
     * legend are sized from it) and numbers in the language of {@code locale} (the deck's); empty when the spec has
     * no data (or only missing values), the caller then says so in words.
     */
    public static Optional<byte[]> png(Deck.ChartSpec spec, Locale locale, int width, int height, float fontPx) {
        if (!drawable(spec)) {
            return Optional.empty();
        }
        var language = id.bpjs.jmo.base.i18n.Formats.language(locale);
        var key = new Key(spec, language, width, height, fontPx);
        synchronized (IMAGES) {
            var cached = IMAGES.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // drawn outside the lock: two exports of different decks draw side by side; the same chart asked twice at
        // once is drawn twice and stored once, which is cheaper than making one wait for the other
        var image = Optional.of(encode(draw(spec, language, width, height, fontPx)));
        synchronized (IMAGES) {
            IMAGES.putIfAbsent(key, image);
        }
        return image;
    }

    /** How many images are kept now (for tests). */
    static int cachedImages() {
        synchronized (IMAGES) {
            return IMAGES.size();
        }
    }

    private static BufferedImage draw(Deck.ChartSpec spec, Locale language, int width, int height, float fontPx) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            chart(spec, language, fontPx).draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image) {
        var writer = ImageIO.getImageWritersByFormatName("png").next();
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PNG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Whether there is anything to draw: the spec is not empty and at least one value is given. */
    public static boolean drawable(Deck.ChartSpec spec) {
        return !spec.isEmpty() && spec.series().stream().flatMap(s -> s.values().stream())
                .anyMatch(v -> v != null && Double.isFinite(v));
    }

    static JFreeChart chart(Deck.ChartSpec spec, Locale language, float fontPx) {
        var dataset = dataset(spec);
        boolean bar = spec.type() == Deck.ChartSpec.Type.BAR;
        String valueAxis = spec.valueAxis() == null ? "" : spec.valueAxis();
        var chart = bar ? ChartFactory.createBarChart(null, null, valueAxis, dataset, PlotOrientation.VERTICAL,
                spec.series().size() > 1, false, false)
                : ChartFactory.createLineChart(null, null, valueAxis, dataset, PlotOrientation.VERTICAL,
                        spec.series().size() > 1, false, false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(fontPx * 0.4, fontPx * 0.4, fontPx * 0.4, fontPx * 0.8));
        if (!spec.title().isBlank()) {
            var title = new TextTitle(spec.title(), font(Font.BOLD, fontPx * 1.1f));
            title.setPaint(CHART_TEXT);
            title.setPadding(new RectangleInsets(0, 0, fontPx * 0.6, 0));
            chart.setTitle(title);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(Font.PLAIN, fontPx));
            legend.setItemPaint(CHART_TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setPadding(new RectangleInsets(0, 0, fontPx * 0.5, 0));
            legend.setItemLabelPadding(new RectangleInsets(2, fontPx * 0.3, 2, fontPx * 1.2));
        }

        var plot = (CategoryPlot) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(CHART_GRID);
        plot.setRangeGridlineStroke(new BasicStroke(Math.max(1f, fontPx / 14f)));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(fontPx * 0.3, 0, 0, 0));

        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(font(Font.PLAIN, fontPx));
        categories.setTickLabelPaint(CHART_TEXT);
        categories.setAxisLinePaint(CHART_AXIS);
        categories.setTickMarksVisible(false);
        categories.setMaximumCategoryLabelLines(2);
        categories.setLowerMargin(0.02);
        categories.setUpperMargin(0.02);
        categories.setCategoryMargin(bar ? 0.25 : 0.05);

        var values = (NumberAxis) plot.getRangeAxis();
        values.setTickLabelFont(font(Font.PLAIN, fontPx));
        values.setTickLabelPaint(CHART_TEXT);
        values.setLabelFont(font(Font.PLAIN, fontPx));
        values.setLabelPaint(CHART_TEXT);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        values.setNumberFormatOverride(numbers(axisDecimals(spec), language));
        range(values, spec);

        int points = 0;
        for (var series : spec.series()) {
            points += (int) series.values().stream().filter(v -> v != null).count();
        }
        AbstractCategoryItemRenderer renderer;
        if (bar) {
            var bars = (BarRenderer) plot.getRenderer();
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setItemMargin(0.04);
            bars.setMaximumBarWidth(0.12);
            renderer = bars;
        } else {
            var lines = (LineAndShapeRenderer) plot.getRenderer();
            float stroke = Math.max(2f, fontPx / 6f);
            double r = Math.max(4, fontPx * 0.35);
            for (int i = 0; i < spec.series().size(); i++) {
                lines.setSeriesStroke(i, new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                lines.setSeriesShape(i, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
                lines.setSeriesShapesVisible(i, true);
                lines.setSeriesShapesFilled(i, true);
            }
            renderer = lines;
        }
        double key = fontPx * 0.8;
        for (int i = 0; i < spec.series().size(); i++) {
            renderer.setSeriesPaint(i, DeckPalette.colour(spec.series().get(i).colour()));
            if (bar) {
                renderer.setLegendShape(i, new Rectangle2D.Double(-key / 2, -key / 2, key, key));
            }
        }
        if (points > 0 && points <= MAX_VALUE_LABELS) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                    numbers(decimals(spec), language)));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(font(Font.BOLD, fontPx * 0.9f));
            renderer.setDefaultItemLabelPaint(CHART_TEXT);
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                    TextAnchor.BOTTOM_CENTER));
            double offset = fontPx * 0.3;
            renderer.setItemLabelInsets(new RectangleInsets(offset, offset, offset, offset));
        }
        return chart;
    }

    private static DefaultCategoryDataset dataset(Deck.ChartSpec spec) {
        var dataset = new DefaultCategoryDataset();
        // JFreeChart keys must be distinct: a repeated label or series name gets trailing spaces, invisible when drawn
        var labels = distinct(spec.labels().toArray(String[]::new));
        var names = distinct(spec.series().stream().map(Deck.ChartSpec.Series::name).toArray(String[]::new));
        for (int s = 0; s < spec.series().size(); s++) {
            var series = spec.series().get(s);
            for (int i = 0; i < labels.length; i++) {
                Double value = i < series.values().size() ? series.values().get(i) : null;
                dataset.addValue(value, names[s], labels[i]);
            }
        }
        return dataset;
    }

    private static String[] distinct(String[] keys) {
        var seen = new HashSet<String>();
        var result = Arrays.copyOf(keys, keys.length);
        for (int i = 0; i < result.length; i++) {
            while (!seen.add(result[i])) {
                result[i] = result[i] + " ";
            }
        }
        return result;
    }

    private static void range(NumberAxis axis, Deck.ChartSpec spec) {
        double[] bounds = bounds(spec);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(bounds[0], bounds[1]);
        axis.setTickUnit(new NumberTickUnit(step(spec), axis.getNumberFormatOverride()));
    }

    /**
     * The value axis from the spec's min and max; an open end is set from the data with room for the value labels
     * (and zero is included when no minimum is given).
     */
    static double[] bounds(Deck.ChartSpec spec) {
        double[] bounds = rawBounds(spec);
        if (spec.max() == null) {
            // an open top ends on a gridline
            double step = step(spec);
            bounds[1] = bounds[0] + Math.ceil((bounds[1] - bounds[0]) / step - 1e-9) * step;
        }
        return bounds;
    }

    private static double[] rawBounds(Deck.ChartSpec spec) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (var series : spec.series()) {
            for (var value : series.values()) {
                if (value != null && Double.isFinite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        double min = spec.min() != null ? spec.min() : Math.min(0, low);
        double max = spec.max() != null ? spec.max() : high + Math.max(high - min, 1e-9) * 0.15;
        if (!(max > min)) {
            max = min + 1;
        }
        return new double[] {min, max};
    }

    /**
     * Digits of the deck's language (3,12 and 1.204 in Bahasa Indonesia, 3.12 and 1,204 in English) with a fixed
     * number of decimals, so that 3,30 stands beside 3,41.
     */
    private static DecimalFormat numbers(int decimals, Locale language) {
        var format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(
                id.bpjs.jmo.base.i18n.Formats.language(language)));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(id.bpjs.jmo.base.domain.Ratio.RULE);
        return format;
    }

    /** The decimals the values need, at most three: none for counts, one for 12,5%, two for means, three for NRR. */
    static int decimals(Deck.ChartSpec spec) {
        int decimals = 0;
        for (var series : spec.series()) {
            for (var value : series.values()) {
                if (value == null) {
                    continue;
                }
                while (decimals < 3 && Math.abs(value * Math.pow(10, decimals) - Math.rint(value
                        * Math.pow(10, decimals))) > 1e-6) {
                    decimals++;
                }
            }
        }
        return decimals;
    }

    /** The decimals of the axis' tick labels: as many as its step needs. */
    private static int axisDecimals(Deck.ChartSpec spec) {
        double step = step(spec);
        int decimals = 0;
        while (decimals < 3 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals)))
                > 1e-9) {
            decimals++;
        }
        return decimals;
    }

    /**
     * A round step (1, 2, 2.5 or 5 times a power of ten) giving about six gridlines over the axis' range; at least 1
     * for a chart of counts (no gridline at 0,5 complaints).
     */
    static double step(Deck.ChartSpec spec) {
        double[] range = rawBounds(spec);
        double step = step(range[0], range[1]);
        return spec.counts() ? Math.max(1, Math.ceil(step)) : step;
    }

    private static double step(double low, double high) {
        double raw = (high - low) / 6;
        if (!(raw > 0) || Double.isInfinite(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= raw - 1e-12) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static Font font(int style, float size) {
        return DeckFonts.awt((style & Font.BOLD) != 0, (style & Font.ITALIC) != 0, size);
    }
}
