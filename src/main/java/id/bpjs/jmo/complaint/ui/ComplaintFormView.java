package id.bpjs.jmo.complaint.ui;

import id.bpjs.jmo.base.ui.Links;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.complaint.ComplaintChannel;
import id.bpjs.jmo.complaint.ComplaintException;
import id.bpjs.jmo.complaint.ComplaintRecords;
import id.bpjs.jmo.complaint.ComplaintService;
import id.bpjs.jmo.complaint.ComplaintStatus;
import id.bpjs.jmo.complaint.ConcurrentEditException;
import id.bpjs.jmo.complaint.Severity;
import id.bpjs.jmo.rules.KeywordRules;
import id.bpjs.jmo.security.AppUser;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Recording a complaint at a busy counter, keyboard only (Tab through, Ctrl+Enter saves), and following it to
 * resolution: workflow buttons, assignment, the full history, and a clear conflict message when someone else saved
 * first. The page lays out and wires its parts: the fields ({@link ComplaintFields}), the follow-up
 * ({@link ComplaintWorkflowPanel}), the dialogs ({@link TransitionDialog}, {@link ConflictDialog}), the KPJ reveal
 * ({@link KpjReveal}) and who may do what ({@link ComplaintFormRules}).
 */
@Route(Links.COMPLAINT_FORM)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class ComplaintFormView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle,
        id.bpjs.jmo.base.ui.FormDrafts.KeepsDraft {

    private final ComplaintService service;
    private final CurrentUser currentUser;

    private final H2 title = new H2();
    private final Span statusBadge = new Span();
    private final ComplaintFields fields;
    private final ComplaintWorkflowPanel detailPanel;
    private final Button save = new Button();
    private final Button saveAndNew = new Button();

    private Complaint complaint = new Complaint();
    private LocalDateTime openedAt = LocalDateTime.MIN; // set by show(), in the complaint's branch's zone

    ComplaintFormView(ComplaintService service, ComplaintRecords records, KeywordRules rules, BranchService branches,
            CurrentUser currentUser, id.bpjs.jmo.complaint.CategoryDefaults categoryDefaults,
            id.bpjs.jmo.complaint.SurveyFollowUps followUps) {
        this.service = service;
        this.currentUser = currentUser;
        addClassName("complaint-form");
        detailPanel = new ComplaintWorkflowPanel(service, records, new ComplaintWorkflowPanel.Actions() {
            @Override
            public void transition(ComplaintStatus target, boolean reopen) {
                ComplaintFormView.this.transition(target, reopen);
            }

            @Override
            public void assign(@Nullable AppUser assignee) {
                act(() -> service.assign(complaint.getId(), complaint.getVersion(),
                        assignee == null ? null : assignee.getId()), "complaint.assigned");
            }
        });
        fields = new ComplaintFields(service, rules, categoryDefaults, branches,
                new KpjReveal(service, () -> complaint.getId(), this::revealed), followUps);
        fields.onContactRevealed(() -> detailPanel.showHistory(complaint));

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

        add(back, header, fields, new HorizontalLayout(save, saveAndNew), detailPanel);
    }

    /** After a recorded reveal: the full number in the field and the reveal in the history. */
    private void revealed(String kpjNumber) {
        complaint.setKpjNumber(kpjNumber);
        fields.showRevealed(kpjNumber);
        detailPanel.showHistory(complaint);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String ticket) {
        if (ticket == null || ticket.isBlank() || ticket.equals(Links.NEW_TICKET)) {
            startNew(null, null);
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
            fields.refreshAppErrorFields();
        }
    }

    @Override
    public com.vaadin.flow.data.binder.Binder<?> draftBinder() {
        return fields.binder();
    }

    /** A blank complaint; after "save & record another" the channel and category of the previous one stay. */
    private void startNew(@Nullable ComplaintChannel keptChannel, @Nullable ComplaintCategory keptCategory) {
        var user = currentUser.require();
        complaint = new Complaint();
        complaint.setChannel(ComplaintChannel.COUNTER);
        complaint.setReceivedAt(service.nowAt(user.branchId()).withSecond(0).withNano(0));
        complaint.setSeverity(Severity.MEDIUM);
        complaint.setDescription("");
        var rules = ComplaintFormRules.forNew(user.role());
        fields.readNew(complaint, keptChannel, keptCategory, rules, user.branchId());
        title.setText(getTranslation("complaint.new"));
        statusBadge.setText(getTranslation("enum.ComplaintStatus.NEW"));
        save.setVisible(rules.editable());
        saveAndNew.setVisible(rules.editable());
        detailPanel.setVisible(false);
    }

    private void show(Complaint loaded) {
        complaint = loaded;
        openedAt = service.now(complaint);
        var rules = ComplaintFormRules.forRecorded(service.mayWrite(complaint), currentUser.require().role());
        fields.read(complaint, rules);
        title.setText(complaint.getTicketNumber());
        statusBadge.setText(getTranslation("enum.ComplaintStatus." + complaint.getStatus().name()));
        statusBadge.getElement().setAttribute("data-status", complaint.getStatus().name());
        save.setVisible(rules.editable());
        saveAndNew.setVisible(false);
        detailPanel.setVisible(true);
        detailPanel.show(complaint, rules);
    }

    private void transition(ComplaintStatus target, boolean reopen) {
        if (target == ComplaintStatus.RESOLVED || reopen) {
            TransitionDialog.open(this, reopen, complaint.getResolutionNote(), note -> act(() -> service.transition(
                    complaint.getId(), complaint.getVersion(), target, note), "complaint.statusChanged"));
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
        if (!fields.write(edited)) {
            notify(getTranslation("complaint.fixErrors"), NotificationVariant.LUMO_WARNING);
            return;
        }
        try {
            Complaint saved;
            if (edited.getId() == null) {
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

    private void showConflict(ConcurrentEditException conflict) {
        ConflictDialog.open(this, getLocale(), conflict, detailPanel.values(),
                () -> service.find(complaint.getId()).ifPresent(this::show), this::overwrite);
    }

    /** Saves this user's values on top of the latest version, after they have seen the other changes. */
    private void overwrite() {
        var latest = service.find(complaint.getId()).orElseThrow();
        if (!fields.write(latest)) {
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

    static void notify(String text, NotificationVariant variant) {
        var notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return complaint.getId() == null ? getTranslation("complaint.new") : complaint.getTicketNumber();
    }
}
