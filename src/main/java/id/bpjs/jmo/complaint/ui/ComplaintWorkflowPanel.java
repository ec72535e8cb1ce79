package id.bpjs.jmo.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.ComplaintHistory;
import id.bpjs.jmo.complaint.ComplaintRecords;
import id.bpjs.jmo.complaint.ComplaintService;
import id.bpjs.jmo.complaint.ComplaintStatus;
import id.bpjs.jmo.security.AppUser;
import org.jspecify.annotations.Nullable;

/**
 * A recorded complaint's follow-up: its age against the time limits, the workflow buttons of the statuses it may
 * move to, the assignee and the full history. What each button does is the page's ({@link Actions}).
 */
final class ComplaintWorkflowPanel extends Div {

    /** What the page does when a workflow button is clicked or the assignee is changed. */
    interface Actions {
        void transition(ComplaintStatus target, boolean reopen);

        void assign(@Nullable AppUser assignee);
    }

    private final ComplaintService service;
    private final ComplaintRecords records;
    private final Actions actions;
    private final HorizontalLayout workflow = new HorizontalLayout();
    private final ComboBox<AppUser> assignee = new ComboBox<>();
    private final Grid<ComplaintHistory> historyGrid = new Grid<>();
    private final Div ageInfo = new Div();
    private final HistoryValues values;

    ComplaintWorkflowPanel(ComplaintService service, ComplaintRecords records, Actions actions) {
        this.service = service;
        this.records = records;
        this.actions = actions;
        this.values = new HistoryValues(this, this::getLocale, () -> assignee.getListDataView().getItems().toList());
        // changed texts are shown whole: a description edit must be readable without widening a column
        historyGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        historyGrid.addColumn(h -> Formats.dateTime(h.getChangedAt(), getLocale()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        historyGrid.addColumn(h -> h.getChangedBy().isEmpty() ? "–" : h.getChangedBy()).setHeader(getTranslation("history.who"))
                .setAutoWidth(true).setFlexGrow(0);
        historyGrid.addColumn(h -> getTranslation("field." + h.getField())).setHeader(getTranslation("history.field"))
                .setAutoWidth(true).setFlexGrow(0);
        historyGrid.addColumn(h -> values.display(h.getField(), h.getOldValue()))
                .setHeader(getTranslation("history.old")).setKey("old").setFlexGrow(2);
        historyGrid.addColumn(h -> values.display(h.getField(), h.getNewValue()))
                .setHeader(getTranslation("history.new")).setKey("new").setFlexGrow(2);
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
                actions.assign(e.getValue());
            }
        });
        workflow.addClassName("workflow");
        ageInfo.addClassName("age-info");
        add(new H3(getTranslation("complaint.workflow")), ageInfo, workflow, assignee,
                new H3(getTranslation("complaint.history")), historyGrid);
        addClassName("complaint-detail");
    }

    HistoryValues values() {
        return values;
    }

    void show(Complaint complaint, ComplaintFormRules rules) {
        workflow.removeAll();
        var today = service.now(complaint).toLocalDate();
        int age = records.ageInWorkingDays(complaint, today);
        ageInfo.setText(getTranslation("complaint.age", age, records.limits().firstResponseDays(),
                records.limits().resolutionDays())
                + (complaint.getFirstResponseAt() == null ? "" : " " + getTranslation("complaint.firstResponseAt",
                        Formats.dateTime(complaint.getFirstResponseAt(), getLocale())))
                + (complaint.getResolvedAt() == null ? "" : " " + getTranslation("complaint.resolvedAt",
                        Formats.dateTime(complaint.getResolvedAt(), getLocale()))));
        ageInfo.getElement().getClassList().set("overdue", records.isOverdue(complaint, today));
        if (rules.editable()) {
            for (var next : ComplaintService.nextStatuses(complaint.getStatus())) {
                var reopen = !complaint.getStatus().isOpen() && next.isOpen();
                var button = new Button(getTranslation(reopen ? "complaint.action.REOPEN"
                        : "complaint.action." + next.name()), e -> actions.transition(next, reopen));
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
        assignee.setReadOnly(!rules.assign());
        showHistory(complaint);
    }

    void showHistory(Complaint complaint) {
        historyGrid.setItems(service.history(complaint.getId()));
    }
}
