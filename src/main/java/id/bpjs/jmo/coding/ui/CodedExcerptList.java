package id.bpjs.jmo.coding.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.coding.CodedExcerpt;
import id.bpjs.jmo.coding.CodedExcerpts;
import id.bpjs.jmo.coding.Sentiment;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The period's coded excerpts, newest first, narrowed by words, attribute and tone ({@link CodedExcerpts#narrow}),
 * whether each kept the rules' suggestion, and the period as CSV; a click opens an excerpt in the form.
 */
final class CodedExcerptList extends VerticalLayout {

    private final Grid<CodedExcerpt> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<RogersAttribute> attribute = new Select<>();
    private final Select<Sentiment> tone = new Select<>();
    private List<CodedExcerpt> excerpts = List.of();

    /**
     * @param filter the page's filter when the CSV is asked for (period and branch)
     * @param picked the excerpt clicked, to be edited
     */
    CodedExcerptList(CodedExcerpts service, Supplier<RecordFilter> filter, Consumer<CodedExcerpt> picked) {
        configureGrid();
        configureFilters();
        grid.addItemClickListener(e -> picked.accept(e.getItem()));
        var filters = new HorizontalLayout(search, attribute, tone, csv(service, filter));
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H3(getTranslation("coding.coded")), filters, grid);
        setPadding(false);
        setWidthFull();
        addClassName("coding-coded-panel");
    }

    private void configureGrid() {
        grid.setId("coding-coded");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(n -> Formats.date(n.getNotedOn(), getLocale())).setHeader(getTranslation("coding.col.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> getTranslation("enum.SourceType." + n.getSourceType().name()))
                .setHeader(getTranslation("coding.col.source")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.getInformantCode() + " · " + getTranslation("enum.InformantRole."
                + n.getInformantRole().name())).setHeader(getTranslation("coding.field.informant"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.getAttribute().label(getLocale())).setHeader(getTranslation("list.attribute"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> getTranslation("enum.Sentiment." + n.getSentiment().name()))
                .setHeader(getTranslation("coding.field.sentiment")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(n -> "sentiment-" + n.getSentiment().name().toLowerCase(Locale.ROOT));
        grid.addColumn(CodedExcerpt::getText).setHeader(getTranslation("coding.col.text")).setFlexGrow(1);
        grid.addColumn(n -> String.join(", ", n.tagList())).setHeader(getTranslation("coding.field.tags"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::suggestion).setHeader(getTranslation("coding.col.suggestion"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("coding.coded.empty"));
        grid.setMinHeight("20rem");
    }

    private String suggestion(CodedExcerpt excerpt) {
        var kept = excerpt.suggestionKept();
        return kept == null ? "–" : getTranslation(kept ? "coding.accepted.yes" : "coding.accepted.changed");
    }

    private void configureFilters() {
        search.setPlaceholder(getTranslation("coding.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setId("coding-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> narrow());
        attribute.setPlaceholder(getTranslation("coding.allAttributes"));
        attribute.setItems(RogersAttribute.values());
        // with an empty selection allowed, the generator is asked for null too
        attribute.setItemLabelGenerator(a -> a == null ? getTranslation("coding.allAttributes")
                : a.label(getLocale()));
        attribute.setEmptySelectionAllowed(true);
        attribute.setEmptySelectionCaption(getTranslation("coding.allAttributes"));
        attribute.addValueChangeListener(e -> narrow());
        tone.setPlaceholder(getTranslation("coding.allTones"));
        tone.setItems(Sentiment.values());
        tone.setItemLabelGenerator(t -> t == null ? getTranslation("coding.allTones")
                : getTranslation("enum.Sentiment." + t.name()));
        tone.setEmptySelectionAllowed(true);
        tone.setEmptySelectionCaption(getTranslation("coding.allTones"));
        tone.addValueChangeListener(e -> narrow());
    }

    private Anchor csv(CodedExcerpts service, Supplier<RecordFilter> filter) {
        // the page's language, read on the UI thread (the download runs in its own request)
        var language = Formats.language(getLocale());
        var csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            var current = filter.get();
            var bytes = service.csv(current, language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "kutipan-" + current.period().from() + "-"
                    + current.period().to() + ".csv", "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("coding.exportCsv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("coding-csv");
        return csv;
    }

    /** The period's coded excerpts, shown through the words, attribute and tone chosen. */
    void show(List<CodedExcerpt> coded) {
        excerpts = coded;
        narrow();
    }

    /** In memory: a period holds hundreds of excerpts, already loaded for the page. */
    private void narrow() {
        grid.setItems(CodedExcerpts.narrow(excerpts, search.getValue(), attribute.getValue(), tone.getValue(),
                getLocale()));
    }
}
