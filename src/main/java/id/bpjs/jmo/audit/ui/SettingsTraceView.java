package id.bpjs.jmo.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.audit.SettingsTrace;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.Links;
import jakarta.annotation.security.RolesAllowed;

/** Who changed which setting, when, from what to what. */
@Route(Links.SETTINGS_TRACE)
@Menu(order = 99, icon = "vaadin:time-backward", title = "menu.trace")
@RolesAllowed({"ADMIN", "MANAGER"})
public class SettingsTraceView extends VerticalLayout implements HasDynamicTitle {

    SettingsTraceView(SettingsTrace trace) {
        var grid = new Grid<SettingsTrace.Change>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> Formats.dateTime(c.changedAt(), getLocale())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SettingsTrace.Change::changedBy).setHeader(getTranslation("history.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation("trace.area." + c.area())).setHeader(getTranslation("trace.area"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SettingsTrace.Change::item).setHeader(getTranslation("trace.item")).setAutoWidth(true);
        grid.addColumn(c -> c.oldValue() == null ? "–" : c.oldValue()).setHeader(getTranslation("history.old"));
        grid.addColumn(c -> c.newValue() == null ? "–" : c.newValue()).setHeader(getTranslation("history.new"));
        grid.setItems(trace.recent(500));
        grid.setEmptyStateText(getTranslation("trace.empty"));
        grid.setId("trace-grid");
        setSizeFull();
        add(new H2(getTranslation("menu.trace")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.trace");
    }
}
