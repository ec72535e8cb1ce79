package id.bpjs.jmo.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.alert.AlertService;
import id.bpjs.jmo.alert.AlertService.AlertItem;
import id.bpjs.jmo.alert.AlertTexts;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import id.bpjs.jmo.base.ui.VisuallyHidden;

/** Every alert the user may see (staff: their branch; managers and admins: all), open ones first. */
@Route(Links.ALERTS)
@Menu(order = 3, icon = "vaadin:bell", title = "alert.menu")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class AlertsView extends VerticalLayout implements HasDynamicTitle {

    private static final int LIMIT = 500;

    private final AlertService alerts;
    private final Grid<AlertItem> grid = new Grid<>();
    private final RadioButtonGroup<Boolean> show = new RadioButtonGroup<>();

    AlertsView(AlertService alerts) {
        this.alerts = alerts;
        var locale = AlertTexts.locale(getLocale().getLanguage());
        // the details wrap inside their column instead of pushing the row's other columns out of view
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(item -> {
            var icon = (item.open() ? VaadinIcon.BELL : VaadinIcon.CHECK_CIRCLE_O).create();
            icon.setTooltipText(getTranslation(item.read() ? "alert.status" : "alert.unread"));
            icon.addClassName(item.read() ? "alert-read" : "alert-unread");
            return icon;
        }).setHeader(VisuallyHidden.text(getTranslation("alert.indicator"))).setWidth("4em").setFlexGrow(0);
        // fixed widths that add up below 1440 px, text wrapping inside: auto widths pushed the status column out
        grid.addColumn(item -> AlertTexts.title(item.rule(), locale)).setHeader(getTranslation("alert.rule"))
                .setWidth("13em").setFlexGrow(1);
        grid.addColumn(item -> item.branchCode() + " " + item.branchName()).setHeader(getTranslation("alert.branch"))
                .setWidth("10em").setFlexGrow(0);
        grid.addComponentColumn(item -> {
            var text = new Span(AlertTexts.text(item.rule(), item.params(), locale));
            text.getStyle().set("white-space", "normal");
            return text;
        }).setHeader(getTranslation("alert.details")).setWidth("20em").setFlexGrow(3);
        grid.addColumn(item -> item.closedAt() == null
                ? getTranslation("alert.status.open", Formats.dateTime(item.openedAt(), getLocale()))
                : getTranslation("alert.status.ended", Formats.dateTime(item.closedAt(), getLocale()),
                        Formats.dateTime(item.openedAt(), getLocale()))).setHeader(getTranslation("alert.status"))
                .setWidth("12em").setFlexGrow(1).setKey("status");
        grid.addComponentColumn(item -> {
            var records = new Anchor(item.link(), getTranslation("alert.records"));
            records.getElement().setAttribute("router-link", true);
            records.getElement().addEventListener("click", e -> alerts.markRead(item.id()));
            var read = new Button(VaadinIcon.CHECK.create(), e -> {
                alerts.markRead(item.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            read.setAriaLabel(getTranslation("alert.markRead"));
            read.setTooltipText(getTranslation("alert.markRead"));
            read.setVisible(!item.read());
            var actions = new HorizontalLayout(records, read);
            actions.setAlignItems(FlexComponent.Alignment.CENTER);
            return actions;
        }).setHeader(VisuallyHidden.text(getTranslation("list.actions"))).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("alert.empty"));
        grid.setId("alerts-grid");
        grid.setSizeFull();
        show.setItems(true, false);
        show.setItemLabelGenerator(open -> getTranslation(open ? "alert.filter.open" : "alert.filter.all"));
        show.setValue(false);
        show.addValueChangeListener(e -> refresh());
        var readAll = new Button(getTranslation("alert.markAllRead"), VaadinIcon.CHECK_SQUARE_O.create(), e -> {
            alerts.markAllRead();
            refresh();
        });
        readAll.setId("alerts-read-all");
        var bar = new HorizontalLayout(show, readAll);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        setSizeFull();
        add(new H2(getTranslation("alert.title")), new Paragraph(getTranslation("alert.help")), bar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(alerts.list(Boolean.TRUE.equals(show.getValue()), 0, LIMIT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alert.title");
    }
}
