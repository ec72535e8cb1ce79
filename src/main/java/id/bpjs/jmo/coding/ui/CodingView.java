package id.bpjs.jmo.coding.ui;

import id.bpjs.jmo.base.ui.FollowsFilter;
import id.bpjs.jmo.base.ui.Links;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.domain.MessageKeyException;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.FilterBar;
import id.bpjs.jmo.base.ui.FilterParams;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.security.ui.BranchScope;
import id.bpjs.jmo.coding.InformantRole;
import id.bpjs.jmo.coding.CodedExcerpt;
import id.bpjs.jmo.coding.CodedExcerpts;
import id.bpjs.jmo.coding.Sentiment;
import id.bpjs.jmo.coding.SourceType;
import id.bpjs.jmo.rules.Suggestion;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The coding workspace: pick a text from the queue (survey comments, complaint descriptions) or write down an
 * excerpt from an interview, observation or document; the keyword rules suggest an attribute and a sentiment, the
 * coder accepts or changes them. The coded excerpts of the period are listed below, with the share of accepted
 * suggestions.
 */
@Route(Links.CODING)
@Menu(order = 35, icon = "vaadin:quote-left", title = "menu.coding")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class CodingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        FollowsFilter {

    static final int QUEUE_SIZE = 50;

    private final CodedExcerpts notes;
    private final BranchScope.Options branchScope;
    private final Map<Long, Branch> branchesById = new LinkedHashMap<>();
    private final FilterBar filterBar;
    private final LocalDate today;
    private FilterParams params;

    private final Grid<CodedExcerpts.QueueItem> queue = new Grid<>();
    private final Span queueCount = new Span();
    private final Grid<CodedExcerpt> coded = new Grid<>();
    private final Select<RogersAttribute> codedAttribute = new Select<>();
    private final Select<Sentiment> codedTone = new Select<>();
    private final TextField codedSearch = new TextField();
    private List<CodedExcerpt> codedItems = List.of();
    private final Button delete = new Button();
    private final Span acceptance = new Span();

    private final H3 formTitle = new H3();
    private final Select<SourceType> source = new Select<>();
    private final TextField informant = new TextField();
    private final Select<InformantRole> role = new Select<>();
    private final DatePicker notedOn = id.bpjs.jmo.base.ui.DatePickers.date("");
    private final Select<Branch> branch = new Select<>();
    private final TextArea text = new TextArea();
    private final Div suggestionBox = new Div();
    private final Span suggestionText = new Span();
    private final Button acceptSuggestion = new Button();
    private final Select<RogersAttribute> attribute = new Select<>();
    private final RadioButtonGroup<Sentiment> sentiment = new RadioButtonGroup<>();
    /** Tags already in use are offered first, so the same topic gets the same tag; new ones can be typed. */
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final java.util.SortedSet<String> knownTags = new java.util.TreeSet<>();
    private final Button save = new Button();
    private final BeanValidationBinder<CodedExcerpt> binder = new BeanValidationBinder<>(CodedExcerpt.class);
    private CodedExcerpt editing = new CodedExcerpt();
    private @Nullable Suggestion shown;
    /** The page's language, read on the UI thread (the download runs in its own request). */
    private final Locale csvLocale;

    CodingView(CodedExcerpts notes, BranchScope scope, BranchService branches) {
        today = scope.today();
        this.notes = notes;
        this.csvLocale = Formats.language(getLocale());
        addClassName("coding-view");
        branchScope = scope.forCurrentUser();
        branches.all().stream().filter(b -> b.getId() != null && branchScope.ids().containsValue(b.getId()))
                .forEach(b -> branchesById.put(b.getId(), b));
        params = FilterParams.defaults(today);
        filterBar = new FilterBar(branchScope.options(), branchScope.locked(), today,
                changed -> UI.getCurrent().navigate(CodingView.class, changed.toQuery()));
        filterBar.hideChannel();

        var title = new H2(getTranslation("coding.title"));
        var intro = new Paragraph(getTranslation("coding.intro"));
        intro.addClassName("view-intro");
        acceptance.setId("coding-acceptance");
        acceptance.addClassName("coding-acceptance");

        var columns = new HorizontalLayout(queuePanel(), formPanel());
        columns.setWidthFull();
        columns.addClassName("coding-columns");
        columns.setAlignItems(FlexComponent.Alignment.STRETCH);

        configureCoded();
        var codedTitle = new H3(getTranslation("coding.coded"));
        var csv = new com.vaadin.flow.component.html.Anchor(com.vaadin.flow.server.streams.DownloadHandler
                .fromInputStream(e -> {
                    var bytes = notes.csv(filter(), csvLocale);
                    return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                            "kutipan-" + params.range(today).from() + "-" + params.range(today).to() + ".csv",
                            "text/csv;charset=UTF-8", bytes.length);
                }), getTranslation("coding.exportCsv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("coding-csv");
        var codedFilters = new HorizontalLayout(codedSearch, codedAttribute, codedTone, csv);
        codedFilters.setAlignItems(FlexComponent.Alignment.BASELINE);
        codedFilters.setWrap(true);
        add(filterBar, new Div(title, intro), acceptance, columns, codedTitle, codedFilters, coded);
        setSizeFull();
        startNew(SourceType.INTERVIEW);
    }

    private VerticalLayout queuePanel() {
        var heading = new H3(getTranslation("coding.queue"));
        queueCount.addClassName("coding-queue-count");
        queue.setId("coding-queue");
        queue.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        queue.addColumn(item -> getTranslation("enum.SourceType." + item.source().name()))
                .setHeader(getTranslation("coding.col.source")).setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(item -> Formats.date(item.date(), getLocale())).setHeader(getTranslation("coding.col.date"))
                .setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(CodedExcerpts.QueueItem::branchCode).setHeader(getTranslation("list.branch"))
                .setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(CodedExcerpts.QueueItem::text).setHeader(getTranslation("coding.col.text")).setFlexGrow(1);
        queue.setEmptyStateText(getTranslation("coding.queue.empty"));
        queue.setHeight("28rem");
        queue.addItemClickListener(e -> takeFromQueue(e.getItem()));
        var newExcerpt = new Button(getTranslation("coding.new"), VaadinIcon.PLUS.create(),
                e -> startNew(SourceType.INTERVIEW));
        newExcerpt.setId("coding-new");
        var panel = new VerticalLayout(new HorizontalLayout(heading, queueCount), new Paragraph(
                getTranslation("coding.queue.hint")), queue, newExcerpt);
        panel.setPadding(false);
        panel.addClassName("coding-queue-panel");
        panel.setWidth("50%");
        return panel;
    }

    private VerticalLayout formPanel() {
        source.setLabel(getTranslation("coding.field.source"));
        source.setItems(SourceType.values());
        source.setItemEnabledProvider(this::sourceSelectable);
        source.setItemLabelGenerator(s -> getTranslation("enum.SourceType." + s.name()));
        informant.setLabel(getTranslation("coding.field.informant"));
        informant.setId("coding-informant");
        informant.setHelperText(getTranslation("coding.field.informant.help"));
        informant.setMaxLength(16);
        role.setLabel(getTranslation("coding.field.role"));
        role.setItems(InformantRole.values());
        role.setItemLabelGenerator(r -> getTranslation("enum.InformantRole." + r.name()));
        notedOn.setLabel(getTranslation("coding.field.date"));
        notedOn.setMax(today);
        branch.setLabel(getTranslation("list.branch"));
        branch.setItems(branchesById.values());
        branch.setItemLabelGenerator(b -> b.getCode() + " · " + b.getName());
        branch.setReadOnly(branchScope.locked());
        text.setLabel(getTranslation("coding.field.text"));
        text.setId("coding-text");
        text.setMaxLength(4000);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> suggest());

        suggestionBox.setId("coding-suggestion");
        suggestionBox.addClassName("coding-suggestion");
        acceptSuggestion.setText(getTranslation("coding.accept"));
        acceptSuggestion.setId("coding-accept");
        acceptSuggestion.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        acceptSuggestion.addClickListener(e -> accept());
        suggestionBox.add(VaadinIcon.LIGHTBULB.create(), suggestionText, acceptSuggestion);

        attribute.setLabel(getTranslation("list.attribute"));
        attribute.setId("coding-attribute");
        attribute.setItems(RogersAttribute.values());
        attribute.setItemLabelGenerator(a -> a.label(getLocale()));
        sentiment.setLabel(getTranslation("coding.field.sentiment"));
        sentiment.setId("coding-sentiment");
        sentiment.setItems(Sentiment.values());
        sentiment.setItemLabelGenerator(s -> getTranslation("enum.Sentiment." + s.name()));
        tags.setLabel(getTranslation("coding.field.tags"));
        tags.setHelperText(getTranslation("coding.field.tags.help"));
        tags.setId("coding-tags");
        tags.setWidthFull();
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(e -> {
            var tag = e.getDetail().strip().toLowerCase(java.util.Locale.ROOT).replace(",", " ");
            if (!tag.isEmpty()) {
                knownTags.add(tag);
                var selected = new java.util.LinkedHashSet<>(tags.getValue());
                selected.add(tag);
                tags.setItems(knownTags);
                tags.setValue(selected);
            }
        });

        binder.forField(source).asRequired(getTranslation("validation.required")).bind("sourceType");
        binder.forField(informant).asRequired(getTranslation("validation.required")).bind("informantCode");
        binder.forField(role).asRequired(getTranslation("validation.required")).bind("informantRole");
        binder.forField(notedOn).asRequired(getTranslation("validation.required")).bind("notedOn");
        binder.forField(branch).asRequired(getTranslation("validation.required")).bind("branch");
        binder.forField(text).asRequired(getTranslation("validation.required")).bind("text");
        binder.forField(attribute).asRequired(getTranslation("validation.required")).bind("attribute");
        binder.forField(sentiment).asRequired(getTranslation("validation.required")).bind("sentiment");
        binder.forField(tags).withConverter(
                (java.util.Set<String> selected) -> selected == null || selected.isEmpty() ? null
                        : String.join(",", selected),
                (String stored) -> {
                    var probe = new CodedExcerpt();
                    probe.setTags(stored);
                    return new java.util.LinkedHashSet<>(probe.tagList());
                }).bind("tags");

        save.setText(getTranslation("coding.save"));
        save.setId("coding-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        save.addClickListener(e -> saveForm());
        var cancel = new Button(getTranslation("coding.clear"), e -> startNew(SourceType.INTERVIEW));
        delete.setText(getTranslation("coding.delete"));
        delete.setId("coding-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        delete.setVisible(false);

        var who = new HorizontalLayout(source, informant, role, notedOn, branch);
        who.setWrap(true);
        var coding = new HorizontalLayout(attribute, sentiment);
        coding.setWrap(true);
        coding.setAlignItems(FlexComponent.Alignment.BASELINE);
        var buttons = new HorizontalLayout(save, cancel, delete);
        var hint = new Span(getTranslation("coding.shortcut"));
        hint.addClassName("hint");
        var panel = new VerticalLayout(formTitle, who, text, suggestionBox, coding, tags, new HorizontalLayout(buttons,
                hint));
        panel.setPadding(false);
        panel.setSpacing(false);
        panel.addClassName("coding-form");
        panel.setWidth("50%");
        return panel;
    }

    private void configureCoded() {
        coded.setId("coding-coded");
        coded.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        coded.addColumn(n -> Formats.date(n.getNotedOn(), getLocale())).setHeader(getTranslation("coding.col.date"))
                .setAutoWidth(true).setFlexGrow(0);
        coded.addColumn(n -> getTranslation("enum.SourceType." + n.getSourceType().name()))
                .setHeader(getTranslation("coding.col.source")).setAutoWidth(true).setFlexGrow(0);
        coded.addColumn(n -> n.getInformantCode() + " · " + getTranslation("enum.InformantRole."
                + n.getInformantRole().name())).setHeader(getTranslation("coding.field.informant"))
                .setAutoWidth(true).setFlexGrow(0);
        coded.addColumn(n -> n.getAttribute().label(getLocale())).setHeader(getTranslation("list.attribute"))
                .setAutoWidth(true).setFlexGrow(0);
        coded.addColumn(n -> getTranslation("enum.Sentiment." + n.getSentiment().name()))
                .setHeader(getTranslation("coding.field.sentiment")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(n -> "sentiment-" + n.getSentiment().name().toLowerCase());
        coded.addColumn(CodedExcerpt::getText).setHeader(getTranslation("coding.col.text")).setFlexGrow(1);
        coded.addColumn(n -> String.join(", ", n.tagList())).setHeader(getTranslation("coding.field.tags"))
                .setAutoWidth(true).setFlexGrow(0);
        coded.addColumn(n -> n.attributeAccepted() == null ? "–" : Boolean.TRUE.equals(n.attributeAccepted())
                && !Boolean.FALSE.equals(n.sentimentAccepted()) ? getTranslation("coding.accepted.yes")
                : getTranslation("coding.accepted.changed")).setHeader(getTranslation("coding.col.suggestion"))
                .setAutoWidth(true).setFlexGrow(0);
        coded.setEmptyStateText(getTranslation("coding.coded.empty"));
        codedSearch.setPlaceholder(getTranslation("coding.search"));
        codedSearch.setPrefixComponent(VaadinIcon.SEARCH.create());
        codedSearch.setClearButtonVisible(true);
        codedSearch.setId("coding-search");
        codedSearch.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        codedSearch.addValueChangeListener(e -> showCoded());
        codedAttribute.setPlaceholder(getTranslation("coding.allAttributes"));
        codedAttribute.setItems(RogersAttribute.values());
        // with an empty selection allowed, the generator is asked for null too
        codedAttribute.setItemLabelGenerator(a -> a == null ? getTranslation("coding.allAttributes")
                : a.label(getLocale()));
        codedAttribute.setEmptySelectionAllowed(true);
        codedAttribute.setEmptySelectionCaption(getTranslation("coding.allAttributes"));
        codedAttribute.addValueChangeListener(e -> showCoded());
        codedTone.setPlaceholder(getTranslation("coding.allTones"));
        codedTone.setItems(Sentiment.values());
        codedTone.setItemLabelGenerator(t -> t == null ? getTranslation("coding.allTones")
                : getTranslation("enum.Sentiment." + t.name()));
        codedTone.setEmptySelectionAllowed(true);
        codedTone.setEmptySelectionCaption(getTranslation("coding.allTones"));
        codedTone.addValueChangeListener(e -> showCoded());
        coded.setMinHeight("20rem");
        coded.addItemClickListener(e -> edit(e.getItem()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        params = branchScope.parse(event.getLocation().getQueryParameters(), today);
        filterBar.show(params, branchScope.options());
        refresh();
        if (editing.getId() == null && editing.getSourceRef() == null && text.isEmpty()) {
            startNew(editing.getSourceType());
        }
    }

    private RecordFilter filter() {
        // excerpts have no channel
        return branchScope.filter(params, today).withChannel(null);
    }

    private void refresh() {
        var filter = filter();
        var items = notes.queue(filter, QUEUE_SIZE);
        queue.setItems(items);
        queueCount.setText(items.size() >= QUEUE_SIZE ? getTranslation("coding.queue.countMore",
                Formats.number(QUEUE_SIZE)) : getTranslation("coding.queue.count", Formats.number(items.size())));
        var list = notes.coded(filter);
        codedItems = list;
        list.forEach(n -> knownTags.addAll(n.tagList()));
        var chosen = tags.getValue();
        tags.setItems(knownTags);
        tags.setValue(chosen);
        showCoded();
        var summary = CodedExcerpts.summarize(list);
        acceptance.setText(summary.suggested() == 0 ? getTranslation("coding.acceptance.none",
                Formats.number(list.size()))
                : getTranslation("coding.acceptance", Formats.percent(summary.attributeAcceptance()),
                        Double.isNaN(summary.sentimentAcceptance()) ? "–" : Formats.percent(summary.sentimentAcceptance()),
                        Formats.number(summary.suggested()), Formats.number(list.size())));
    }

    /** The coded excerpts of the period narrowed by words, attribute and tone (in memory: a period has hundreds). */
    private void showCoded() {
        coded.setItems(CodedExcerpts.narrow(codedItems, codedSearch.getValue(), codedAttribute.getValue(),
                codedTone.getValue(), getLocale()));
    }

    private void startNew(SourceType type) {
        editing = new CodedExcerpt();
        editing.setSourceType(type);
        editing.setNotedOn(today);
        editing.setBranch(defaultBranch());
        editing.setSentiment(Sentiment.NEUTRAL);
        binder.readBean(editing);
        clearCoding();
        formTitle.setText(getTranslation("coding.form.new"));
        source.setItemEnabledProvider(this::sourceSelectable);
        delete.setVisible(false);
        source.setReadOnly(false);
        text.setReadOnly(false);
        suggest();
    }

    /** The coder chooses (or accepts) attribute and tone for every new excerpt; no error shown before they try. */
    private void clearCoding() {
        attribute.clear();
        sentiment.clear();
        attribute.setInvalid(false);
        sentiment.setInvalid(false);
    }

    private @Nullable Branch defaultBranch() {
        var code = params.branchCode();
        var id = code == null ? null : branchScope.ids().get(code);
        if (id != null) {
            return branchesById.get(id);
        }
        return branchesById.size() == 1 ? branchesById.values().iterator().next() : null;
    }

    /** Survey comments and complaints come from the queue only; a new excerpt is an interview, observation or document. */
    private boolean sourceSelectable(@Nullable SourceType type) {
        return type != SourceType.SURVEY && type != SourceType.COMPLAINT || editing.getSourceRef() != null;
    }

    private void takeFromQueue(CodedExcerpts.QueueItem item) {
        editing = new CodedExcerpt();
        editing.setSourceType(item.source());
        editing.setSourceRef(item.sourceRef());
        editing.setInformantRole(InformantRole.PARTICIPANT);
        editing.setInformantCode(item.informantCode());
        editing.setNotedOn(item.date());
        editing.setBranch(branchesById.get(item.branchId()));
        editing.setText(item.text());
        binder.readBean(editing);
        clearCoding();
        source.setItemEnabledProvider(this::sourceSelectable);
        source.setReadOnly(true);
        text.setReadOnly(true);
        delete.setVisible(false);
        formTitle.setText(getTranslation("coding.form.fromQueue", item.sourceRef().substring(item.sourceRef()
                .indexOf(':') + 1)));
        suggest();
        attribute.focus();
    }

    private void edit(CodedExcerpt note) {
        editing = note;
        binder.readBean(note);
        source.setReadOnly(note.getSourceRef() != null);
        text.setReadOnly(note.getSourceRef() != null);
        formTitle.setText(getTranslation("coding.form.edit"));
        shown = null;
        suggestionBox.setVisible(false);
        delete.setVisible(true);
    }

    private void confirmDelete() {
        var note = editing;
        if (note.getId() == null) {
            return;
        }
        var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setHeader(getTranslation("coding.delete.title"));
        dialog.setText(getTranslation(note.getSourceRef() == null ? "coding.delete.text" : "coding.delete.textQueue"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("coding.delete.cancel"));
        dialog.setConfirmText(getTranslation("coding.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            notes.delete(note);
            notify(getTranslation("coding.deleted"), NotificationVariant.LUMO_SUCCESS);
            refresh();
            startNew(SourceType.INTERVIEW);
        });
        dialog.open();
    }

    private void suggest() {
        var value = text.getValue();
        if (value == null || value.isBlank()) {
            shown = null;
            suggestionBox.setVisible(false);
            return;
        }
        var suggestion = notes.suggest(value);
        suggestionBox.setVisible(true);
        if (!suggestion.fromKeywords()) {
            shown = null;
            suggestionText.setText(getTranslation("coding.suggestion.none"));
            acceptSuggestion.setVisible(false);
            return;
        }
        shown = suggestion;
        var tone = suggestion.sentiment() == null ? "–"
                : getTranslation("enum.Sentiment." + suggestion.sentiment().name());
        suggestionText.setText(getTranslation("coding.suggestion", suggestion.attribute().label(getLocale()), tone,
                String.join(", ", suggestion.matched())));
        acceptSuggestion.setVisible(true);
    }

    private void accept() {
        if (shown == null) {
            return;
        }
        attribute.setValue(shown.attribute());
        if (shown.sentiment() != null) {
            sentiment.setValue(Sentiment.valueOf(shown.sentiment().name()));
        }
        tags.focus();
    }

    private void saveForm() {
        var note = editing;
        if (!binder.writeBeanIfValid(note)) {
            notify(getTranslation("coding.fixErrors"), NotificationVariant.LUMO_WARNING);
            return;
        }
        try {
            boolean isNew = note.getId() == null;
            notes.save(note, isNew ? shown : null);
            notify(getTranslation(isNew ? "coding.saved" : "coding.updated"), NotificationVariant.LUMO_SUCCESS);
            refresh();
            startNew(note.getSourceType() == SourceType.SURVEY || note.getSourceType() == SourceType.COMPLAINT
                    ? SourceType.INTERVIEW : note.getSourceType());
        } catch (ConstraintViolationException invalid) {
            notify(invalid.getConstraintViolations().stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .collect(Collectors.joining("; ")), NotificationVariant.LUMO_ERROR);
            // the list shows the excerpt being edited: show what is stored, not the refused input
            showStored();
        } catch (MessageKeyException e) {
            notify(getTranslation(e.messageKey(), e.arguments()), NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    private void showStored() {
        codedItems = notes.coded(filter());
        showCoded();
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coding.title");
    }
}
