package id.bpjs.jmo.complaint.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.complaint.CategoryDefaults;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/** Complaint categories and the Rogers attribute each suggests by default. Admins change; managers read. */
@Route(Links.CATEGORY_DEFAULTS)
@Menu(order = 95, icon = "vaadin:tags", title = "menu.categories")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class CategoryDefaultsView extends VerticalLayout implements HasDynamicTitle {

    CategoryDefaultsView(CategoryDefaults defaults, CurrentUser currentUser) {
        boolean admin = currentUser.require().role() == Role.ADMIN;
        var grid = new Grid<ComplaintCategory>();
        grid.addColumn(c -> getTranslation("enum.ComplaintCategory." + c.name())).setHeader(getTranslation(
                "list.category"));
        grid.addComponentColumn(category -> {
            var select = new Select<RogersAttribute>();
            select.setItems(RogersAttribute.values());
            select.setItemLabelGenerator(a -> a.label(getLocale()));
            select.setValue(defaults.attributeFor(category));
            select.setReadOnly(!admin);
            select.setWidth("16em");
            select.setAriaLabel(getTranslation("enum.ComplaintCategory." + category.name()));
            select.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    defaults.set(category, e.getValue());
                }
            });
            return select;
        }).setHeader(getTranslation("categories.defaultAttribute"));
        grid.setItems(Arrays.asList(ComplaintCategory.values()));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("menu.categories")), new Paragraph(getTranslation("categories.help")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.categories");
    }
}
