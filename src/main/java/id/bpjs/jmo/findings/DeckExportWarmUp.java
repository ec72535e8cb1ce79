package id.bpjs.jmo.findings;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a one-slide deck to PPTX and PDF once, in a background thread, after the application has started, and
 * throws the bytes away. The first export after a start otherwise pays for loading Apache POI, OpenPDF, JFreeChart
 * and their fonts (4.4 s measured for the first PPTX, issue 15, docs/PERFORMANCE.md); afterwards the person's first
 * click costs what every later one does. Off with {@code jmo.exports.warm-up=false} (tests).
 */
@Component
class DeckExportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DeckExportWarmUp.class);

    private final boolean enabled;

    DeckExportWarmUp(@Value("${jmo.exports.warm-up:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        if (!enabled) {
            return;
        }
        var thread = new Thread(this::warmUp, "deck-export-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Writes the tiny deck to both formats; returns the total size in bytes (for the test), 0 after a failure. */
    long warmUp() {
        long start = System.nanoTime();
        try {
            var deck = tinyDeck();
            long bytes = DeckPptx.write(deck).length + DeckPdf.write(deck).length;
            log.info("Deck exports warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
            return bytes;
        } catch (RuntimeException | LinkageError e) {
            // a warm-up must never stop the application; the real export reports its own errors
            log.warn("Deck export warm-up failed", e);
            return 0;
        }
    }

    /** One content slide with a bar chart: enough to load the slide, picture, chart and font code paths. */
    static Deck tinyDeck() {
        var chart = new Deck.ChartSpec(Deck.ChartSpec.Type.BAR, "warm-up", List.of("a", "b"),
                List.of(new Deck.ChartSpec.Series("n", "#1c7ed6", List.of(1.0, 2.0))), 0.0, 5.0, "n", 2);
        var slide = new Deck.Slide(Deck.Kind.ATTRIBUTE, "warm-up", "", List.of(new Deck.Figure("n", "2", "")),
                List.of("warm-up"), chart, "warm-up", null, null, "warm-up");
        return new Deck(id.bpjs.jmo.base.i18n.Formats.ID, "warm-up", "", List.of(slide), new Deck.Labels("-", "1"));
    }
}
