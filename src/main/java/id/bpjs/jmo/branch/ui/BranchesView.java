package id.bpjs.jmo.branch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.time.IndonesianZone;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import id.bpjs.jmo.base.ui.VisuallyHidden;

/**
 * Branch offices: code, name, regional office, the participants served per month (the IKM population) and the time
 * zone the branch works in (its "today" and its stored times).
 */
@Route(id.bpjs.jmo.base.ui.Links.BRANCHES)
@Menu(order = 93, icon = "vaadin:building", title = "menu.branches")
@RolesAllowed("ADMIN")
public class BranchesView extends VerticalLayout implements HasDynamicTitle {

    private final BranchService branches;
    private final Grid<Branch> grid = new Grid<>();

    BranchesView(BranchService branches) {
        this.branches = branches;
        grid.addColumn(Branch::getCode).setHeader(getTranslation("branch.code")).setAutoWidth(true);
        grid.addColumn(Branch::getName).setHeader(getTranslation("branch.name"));
        grid.addColumn(Branch::getRegionalOffice).setHeader(getTranslation("branch.regionalOffice"));
        grid.addColumn(b -> Formats.number(b.getServedPerMonth(),
                getLocale())).setHeader(getTranslation("branch.served"));
        grid.addColumn(b -> IndonesianZone.ofId(b.getTimeZone()).map(z -> getTranslation("timezone.zone." + z.name()))
                .orElse(b.getTimeZone())).setHeader(getTranslation("timezone.branchZone")).setAutoWidth(true);
        grid.addColumn(b -> b.getHeadName() == null ? "–" : b.getHeadName()).setHeader(getTranslation("branch.headName"));
        grid.addComponentColumn(b -> {
            var edit = new Button(VaadinIcon.EDIT.create(), e -> edit(b));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("branch.edit"));
            return edit;
        }).setHeader(VisuallyHidden.text(getTranslation("list.actions"))).setAutoWidth(true).setFlexGrow(0);
        var add = new Button(getTranslation("branch.add"), VaadinIcon.PLUS.create(), e -> edit(new Branch()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("branch-add");
        setSizeFull();
        add(new H2(getTranslation("menu.branches")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(branches.all());
    }

    private void edit(Branch branch) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(branch.getId() == null ? "branch.add" : "branch.edit"));
        var code = new TextField(getTranslation("branch.code"), branch.getCode(), "PWT");
        code.setMaxLength(8);
        code.setId("branch-code");
        var name = new TextField(getTranslation("branch.name"), branch.getName(), "");
        name.setId("branch-name");
        var office = new TextField(getTranslation("branch.regionalOffice"), branch.getRegionalOffice(), "");
        office.setId("branch-office");
        var served = new IntegerField(getTranslation("branch.served"));
        served.setValue(branch.getServedPerMonth());
        served.setMin(1);
        var zone = new Select<IndonesianZone>();
        zone.setLabel(getTranslation("timezone.branchZone"));
        zone.setItems(IndonesianZone.values());
        zone.setItemLabelGenerator(z -> getTranslation("timezone.zone." + z.name()));
        zone.setValue(IndonesianZone.ofId(branch.getTimeZone()).orElse(IndonesianZone.WIB));
        zone.setEmptySelectionAllowed(false);
        zone.setId("branch-zone");
        var head = new TextField(getTranslation("branch.headName"), branch.getHeadName() == null ? ""
                : branch.getHeadName(), "");
        head.setMaxLength(100);
        head.setHelperText(getTranslation("branch.headName.help"));
        head.setId("branch-head-name");
        var save = new Button(getTranslation("complaint.save"), e -> {
            branch.setCode(code.getValue());
            branch.setName(name.getValue().trim());
            branch.setRegionalOffice(office.getValue().trim());
            branch.setServedPerMonth(served.getValue() == null ? 0 : served.getValue());
            branch.setTimeZone(zone.getValue() == null ? "" : zone.getValue().id());
            branch.setHeadName(head.getValue());
            try {
                branches.saveAsAdmin(branch);
                dialog.close();
                refresh();
            } catch (ConstraintViolationException invalid) {
                for (var violation : invalid.getConstraintViolations()) {
                    var field = switch (violation.getPropertyPath().toString()) {
                        case "code" -> code;
                        case "name" -> name;
                        case "regionalOffice" -> office;
                        case "timeZone" -> zone;
                        case "headName" -> head;
                        default -> null;
                    };
                    var text = getTranslation("timeZone".equals(violation.getPropertyPath().toString())
                            ? "timezone.branchZone" : "branch." + violation.getPropertyPath()) + ": "
                            + violation.getMessage();
                    if (field instanceof HasValidation invalidField) {
                        invalidField.setInvalid(true);
                        invalidField.setErrorMessage(text);
                    } else {
                        served.setInvalid(true);
                        served.setErrorMessage(text);
                    }
                }
            } catch (IllegalStateException duplicate) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("branch.duplicate", code.getValue().toUpperCase()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("branch-save");
        // wide enough for a regional office's name and the zone labels ("WIB (Asia/Jakarta, UTC+7)")
        dialog.setWidth("min(34rem, 95vw)");
        for (var field : List.<com.vaadin.flow.component.HasSize>of(code, name, office, served, zone, head)) {
            field.setWidthFull();
        }
        dialog.add(new VerticalLayout(code, name, office, served, zone, head));
        dialog.getFooter().add(new Button(getTranslation("complaint.cancel"), e -> dialog.close()), save);
        id.bpjs.jmo.base.ui.Dialogs.keyboard(dialog, save, branch.getId() == null ? code : name);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.branches");
    }
}
