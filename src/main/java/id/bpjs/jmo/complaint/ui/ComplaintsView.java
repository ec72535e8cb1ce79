package id.bpjs.jmo.complaint.ui;

import id.bpjs.jmo.base.domain.KeysetAnchors;
import id.bpjs.jmo.base.ui.Links;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import id.bpjs.jmo.complaint.AppVersionStatistics;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.Platform;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.complaint.ComplaintDeadlines;
import id.bpjs.jmo.complaint.ComplaintQuery;
import id.bpjs.jmo.complaint.ComplaintQueue;
import id.bpjs.jmo.complaint.ComplaintRecords;
import id.bpjs.jmo.complaint.ComplaintStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.bpjs.jmo.complaint.ComplaintExport;
import id.bpjs.jmo.security.CurrentUser;
import java.time.LocalDate;
import id.bpjs.jmo.security.ui.BranchScope;
import id.bpjs.jmo.layout.RecordListLayout;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Complaints and error reports, newest first, with their age against the time limits. */
@Route(Links.COMPLAINTS)
@Menu(order = 10, icon = "vaadin:comments-o", title = "menu.complaints")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class ComplaintsView extends RecordListLayout {

    private final ComplaintRecords records;
    private final Grid<Complaint> grid = new Grid<>();

    private final TextField search = new TextField();
    private final HorizontalLayout queues = new HorizontalLayout();
    private final boolean staff;
    private ComplaintQuery query = new ComplaintQuery(
            new RecordFilter(id.bpjs.jmo.base.domain.DateRange.lastMonths(12, today), null, null), null, null,
            null, false);

    private final ComboBox<String> version = new ComboBox<>();
    private final Select<String> platform = new Select<>();
    private final AppVersionStatistics versions;

    ComplaintsView(ComplaintRecords records, ComplaintExport export, BranchScope branches, CurrentUser currentUser,
            AppVersionStatistics versions) {
        super(ComplaintsView.class, branches);
        this.records = records;
        this.versions = versions;
        var role = currentUser.require().role();
        search.setPlaceholder(getTranslation("list.search"));
        search.setAriaLabel(getTranslation("list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        search.setId("complaint-search");
        search.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setExtra(Links.SEARCH, e.getValue());
            }
        });
        // the error reports of one app version and platform (the app-versions chart drills down here)
        version.setPlaceholder(getTranslation("complaint.filter.version"));
        version.setAriaLabel(getTranslation("complaint.filter.version"));
        version.setClearButtonVisible(true);
        version.setAllowCustomValue(false);
        version.setWidth("11em");
        version.setId("complaint-version");
        version.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setExtra(Links.APP_VERSION, e.getValue());
            }
        });
        platform.setEmptySelectionAllowed(true);
        platform.setEmptySelectionCaption(getTranslation("complaint.filter.anyPlatform"));
        platform.setItems(Arrays.stream(Platform.values()).map(Enum::name).toList());
        platform.setItemLabelGenerator(value -> value == null || value.isEmpty()
                ? getTranslation("complaint.filter.anyPlatform") : getTranslation("enum.Platform." + value));
        platform.setAriaLabel(getTranslation("complaint.filter.platform"));
        platform.setWidth("10em");
        platform.setId("complaint-platform");
        platform.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setExtra(Links.PLATFORM, e.getValue());
            }
        });
        staff = role == Role.STAFF;
        queues.addClassName("complaint-queues");
        queues.setId("complaint-queues");
        queues.getElement().setAttribute("role", "group");
        queues.getElement().setAttribute("aria-label", getTranslation("complaint.queue.label"));
        var create = new Button(getTranslation("complaint.newButton"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(ComplaintFormView.class));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(role != Role.MANAGER);
        create.setId("complaint-new");
        // the page's language, taken here on the UI thread: a download runs in a request of its own, where no UI is
        // current and getLocale() would answer the app's first language instead of the reader's
        var language = Formats.language(getLocale());
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> export.csv(query, language)), "CSV");
        csv.getElement().setAttribute("download", true);
        csv.setId("export-csv");
        var xlsx = new Anchor(DownloadHandler.fromInputStream(event -> export.xlsx(query, language)), "XLSX");
        xlsx.getElement().setAttribute("download", true);
        xlsx.setId("export-xlsx");
        var exportLabel = new Span(getTranslation("list.export"));
        var spacer = new Span();
        var importButton = new Button(getTranslation("import.button"), VaadinIcon.UPLOAD.create(),
                e -> UI.getCurrent().navigate(ComplaintImportView.class));
        importButton.setVisible(role != Role.MANAGER);
        addToolbar(search, version, platform, spacer, exportLabel, csv, xlsx, importButton, create);
        ((HorizontalLayout) spacer.getParent().orElseThrow()).expand(spacer);
        queues.setWidthFull();
        queues.setSpacing(false);
        add(queues);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ComplaintFormView.class, e.getItem().getTicketNumber()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        // what the complaint is about comes right after when and what kind: at 1440 px the description used to start
        // at the right edge behind eight auto-sized columns; the bookkeeping columns follow it
        grid.addColumn(Complaint::getTicketNumber).setHeader(getTranslation("list.ticket")).setAutoWidth(true)
                .setFlexGrow(0).setSortProperty("ticketNumber");
        grid.addColumn(c -> Formats.dateTime(c.getReceivedAt(), getLocale())).setHeader(getTranslation("list.received"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("receivedAt");
        grid.addColumn(c -> getTranslation("enum.ComplaintCategory." + c.getCategory().name()))
                .setHeader(getTranslation("list.category")).setWidth("11em").setFlexGrow(0);
        // the description keeps a readable width; the grid scrolls sideways on a narrow screen instead of hiding it
        grid.addColumn(Complaint::getDescription).setHeader(getTranslation("list.description")).setWidth("20em")
                .setFlexGrow(1).setTooltipGenerator(Complaint::getDescription);
        grid.addColumn(c -> getTranslation("enum.ComplaintStatus." + c.getStatus().name()))
                .setHeader(getTranslation("list.status")).setAutoWidth(true).setFlexGrow(0).setSortProperty("status");
        // wide enough for three digits (an old open complaint): auto width measures only the first page
        grid.addColumn(new ComponentRenderer<>(this::age)).setHeader(getTranslation("list.age"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7em").setFlexGrow(0);
        grid.addColumn(c -> getTranslation("enum.ComplaintChannel." + c.getChannel().name()))
                .setHeader(getTranslation("list.channel")).setWidth("9em").setFlexGrow(0);
        grid.addColumn(c -> c.getAttribute().label(getLocale())).setHeader(getTranslation("list.attribute"))
                .setWidth("10em").setFlexGrow(0);
        grid.addColumn(c -> c.getAppVersion() == null ? "" : c.getAppVersion()
                + (c.getPlatform() == null ? "" : " · " + getTranslation("enum.Platform." + c.getPlatform().name())))
                .setHeader(getTranslation("complaint.filter.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Complaint::getMaskedIdentifier).setHeader(getTranslation("list.identifier")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setSizeFull();
        add(grid);
    }

    private Span age(Complaint complaint) {
        int days = records.ageInWorkingDays(complaint, today);
        var span = new Span(getTranslation("list.ageDays", days));
        if (records.isOverdue(complaint, today)) {
            span.addClassName("age-overdue");
            span.setTitle(getTranslation("list.overdue"));
        } else if (records.isWarning(complaint, today)) {
            span.addClassName("age-warning");
        }
        return span;
    }

    @Override
    protected List<String> extraKeys() {
        return List.of(Links.STATUS, Links.CATEGORY, Links.ATTRIBUTE, Links.OVERDUE, Links.AGE_BAND, Links.SEARCH,
                Links.MINE, Links.QUEUE, Links.APP_VERSION, Links.PLATFORM, Links.ASSIGNEE);
    }

    @Override
    protected boolean understands(String key, String value) {
        return switch (key) {
            case Links.STATUS -> isConstantOf(ComplaintStatus.class, value);
            case Links.CATEGORY -> isConstantOf(ComplaintCategory.class, value);
            case Links.ATTRIBUTE -> isConstantOf(RogersAttribute.class, value);
            case Links.AGE_BAND -> isConstantOf(ComplaintDeadlines.AgeBand.class, value);
            case Links.QUEUE -> isConstantOf(ComplaintQueue.class, value);
            case Links.PLATFORM -> isConstantOf(Platform.class, value);
            case Links.OVERDUE, Links.MINE -> Links.YES.equals(value);
            case Links.ASSIGNEE -> assignee(value) != null;
            default -> true;
        };
    }

    @Override
    protected List<String> keysWithoutChip() {
        return List.of(Links.SEARCH, Links.MINE, Links.QUEUE, Links.APP_VERSION, Links.PLATFORM);
    }

    @Override
    protected String chipLabel(String key, String value) {
        return switch (key) {
            case Links.STATUS -> getTranslation("list.status") + ": " + getTranslation("enum.ComplaintStatus." + value);
            case Links.CATEGORY -> getTranslation("list.category") + ": "
                    + getTranslation("enum.ComplaintCategory." + value);
            case Links.ATTRIBUTE -> getTranslation("list.attribute") + ": " + Arrays.stream(RogersAttribute.values())
                    .filter(a -> a.name().equals(value)).findFirst().map(a -> a.label(getLocale())).orElse(value);
            case Links.AGE_BAND -> getTranslation("list.ageBand." + value);
            case Links.ASSIGNEE -> getTranslation("field.assignee") + ": " + java.util.Optional.ofNullable(
                    assignee(value)).flatMap(records::assigneeName).orElse(value);
            default -> getTranslation("list.overdueOnly");
        };
    }

    /** A user id from the address, or null when it is not one. */
    private static @Nullable Long assignee(@Nullable String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        return value == null ? null
                : Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    @Override
    protected void refresh(RecordFilter filter, Map<String, String> extras) {
        var queue = parse(ComplaintQueue.class, extras.get(Links.QUEUE));
        query = new ComplaintQuery(filter, parse(ComplaintStatus.class, extras.get(Links.STATUS)),
                parse(ComplaintCategory.class, extras.get(Links.CATEGORY)),
                parse(RogersAttribute.class, extras.get(Links.ATTRIBUTE)),
                Links.YES.equals(extras.get(Links.OVERDUE)), extras.get(Links.SEARCH),
                Links.YES.equals(extras.get(Links.MINE)), queue, extras.get(Links.APP_VERSION),
                parse(Platform.class, extras.get(Links.PLATFORM)), assignee(extras.get(Links.ASSIGNEE)),
                parse(ComplaintDeadlines.AgeBand.class, extras.get(Links.AGE_BAND)));
        search.setValue(extras.getOrDefault(Links.SEARCH, ""));
        var known = new java.util.ArrayList<>(versions.knownVersions(filter));
        var chosenVersion = query.appVersion();
        if (chosenVersion != null && !known.contains(chosenVersion)) {
            known.addFirst(chosenVersion);
        }
        version.setItems(known);
        version.setValue(chosenVersion);
        var chosenPlatform = query.platform();
        platform.setValue(chosenPlatform == null ? null : chosenPlatform.name());
        showQueues(queue);
        var current = query;
        var anchors = new KeysetAnchors();
        grid.setItems(q -> records.list(current, today, VaadinSpringDataHelpers.toSpringPageRequest(q), anchors)
                .stream());
    }

    /** One button per queue with its count; the chosen one is highlighted, "all" clears it. */
    private void showQueues(@Nullable ComplaintQueue chosen) {
        queues.removeAll();
        var counts = records.queueCounts(query, today);
        var all = new Button(getTranslation("complaint.queue.ALL"), e -> chooseQueue(null));
        all.setId("queue-ALL");
        queues.add(all);
        boolean anyChosen = chosen != null || query.status() != null || query.overdueOnly() || query.mine();
        styleQueue(all, !anyChosen);
        for (var queue : ComplaintQueue.values()) {
            if (queue == ComplaintQueue.MINE && !staff) {
                continue;
            }
            var button = new Button(getTranslation("complaint.queue." + queue.name(),
                    Formats.number(counts.getOrDefault(queue, 0L), getLocale())), e -> chooseQueue(queue));
            button.setId("queue-" + queue.name());
            button.setTooltipText(getTranslation(queue.anyPeriod() ? "complaint.queue.anyPeriod"
                    : "complaint.queue.inPeriod"));
            styleQueue(button, queue == chosen);
            queues.add(button);
        }
    }

    private static void styleQueue(Button button, boolean selected) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addThemeVariants(selected ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-pressed", String.valueOf(selected));
    }

    private void chooseQueue(@Nullable ComplaintQueue queue) {
        var changes = new java.util.HashMap<String, @Nullable String>();
        changes.put(Links.QUEUE, queue == null ? null : queue.name());
        // a queue replaces the drill-down's status and overdue choice and the old "mine" switch
        changes.put(Links.STATUS, null);
        changes.put(Links.OVERDUE, null);
        changes.put(Links.AGE_BAND, null);
        changes.put(Links.MINE, null);
        setExtras(changes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.complaints");
    }
}
