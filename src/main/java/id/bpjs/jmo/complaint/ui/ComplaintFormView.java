package id.bpjs.jmo.complaint.ui;

import id.bpjs.jmo.base.ui.Links;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.complaint.ComplaintChannel;
import id.bpjs.jmo.complaint.ComplaintException;
import id.bpjs.jmo.complaint.ComplaintHistory;
import id.bpjs.jmo.complaint.ComplaintRecords;
import id.bpjs.jmo.complaint.ComplaintService;
import id.bpjs.jmo.complaint.ComplaintStatus;
import id.bpjs.jmo.complaint.ConcurrentEditException;
import id.bpjs.jmo.complaint.Platform;
import id.bpjs.jmo.complaint.Severity;
import id.bpjs.jmo.rules.KeywordRules;
import id.bpjs.jmo.security.AppUser;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Recording a complaint at a busy counter, keyboard only (Tab through, Ctrl+Enter saves), and following it to
 * resolution: workflow buttons, assignment, the full history, and a clear conflict message when someone else saved
 * first.
 */
@Route(Links.COMPLAINT_FORM)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class ComplaintFormView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle,
        id.bpjs.jmo.base.ui.FormDrafts.KeepsDraft {

    private final ComplaintService service;
    private final ComplaintRecords records;
    private final KeywordRules rules;
    private final BranchService branches;
    private final CurrentUser currentUser;
    private final id.bpjs.jmo.complaint.CategoryDefaults categoryDefaults;
    private final BeanValidationBinder<Complaint> binder = new BeanValidationBinder<>(Complaint.class);

    private final H2 title = new H2();
    private final Span statusBadge = new Span();
    private final Select<ComplaintChannel> channel = new Select<>();
    private final DateTimePicker receivedAt = id.bpjs.jmo.base.ui.DatePickers.dateTime("");
    private final ComboBox<Branch> branch = new ComboBox<>();
    private final TextField kpj = new TextField();
    private final Button revealKpj = new Button(VaadinIcon.EYE.create());
    private final ComboBox<ComplaintCategory> category = new ComboBox<>();
    private final TextArea description = new TextArea();
    private final Select<RogersAttribute> attribute = new Select<>();
    private final Span suggestion = new Span();
    private final Select<Severity> severity = new Select<>();
    private final TextField appVersion = new TextField();
    private final Select<Platform> platform = new Select<>();
    private final TextField errorMessage = new TextField();
    private final TextArea resolutionNote = new TextArea();
    private final Button save = new Button();
    private final Button saveAndNew = new Button();
    private final HorizontalLayout workflow = new HorizontalLayout();
    private final ComboBox<AppUser> assignee = new ComboBox<>();
    private final Grid<ComplaintHistory> historyGrid = new Grid<>();
    private final Div ageInfo = new Div();
    private final Div detailPanel = new Div();

    private Complaint complaint = new Complaint();
    private LocalDateTime openedAt = LocalDateTime.MIN; // set by show(), in the complaint's branch's zone
    private boolean attributeChosenByUser;
    private boolean settingSuggestion;

    ComplaintFormView(ComplaintService service, ComplaintRecords records, KeywordRules rules, BranchService branches,
            CurrentUser currentUser, id.bpjs.jmo.complaint.CategoryDefaults categoryDefaults) {
        this.categoryDefaults = categoryDefaults;
        this.service = service;
        this.records = records;
        this.rules = rules;
        this.branches = branches;
        this.currentUser = currentUser;
        addClassName("complaint-form");
        buildFields();
        bind();

        var form = new FormLayout(channel, receivedAt, branch, kpjField(), category, severity, description,
                attributeField(), appVersion, platform, errorMessage, resolutionNote);
        form.setColspan(description, 2);
        form.setColspan(errorMessage, 2);
        form.setColspan(resolutionNote, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        save.setText(getTranslation("complaint.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the shortcut listens on the whole UI: it works from every field, and a dialog (modal) blocks it
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        save.setTooltipText("Ctrl+Enter");
        save.addClickListener(e -> saveForm(false));
        save.setId("complaint-save");
        saveAndNew.setText(getTranslation("complaint.saveAndNew"));
        saveAndNew.addClickShortcut(Key.ENTER, KeyModifier.CONTROL, KeyModifier.SHIFT).resetFocusOnActiveElement();
        saveAndNew.setTooltipText("Ctrl+Shift+Enter");
        saveAndNew.addClickListener(e -> saveForm(true));
        saveAndNew.setId("complaint-save-new");
        var back = new Button(getTranslation("complaint.backToList"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(ComplaintsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        statusBadge.addClassName("status-badge");
        var header = new HorizontalLayout(title, statusBadge);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);

        // changed texts are shown whole: a description edit must be readable without widening a column
        historyGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        historyGrid.addColumn(h -> Formats.dateTime(h.getChangedAt())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        historyGrid.addColumn(h -> h.getChangedBy().isEmpty() ? "–" : h.getChangedBy()).setHeader(getTranslation("history.who"))
                .setAutoWidth(true).setFlexGrow(0);
        historyGrid.addColumn(h -> getTranslation("field." + h.getField())).setHeader(getTranslation("history.field"))
                .setAutoWidth(true).setFlexGrow(0);
        historyGrid.addColumn(h -> display(h.getField(), h.getOldValue())).setHeader(getTranslation("history.old"))
                .setKey("old").setFlexGrow(2);
        historyGrid.addColumn(h -> display(h.getField(), h.getNewValue())).setHeader(getTranslation("history.new"))
                .setKey("new").setFlexGrow(2);
        historyGrid.addColumn(h -> h.getNote() == null ? "" : ComplaintHistory.FROM_RECORD.equals(h.getNote())
                ? getTranslation("history.fromRecord") : h.getNote()).setHeader(getTranslation("history.note"))
                .setKey("note").setFlexGrow(1);
        historyGrid.setAllRowsVisible(true);
        historyGrid.setId("complaint-history");

        assignee.setLabel(getTranslation("complaint.assignee"));
        assignee.setItemLabelGenerator(AppUser::getFullName);
        assignee.setClearButtonVisible(true);
        assignee.setId("complaint-assignee");
        assignee.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> service.assign(complaint.getId(), complaint.getVersion(),
                        e.getValue() == null ? null : e.getValue().getId()), "complaint.assigned");
            }
        });
        workflow.addClassName("workflow");
        ageInfo.addClassName("age-info");
        detailPanel.add(new H3(getTranslation("complaint.workflow")), ageInfo, workflow, assignee,
                new H3(getTranslation("complaint.history")), historyGrid);
        detailPanel.addClassName("complaint-detail");

        add(back, header, form, new HorizontalLayout(save, saveAndNew), detailPanel);
    }

    private void buildFields() {
        channel.setLabel(getTranslation("field.channel"));
        channel.setItems(ComplaintChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("enum.ComplaintChannel." + c.name()));
        channel.setId("complaint-channel");
        receivedAt.setLabel(getTranslation("field.receivedAt"));
        receivedAt.setMax(service.latestPossibleReceivedAt());
        branch.setLabel(getTranslation("field.branch"));
        branch.setItems(branches.all());
        branch.setItemLabelGenerator(Branch::toString);
        kpj.setLabel(getTranslation("field.kpjNumber"));
        kpj.setAllowedCharPattern("[0-9]");
        kpj.setMaxLength(11);
        kpj.setHelperText(getTranslation("complaint.kpj.help"));
        kpj.setId("complaint-kpj");
        revealKpj.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        revealKpj.setTooltipText(getTranslation("complaint.kpj.reveal"));
        revealKpj.setAriaLabel(getTranslation("complaint.kpj.reveal"));
        revealKpj.addClickListener(e -> reveal());
        category.setLabel(getTranslation("field.category"));
        category.setItems(ComplaintCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("enum.ComplaintCategory." + c.name()));
        category.setId("complaint-category");
        description.setLabel(getTranslation("field.description"));
        description.setMaxLength(4000);
        description.setMinHeight("7em");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.setHelperText(getTranslation("complaint.description.help"));
        description.setId("complaint-description");
        attribute.setLabel(getTranslation("field.attribute"));
        attribute.setItems(RogersAttribute.values());
        attribute.setItemLabelGenerator(a -> a.label(getLocale()));
        attribute.setId("complaint-attribute");
        suggestion.addClassName("suggestion");
        suggestion.setId("complaint-suggestion");
        severity.setLabel(getTranslation("field.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("enum.Severity." + s.name()));
        appVersion.setLabel(getTranslation("field.appVersion"));
        appVersion.setPlaceholder("2.6.1");
        platform.setLabel(getTranslation("field.platform"));
        platform.setItems(Platform.values());
        platform.setItemLabelGenerator(p -> p == Platform.IOS ? "iOS" : "Android");
        errorMessage.setLabel(getTranslation("field.errorMessage"));
        errorMessage.setMaxLength(500);
        errorMessage.setHelperText(getTranslation("complaint.errorMessage.help"));
        errorMessage.setId("complaint-error-message");
        appVersion.setId("complaint-app-version");
        receivedAt.setId("complaint-received-at");
        resolutionNote.setId("complaint-resolution-note");
        platform.setId("complaint-platform");
        severity.setId("complaint-severity");
        branch.setId("complaint-branch");
        resolutionNote.setLabel(getTranslation("field.resolutionNote"));
        resolutionNote.setMaxLength(2000);

        category.addValueChangeListener(e -> {
            updateAppErrorFields();
            suggest();
        });
        description.addValueChangeListener(e -> suggest());
        attribute.addValueChangeListener(e -> {
            if (e.isFromClient() && !settingSuggestion) {
                attributeChosenByUser = true;
            }
        });
    }

    private com.vaadin.flow.component.Component kpjField() {
        var row = new HorizontalLayout(kpj, revealKpj);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setSpacing(false);
        kpj.setWidthFull();
        return row;
    }

    private com.vaadin.flow.component.Component attributeField() {
        var box = new VerticalLayout(attribute, suggestion);
        box.setPadding(false);
        box.setSpacing(false);
        attribute.setWidthFull();
        return box;
    }

    private void bind() {
        binder.forField(channel).asRequired(getTranslation("validation.required")).bind("channel");
        binder.forField(receivedAt).asRequired(getTranslation("validation.required")).bind("receivedAt");
        // The KPJ number is shown masked on recorded complaints: the field writes only when it holds the real
        // number (a new complaint, or after a recorded reveal), never the mask.
        binder.forField(kpj).asRequired(getTranslation("validation.required"))
                .withValidator(value -> kpj.isReadOnly() || value.matches("\\d{11}"),
                        getTranslation("field.kpjNumber") + ": " + getTranslation("validation.kpj"))
                .bind(c -> kpj.isReadOnly() ? c.getMaskedKpjNumber() : c.getKpjNumber(), (c, value) -> {
                    if (!kpj.isReadOnly()) {
                        c.setKpjNumber(value);
                    }
                });
        binder.forField(category).asRequired(getTranslation("validation.required")).bind("category");
        binder.forField(description).asRequired(getTranslation("validation.required")).bind("description");
        binder.forField(attribute).asRequired(getTranslation("validation.required")).bind("attribute");
        binder.forField(severity).asRequired(getTranslation("validation.required")).bind("severity");
        binder.forField(appVersion).bind("appVersion");
        binder.forField(platform)
                .withValidator(value -> category.getValue() != ComplaintCategory.APP_ERROR || value != null,
                        getTranslation("validation.required"))
                .bind("platform");
        binder.forField(errorMessage)
                .withValidator(value -> category.getValue() != ComplaintCategory.APP_ERROR
                        || value != null && !value.isBlank(), getTranslation("validation.required"))
                .bind("errorMessage");
        binder.forField(resolutionNote).bind("resolutionNote");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String ticket) {
        if (ticket == null || ticket.isBlank() || ticket.equals("baru")) {
            startNew();
        } else {
            var found = service.findByTicket(ticket);
            if (found.isEmpty()) {
                Notification.show(getTranslation("complaint.notFoundTicket", ticket), 5000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                event.forwardTo(ComplaintsView.class);
                return;
            }
            show(found.get());
        }
        // what was typed before a language switch (the switch reloads the page)
        if (id.bpjs.jmo.base.ui.FormDrafts.restore(this, event.getLocation().getPath())) {
            updateAppErrorFields();
        }
    }

    @Override
    public com.vaadin.flow.data.binder.Binder<?> draftBinder() {
        return binder;
    }

    private void startNew() {
        startNew(null, null);
    }

    /** A blank complaint; after "save & record another" the channel and category of the previous one stay. */
    private void startNew(@Nullable ComplaintChannel keptChannel, @Nullable ComplaintCategory keptCategory) {
        var user = currentUser.require();
        complaint = new Complaint();
        complaint.setChannel(ComplaintChannel.COUNTER);
        complaint.setReceivedAt(service.nowAt(user.branchId()).withSecond(0).withNano(0));
        complaint.setSeverity(Severity.MEDIUM);
        complaint.setDescription("");
        attributeChosenByUser = false;
        kpj.setReadOnly(false);
        binder.readBean(complaint);
        // no preselected category: staff must choose one (it drives the attribute suggestion and the app error fields)
        category.clear();
        category.setInvalid(false);
        if (keptChannel != null) {
            channel.setValue(keptChannel);
        }
        if (keptCategory != null) {
            category.setValue(keptCategory);
        }
        binder.setReadOnly(user.role() == Role.MANAGER);
        title.setText(getTranslation("complaint.new"));
        statusBadge.setText(getTranslation("enum.ComplaintStatus.NEW"));
        branch.setVisible(user.role() == Role.ADMIN);
        branches.all().stream().filter(b -> b.getId() != null && b.getId().equals(user.branchId())).findFirst()
                .ifPresent(branch::setValue);
        kpj.setReadOnly(false);
        revealKpj.setVisible(false);
        resolutionNote.setVisible(false);
        save.setVisible(user.role() != Role.MANAGER);
        saveAndNew.setVisible(user.role() != Role.MANAGER);
        detailPanel.setVisible(false);
        updateAppErrorFields();
        suggest();
        channel.focus();
    }

    private void show(Complaint loaded) {
        complaint = loaded;
        openedAt = service.now(complaint);
        attributeChosenByUser = true;
        kpj.setReadOnly(true);
        binder.readBean(complaint);
        boolean writable = service.mayWrite(complaint);
        binder.setReadOnly(!writable);
        kpj.setReadOnly(true);
        revealKpj.setVisible(writable);
        title.setText(complaint.getTicketNumber());
        statusBadge.setText(getTranslation("enum.ComplaintStatus." + complaint.getStatus().name()));
        statusBadge.getElement().setAttribute("data-status", complaint.getStatus().name());
        branch.setVisible(false);
        resolutionNote.setVisible(!complaint.getStatus().isOpen() || complaint.getResolutionNote() != null);
        save.setVisible(writable);
        saveAndNew.setVisible(false);
        detailPanel.setVisible(true);
        updateAppErrorFields();
        suggestion.setText("");
        showWorkflow(writable);
        historyGrid.setItems(service.history(complaint.getId()));
    }

    private void showWorkflow(boolean writable) {
        workflow.removeAll();
        var today = service.now(complaint).toLocalDate();
        int age = records.ageInWorkingDays(complaint, today);
        ageInfo.setText(getTranslation("complaint.age", age, records.limits().firstResponseDays(),
                records.limits().resolutionDays())
                + (complaint.getFirstResponseAt() == null ? "" : " " + getTranslation("complaint.firstResponseAt",
                        Formats.dateTime(complaint.getFirstResponseAt())))
                + (complaint.getResolvedAt() == null ? "" : " " + getTranslation("complaint.resolvedAt",
                        Formats.dateTime(complaint.getResolvedAt()))));
        ageInfo.getElement().getClassList().set("overdue", records.isOverdue(complaint, today));
        if (writable) {
            for (var next : ComplaintService.nextStatuses(complaint.getStatus())) {
                var reopen = !complaint.getStatus().isOpen() && next.isOpen();
                var button = new Button(getTranslation(reopen ? "complaint.action.REOPEN"
                        : "complaint.action." + next.name()), e -> transition(next, reopen));
                button.setId("action-" + (reopen ? "REOPEN" : next.name()));
                if (next == ComplaintStatus.RESOLVED) {
                    button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                }
                workflow.add(button);
            }
        }
        var branchOfComplaint = complaint.getBranch();
        assignee.setItems(branchOfComplaint == null ? java.util.List.of() : service.assignableStaff(branchOfComplaint));
        assignee.setValue(complaint.getAssignee());
        assignee.setReadOnly(!writable && currentUser.require().role() != Role.MANAGER);
    }

    private void transition(ComplaintStatus target, boolean reopen) {
        if (target == ComplaintStatus.RESOLVED || reopen) {
            var dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(reopen ? "complaint.reopen.title" : "complaint.resolve.title"));
            var note = new TextArea(getTranslation(reopen ? "complaint.reopen.reason" : "field.resolutionNote"));
            note.setWidth("28em");
            note.setValue(!reopen && complaint.getResolutionNote() != null ? complaint.getResolutionNote() : "");
            note.setRequired(true);
            note.setId("transition-note");
            var confirm = new Button(getTranslation("complaint.confirm"), e -> {
                if (note.getValue().isBlank()) {
                    note.setInvalid(true);
                    note.setErrorMessage(getTranslation(reopen ? "complaint.reopen.reasonRequired"
                            : "complaint.resolve.noteRequired"));
                    return;
                }
                dialog.close();
                act(() -> service.transition(complaint.getId(), complaint.getVersion(), target, note.getValue()),
                        "complaint.statusChanged");
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("transition-confirm");
            dialog.add(note);
            dialog.getFooter().add(new Button(getTranslation("complaint.cancel"), e -> dialog.close()), confirm);
            id.bpjs.jmo.base.ui.Dialogs.keyboard(dialog, confirm, note);
            dialog.open();
        } else {
            act(() -> service.transition(complaint.getId(), complaint.getVersion(), target, null),
                    "complaint.statusChanged");
        }
    }

    private void act(java.util.function.Supplier<Complaint> action, String successKey) {
        try {
            show(service.find(action.get().getId()).orElseThrow());
            notify(getTranslation(successKey), NotificationVariant.LUMO_SUCCESS);
        } catch (ComplaintException e) {
            notify(getTranslation(e.messageKey(), e.arguments()), NotificationVariant.LUMO_ERROR);
            service.find(complaint.getId()).ifPresent(this::show);
        }
    }

    private void saveForm(boolean recordAnother) {
        var edited = complaint;
        if (!binder.writeBeanIfValid(edited)) {
            notify(getTranslation("complaint.fixErrors"), NotificationVariant.LUMO_WARNING);
            return;
        }
        try {
            Complaint saved;
            if (edited.getId() == null) {
                if (branch.isVisible() && branch.getValue() != null) {
                    edited.setBranch(branch.getValue());
                }
                saved = service.create(edited);
                notify(getTranslation("complaint.created", saved.getTicketNumber()), NotificationVariant.LUMO_SUCCESS);
                if (recordAnother) {
                    startNew(saved.getChannel(), saved.getCategory());
                } else {
                    UI.getCurrent().navigate(ComplaintFormView.class, saved.getTicketNumber());
                }
            } else {
                saved = service.update(edited, openedAt);
                show(service.find(saved.getId()).orElseThrow());
                notify(getTranslation("complaint.saved"), NotificationVariant.LUMO_SUCCESS);
            }
        } catch (ConcurrentEditException conflict) {
            showConflict(conflict);
        } catch (ConstraintViolationException invalid) {
            notify(invalid.getConstraintViolations().stream()
                    .map(v -> getTranslation("field." + v.getPropertyPath()) + ": " + v.getMessage())
                    .collect(Collectors.joining("; ")), NotificationVariant.LUMO_ERROR);
        } catch (ComplaintException e) {
            notify(getTranslation(e.messageKey(), e.arguments()), NotificationVariant.LUMO_ERROR);
        }
    }

    /** Someone saved first: say who changed what, keep this user's input, and let them choose. */
    private void showConflict(ConcurrentEditException conflict) {
        var dialog = new ConfirmDialog();
        dialog.setId("conflict-dialog");
        dialog.setHeader(getTranslation("complaint.conflict.title"));
        var text = new Div(new Paragraph(getTranslation("complaint.conflict")));
        for (var change : conflict.theirChanges()) {
            text.add(new Paragraph(change.getChangedBy() + " · " + Formats.dateTime(change.getChangedAt()) + " · "
                    + getTranslation("field." + change.getField()) + ": " + display(change.getField(),
                    change.getOldValue()) + " → " + display(change.getField(), change.getNewValue())));
        }
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("complaint.conflict.keepEditing"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("complaint.conflict.reload"));
        dialog.addRejectListener(e -> service.find(complaint.getId()).ifPresent(this::show));
        dialog.setConfirmText(getTranslation("complaint.conflict.overwrite"));
        dialog.addConfirmListener(e -> overwrite());
        dialog.open();
    }

    /** Saves this user's values on top of the latest version, after they have seen the other changes. */
    private void overwrite() {
        var latest = service.find(complaint.getId()).orElseThrow();
        if (!binder.writeBeanIfValid(latest)) {
            return;
        }
        try {
            var saved = service.update(latest, service.now(latest));
            show(service.find(saved.getId()).orElseThrow());
            notify(getTranslation("complaint.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentEditException again) {
            showConflict(again);
        }
    }

    private void reveal() {
        try {
            var full = service.revealKpj(complaint.getId());
            kpj.setReadOnly(false);
            kpj.setValue(full);
            complaint.setKpjNumber(full);
            revealKpj.setVisible(false);
            historyGrid.setItems(service.history(complaint.getId()));
            notify(getTranslation("complaint.kpj.revealed"), NotificationVariant.LUMO_CONTRAST);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            notify(getTranslation("complaint.kpj.notAllowed"), NotificationVariant.LUMO_ERROR);
        }
    }

    private void updateAppErrorFields() {
        boolean appError = category.getValue() == ComplaintCategory.APP_ERROR;
        appVersion.setVisible(appError);
        platform.setVisible(appError);
        errorMessage.setVisible(appError);
        platform.setRequiredIndicatorVisible(appError);
        errorMessage.setRequiredIndicatorVisible(appError);
    }

    /** Suggests the attribute from the category and the description's words, unless the user already chose one. */
    private void suggest() {
        var selected = category.getValue();
        if (selected == null) {
            suggestion.setText("");
            return;
        }
        var result = rules.suggest(description.getValue(), categoryDefaults.attributeFor(selected));
        suggestion.setText(result.fromKeywords()
                ? getTranslation("complaint.suggestion.keywords", result.attribute().label(getLocale()),
                        String.join(", ", result.matched()))
                : getTranslation("complaint.suggestion.category", result.attribute().label(getLocale())));
        if (!attributeChosenByUser) {
            settingSuggestion = true;
            attribute.setValue(result.attribute());
            settingSuggestion = false;
        }
    }

    /** A history value as people read it: enum labels in the page language, times as "29 Nov 2026 18.51". */
    private String display(String field, @Nullable String value) {
        if (value == null) {
            return "–";
        }
        return switch (field) {
            case "receivedAt", "firstResponseAt", "resolvedAt" -> dateTime(value);
            // the history keeps the username; people know their colleagues by name
            case "assignee" -> assignee.getListDataView().getItems().filter(u -> u.getUsername().equals(value))
                    .findFirst().map(u -> u.getFullName() + " (" + value + ")").orElse(value);
            case "status" -> getTranslation("enum.ComplaintStatus." + value);
            case "category" -> getTranslation("enum.ComplaintCategory." + value);
            case "channel" -> getTranslation("enum.ComplaintChannel." + value);
            case "severity" -> getTranslation("enum.Severity." + value);
            case "attribute" -> Arrays.stream(RogersAttribute.values()).filter(a -> a.name().equals(value))
                    .findFirst().map(a -> a.label(getLocale())).orElse(value);
            default -> value;
        };
    }

    private static String dateTime(String stored) {
        try {
            return Formats.dateTime(LocalDateTime.parse(stored));
        } catch (java.time.format.DateTimeParseException notATime) {
            return stored;
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        var notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return complaint.getId() == null ? getTranslation("complaint.new") : complaint.getTicketNumber();
    }
}
