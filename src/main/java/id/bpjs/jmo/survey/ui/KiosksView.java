package id.bpjs.jmo.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.Dialogs;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.survey.Kiosk;
import id.bpjs.jmo.survey.KioskService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import id.bpjs.jmo.base.ui.VisuallyHidden;

/**
 * Counter tablets (kiosks) of the public survey: an admin registers a tablet for a branch and opens the link shown
 * once on that tablet; its survey in kiosk mode is then not limited per address. Revoking makes it an ordinary device.
 */
@Route(Links.KIOSKS)
@Menu(order = 96, icon = "vaadin:tablet", title = "kiosk.menu")
@RolesAllowed("ADMIN")
public class KiosksView extends VerticalLayout implements HasDynamicTitle {

    /** Shown in WIB, the service's default zone, until times follow each branch's zone. */
    private static final ZoneId SHOWN_IN = ZoneId.of("Asia/Jakarta");

    private final KioskService kiosks;
    private final BranchService branches;
    private final Grid<Kiosk> grid = new Grid<>();

    KiosksView(KioskService kiosks, BranchService branches) {
        this.kiosks = kiosks;
        this.branches = branches;
        grid.setId("kiosk-grid");
        grid.addColumn(Kiosk::name).setHeader(getTranslation("kiosk.name"));
        grid.addColumn(Kiosk::branchCode).setHeader(getTranslation("kiosk.branch")).setAutoWidth(true);
        grid.addColumn(k -> when(k.createdAt()) + " · " + k.createdBy()).setHeader(getTranslation("kiosk.created"));
        grid.addColumn(k -> when(k.lastUsedAt())).setHeader(getTranslation("kiosk.lastUsed"));
        grid.addColumn(k -> getTranslation(k.active() ? "kiosk.active" : "kiosk.revoked"))
                .setHeader(getTranslation("kiosk.status")).setAutoWidth(true);
        grid.addComponentColumn(k -> {
            var revoke = new Button(getTranslation("kiosk.revoke"), e -> confirmRevoke(k));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            revoke.setVisible(k.active());
            return revoke;
        }).setHeader(VisuallyHidden.text(getTranslation("list.actions"))).setAutoWidth(true).setFlexGrow(0);
        var add = new Button(getTranslation("kiosk.add"), VaadinIcon.PLUS.create(), e -> register());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("kiosk-add");
        setSizeFull();
        add(new H2(getTranslation("kiosk.menu")), new Paragraph(getTranslation("kiosk.help")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(kiosks.list());
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? "–" : Formats.dateTime(LocalDateTime.ofInstant(instant, SHOWN_IN), getLocale());
    }

    private void register() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("kiosk.add"));
        var name = new TextField(getTranslation("kiosk.name"));
        name.setId("kiosk-name");
        name.setMaxLength(100);
        name.setPlaceholder(getTranslation("kiosk.namePlaceholder"));
        var branch = new Select<Branch>();
        branch.setId("kiosk-branch");
        branch.setLabel(getTranslation("kiosk.branch"));
        branch.setItems(branches.all());
        branch.setItemLabelGenerator(b -> b.getCode() + " – " + b.getName());
        var save = new Button(getTranslation("kiosk.register"));
        save.setId("kiosk-register");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (branch.getValue() == null) {
                branch.setInvalid(true);
                branch.setErrorMessage(getTranslation("kiosk.branch.required"));
                return;
            }
            try {
                var registration = kiosks.register(name.getValue(), branch.getValue().getCode());
                var link = new TextField(getTranslation("kiosk.link"), registration.link(), "");
                link.setId("kiosk-link");
                link.setReadOnly(true);
                link.setWidthFull();
                dialog.removeAll();
                dialog.getFooter().removeAll();
                dialog.add(new Paragraph(getTranslation("kiosk.linkOnce", registration.kiosk().name())), link);
                dialog.getFooter().add(new Button(getTranslation("kiosk.close"), close -> dialog.close()));
                link.focus(); // the register button it replaces had the focus: now Ctrl+C copies the link
                refresh();
            } catch (IllegalArgumentException invalid) {
                var field = invalid.getMessage().startsWith("kiosk.branch") ? (com.vaadin.flow.component.HasValidation) branch
                        : name;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation(invalid.getMessage()));
            }
        });
        dialog.add(new VerticalLayout(name, branch));
        dialog.getFooter().add(new Button(getTranslation("complaint.cancel"), e -> dialog.close()), save);
        Dialogs.keyboard(dialog, save, name);
        dialog.open();
    }

    /** A question without a field, asked as every such question is (the confirm button has the focus). */
    private void confirmRevoke(Kiosk kiosk) {
        var confirm = new ConfirmDialog(getTranslation("kiosk.revoke"), getTranslation("kiosk.revokeConfirm",
                kiosk.name(), kiosk.branchCode()), getTranslation("kiosk.revoke"), e -> {
                    kiosks.revoke(kiosk.id());
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("complaint.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.menu");
    }
}
