package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * A titled chart with its sample size, an empty state, a PNG download and a table of its numbers
 * (for people who prefer numbers, and for screen readers).
 */
public class ChartCard extends Div {

    private final ChartJs chart = new ChartJs();
    private final Span sampleSize = new Span();
    private final Div emptyState = new Div();
    private final Div loading = new Div();
    private final Div note = new Div();
    private final Grid<List<String>> table = new Grid<>();
    private final Button tableToggle;
    private final String fileName;
    private List<String> columns = List.of();
    private List<List<String>> rows = List.of();

    public ChartCard(String title, String fileName) {
        this.fileName = fileName;
        addClassName("chart-card");
        // a card is a section of its view: h2 under the view's h1 in the top bar (WCAG 1.3.1, no skipped level)
        var heading = new H2(title);
        sampleSize.addClassName("sample-size");
        var download = new Button(VaadinIcon.DOWNLOAD_ALT.create(), e -> chart.downloadPng(this.fileName));
        download.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        download.setTooltipText(getTranslation("chart.downloadPng"));
        download.setAriaLabel(getTranslation("chart.downloadPng"));
        tableToggle = new Button(VaadinIcon.TABLE.create(), e -> toggleTable());
        tableToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        tableToggle.setTooltipText(getTranslation("chart.showTable"));
        tableToggle.setAriaLabel(getTranslation("chart.showTable"));
        var header = new HorizontalLayout(heading, sampleSize, download, tableToggle);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(heading);
        header.setWidthFull();
        chart.setAccessibleLabel(title);
        emptyState.addClassName("empty-state");
        emptyState.setText(getTranslation("chart.empty"));
        emptyState.setVisible(false);
        loading.addClassName("loading-state");
        loading.setText(getTranslation("chart.loading"));
        chart.setVisible(false);
        table.setVisible(false);
        table.setAllRowsVisible(true);
        note.addClassName("chart-note");
        note.setVisible(false);
        add(header, loading, chart, note, emptyState, table);
    }

    public ChartJs chart() {
        return chart;
    }

    /** Shows the chart (or the empty state when {@code n == 0}) and fills the table of numbers. */
    public void show(long n, List<String> columns, List<List<String>> rows) {
        loading.setVisible(false);
        sampleSize.setText("n = " + id.bpjs.jmo.base.i18n.Formats.number(n, getLocale()));
        boolean empty = n == 0 || rows.isEmpty();
        emptyState.setVisible(empty);
        chart.setVisible(!empty);
        this.columns = columns;
        this.rows = rows;
        tableToggle.setEnabled(!empty);
        if (empty) {
            table.setVisible(false);
        } else if (table.isVisible()) {
            fillTable();
        }
    }

    /**
     * The table of numbers is built when it is opened: a hidden grid still costs the browser a layout pass on every
     * filter change (issue 15), and most people look at the charts.
     */
    private void fillTable() {
        table.removeAllColumns();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            table.addColumn(row -> row.get(column))
                    .setHeader(columns.get(i)).setAutoWidth(true);
        }
        table.setItems(rows);
    }

    /** A line under the chart that explains its marks (e.g. which changes are beyond chance); blank hides it. */
    public void setNote(String text) {
        note.setText(text);
        note.setVisible(!text.isBlank());
    }

    private void toggleTable() {
        if (!table.isVisible()) {
            fillTable();
        }
        table.setVisible(!table.isVisible());
    }

}
