package id.bpjs.jmo.base.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import id.bpjs.jmo.base.i18n.Formats;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import software.xdev.chartjs.model.charts.Chart;

/**
 * A Chart.js chart configured from Java with chartjs-java-model objects and drawn by {@code frontend/src/jmo-chart.ts}.
 * Its ticks and tooltips write numbers in the page's language (4,5 and 1.234 in Bahasa Indonesia, 4.5 and 1,234 in
 * English: issue 17): the {@value #LOCALE_ATTRIBUTE} attribute carries the language tag ({@code id-ID} or
 * {@code en}, from {@link Formats#language(Locale)}) that the element gives Chart.js as {@code options.locale}.
 */
@Tag("jmo-chart")
@JsModule("./src/jmo-chart.ts")
@NpmPackage(value = "chart.js", version = "4.5.1")
public class ChartJs extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The element's attribute with the language tag of the chart's numbers ("id-ID" or "en"). */
    public static final String LOCALE_ATTRIBUTE = "locale";

    public ChartJs() {
        setWidthFull();
        setHeight("320px");
    }

    /** Draws {@code chart}, its numbers in the language of the page ({@link #getLocale()}). */
    public void setChart(Chart<?, ?, ?> chart) {
        setNumberLocale(getLocale());
        getElement().setProperty("config", chart.toJson());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setNumberLocale(attachEvent.getUI().getLocale());
    }

    /** The language of the ticks and tooltips: "id-ID" for Bahasa Indonesia (and unknown), "en" for English. */
    private void setNumberLocale(@Nullable Locale locale) {
        getElement().setAttribute(LOCALE_ATTRIBUTE, Formats.language(locale).toLanguageTag());
    }

    /** Extra tooltip lines: for each dataset, one line per data point (e.g. "4–5: 72,0%"). */
    public void setTooltipExtras(List<List<String>> extras) {
        try {
            getElement().setProperty("tooltips", JSON.writeValueAsString(extras));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dashed limit line between category {@code index} and the next (e.g. "5 working days"). */
    public void setLimitLine(int index, String label) {
        setOverlay(java.util.Map.of("type", "vline", "index", index, "label", label));
    }

    /** Importance–performance quadrants crossing at (x, y), labelled top-left, top-right, bottom-left, bottom-right. */
    public void setQuadrants(double x, double y, List<String> labels) {
        setOverlay(java.util.Map.of("type", "quadrants", "x", x, "y", y, "labels", labels));
    }

    /** A marked moment on a category axis: a solid line at the start of category {@code index}, labelled. */
    public record Marker(int index, String label) {
    }

    /** Release markers: one labelled line at the start of each given category (e.g. "2.5.1" at its first week). */
    public void setMarkers(List<Marker> markers) {
        setOverlay(java.util.Map.of("type", "markers", "lines", markers.stream()
                .map(m -> java.util.Map.of("index", m.index(), "label", m.label())).toList()));
    }

    private void setOverlay(Object overlay) {
        try {
            getElement().setProperty("overlay", JSON.writeValueAsString(overlay));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void setAccessibleLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    public void downloadPng(String fileName) {
        getElement().callJsFunction("downloadPng", fileName);
    }

    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    /** A click on a bar or point: which dataset and which category. */
    @DomEvent("chart-click")
    public static class PointClickEvent extends ComponentEvent<ChartJs> {
        private final int datasetIndex;
        private final int index;
        private final String label;

        public PointClickEvent(ChartJs source, boolean fromClient,
                @EventData("event.detail.datasetIndex") int datasetIndex,
                @EventData("event.detail.index") int index,
                @EventData("event.detail.label") String label) {
            super(source, fromClient);
            this.datasetIndex = datasetIndex;
            this.index = index;
            this.label = label;
        }

        public int getDatasetIndex() {
            return datasetIndex;
        }

        public int getIndex() {
            return index;
        }

        public String getLabel() {
            return label;
        }
    }
}
