package id.bpjs.jmo.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.findings.Deck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deck's charts in the browser: a chart of counts has whole-number ticks only, a chart of means does not. */
class DeckChartConfigsTest {

    private static final List<Deck.ChartSpec.Series> SERIES = List.of(
            new Deck.ChartSpec.Series("Pengaduan", "#1c7ed6", List.of(1.0, 2.0)));

    @Test
    void a_chart_of_counts_has_no_fractional_ticks() {
        var counts = new Deck.ChartSpec(Deck.ChartSpec.Type.BAR, "Pengaduan", List.of("A", "B"), SERIES, 0.0, null,
                "Jumlah", 3, true);
        assertThat(DeckChartConfigs.toChartJs(counts).toJson()).contains("\"precision\":0");

        var means = new Deck.ChartSpec(Deck.ChartSpec.Type.LINE, "Rata-rata", List.of("A", "B"), SERIES, 1.0, 5.0,
                null, 3);
        assertThat(DeckChartConfigs.toChartJs(means).toJson()).doesNotContain("precision");
    }
}
