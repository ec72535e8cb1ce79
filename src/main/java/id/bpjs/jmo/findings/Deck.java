package id.bpjs.jmo.findings;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.i18n.Translations;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The meeting deck, independent of how it is shown: the presentation mode draws it in the browser, the PPTX and PDF
 * exports draw the same slides on the server. Each slide has its spoken text in {@code notes}.
 */
public record Deck(Locale locale, String title, String subtitle, List<Slide> slides, Labels labels) {

    /**
     * The name of a deck file in the reader's language, the page's download and the subscription's e-mail alike:
     * "temuan-jmo-pwt-2026-01-01-2026-06-30.pptx", in English "findings-jmo-all-2026-01-01-2026-06-30.pdf"
     * ({@code branchCode} null: every branch).
     */
    public static String fileName(Locale locale, @Nullable String branchCode, DateRange period, String extension) {
        var branch = branchCode == null ? Translations.get(locale, "deck.file.allBranches")
                : branchCode.toLowerCase(Locale.ROOT);
        return Translations.get(locale, "deck.file", branch, period.from().toString(), period.to().toString(),
                extension);
    }

    /** The exports' own words, in the deck's language: an empty chart, and the page number ("Halaman 3"). */
    public record Labels(String noChartData, String page) {
    }

    public enum Kind {
        TITLE, KEY_FIGURES, ATTRIBUTE, IKM, COMPLAINTS, CLAIMS, RECOMMENDATIONS
    }

    /** A big number with its label and a line of context. */
    public record Figure(String label, String value, String detail) {
    }

    /**
     * A slide: a title, optional key figures, bullet lines, a chart, a quote, and the notes (the narrative).
     * {@code narrative} is shown on the slide itself for attribute slides.
     */
    public record Slide(Kind kind, String title, String subtitle, List<Figure> figures, List<String> lines,
            @Nullable ChartSpec chart, @Nullable String narrative, @Nullable String quote, @Nullable String quoteSource,
            String notes) {
    }

    /**
     * A bar or line chart simple enough to draw the same in Chart.js and on the server. {@code counts}: the values are
     * whole counts (complaints), so the value axis has whole-number ticks only (no tick at 0,5 complaints).
     */
    public record ChartSpec(Type type, String title, List<String> labels, List<Series> series, @Nullable Double min,
            @Nullable Double max, @Nullable String valueAxis, long n, boolean counts) {

        /** A chart of measured values (means, NRR, percent): not {@link #counts()}. */
        public ChartSpec(Type type, String title, List<String> labels, List<Series> series, @Nullable Double min,
                @Nullable Double max, @Nullable String valueAxis, long n) {
            this(type, title, labels, series, min, max, valueAxis, n, false);
        }

        public enum Type {
            BAR, LINE
        }

        public record Series(String name, String colour, List<@Nullable Double> values) {
        }

        public boolean isEmpty() {
            return n == 0 || labels.isEmpty();
        }
    }
}
