package id.bpjs.jmo.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.security.AppUser;
import id.bpjs.jmo.security.PasswordPolicy;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.security.UserException;
import id.bpjs.jmo.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import id.bpjs.jmo.base.ui.VisuallyHidden;

/**
 * Who can log in: create accounts with a temporary password (changed at first login), edit name, role and home
 * branch, disable (never delete: records keep their author), reset a password. Admins only.
 */
@Route(id.bpjs.jmo.base.ui.Links.USERS)
@Menu(order = 90, icon = "vaadin:users", title = "menu.users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final BranchService branches;
    private final Grid<AppUser> grid = new Grid<>();

    UsersView(UserService users, BranchService branches) {
        this.users = users;
        this.branches = branches;
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(AppUser::getFullName).setHeader(getTranslation("users.fullName")).setAutoWidth(true);
        grid.addColumn(user -> getTranslation("role." + user.getRole().name())).setHeader(getTranslation("users.role"));
        grid.addColumn(user -> user.getBranch() == null ? "–" : user.getBranch().getCode())
                .setHeader(getTranslation("users.branch"));
        grid.addColumn(user -> user.getEmail() == null ? "–" : user.getEmail())
                .setHeader(getTranslation("mail.userEmail")).setAutoWidth(true);
        grid.addColumn(user -> getTranslation(user.isEnabled() ? "users.active" : "users.disabled")
                + (user.isMustChangePassword() ? " · " + getTranslation("users.mustChange") : ""))
                .setHeader(getTranslation("users.status"));
        grid.addColumn(user -> Formats.dateTime(user.getCreatedAt(), getLocale())).setHeader(getTranslation("users.createdAt"));
        grid.addComponentColumn(user -> {
            var edit = new Button(VaadinIcon.EDIT.create(), e -> edit(user));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("users.edit"));
            var reset = new Button(VaadinIcon.KEY.create(), e -> reset(user));
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            reset.setAriaLabel(getTranslation("users.reset"));
            reset.setTooltipText(getTranslation("users.reset"));
            return new HorizontalLayout(edit, reset);
        }).setHeader(VisuallyHidden.text(getTranslation("list.actions"))).setAutoWidth(true).setFlexGrow(0);
        grid.setId("users-grid");
        var add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("users-add");
        setSizeFull();
        add(new H2(getTranslation("menu.users")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    private void edit(AppUser existing) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "users.add" : "users.edit"));
        var username = new TextField(getTranslation("users.username"));
        username.setId("user-username");
        var fullName = new TextField(getTranslation("users.fullName"));
        fullName.setId("user-fullname");
        var role = new Select<Role>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("user-role");
        var branch = new ComboBox<Branch>(getTranslation("users.branch"));
        branch.setItems(branches.all());
        branch.setItemLabelGenerator(Branch::toString);
        branch.setId("user-branch");
        var password = new PasswordField(getTranslation("users.temporaryPassword"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setId("user-password");
        var enabled = new Checkbox(getTranslation("users.active"), true);
        var email = new TextField(getTranslation("mail.userEmail"));
        email.setId("user-email");
        var language = new Select<String>();
        language.setLabel(getTranslation("mail.userLanguage"));
        language.setItems("id", "en");
        language.setItemLabelGenerator(l -> getTranslation("mail.language." + l));
        language.setValue(existing == null ? "id" : existing.getPreferredLanguage());
        if (existing != null && existing.getEmail() != null) {
            email.setValue(existing.getEmail());
        }
        if (existing == null) {
            role.setValue(Role.STAFF);
        } else {
            username.setValue(existing.getUsername());
            username.setReadOnly(true);
            fullName.setValue(existing.getFullName());
            role.setValue(existing.getRole());
            branch.setValue(existing.getBranch());
            enabled.setValue(existing.isEnabled());
            password.setVisible(false);
        }
        var save = new Button(getTranslation("complaint.save"), e -> {
            if (!email.getValue().isBlank() && !id.bpjs.jmo.mail.Mailer.isAddress(email.getValue().trim())) {
                email.setInvalid(true);
                email.setErrorMessage(getTranslation("mail.invalidAddress"));
                return;
            }
            try {
                if (existing == null) {
                    var created = users.create(username.getValue(), fullName.getValue(), role.getValue(), branch.getValue(),
                            password.getValue());
                    users.setContact(created.getId(), email.getValue(), language.getValue());
                } else {
                    users.update(existing.getId(), fullName.getValue(), role.getValue(), branch.getValue(),
                            enabled.getValue());
                    users.setContact(existing.getId(), email.getValue(), language.getValue());
                }
                dialog.close();
                refresh();
                Notification.show(getTranslation("users.saved"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserException problem) {
                var field = problem.messageKey().startsWith("password") ? password
                        : problem.messageKey().equals("user.staffNeedsBranch") ? null : username;
                var text = getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH);
                if (field != null) {
                    field.setInvalid(true);
                    field.setErrorMessage(text);
                } else {
                    branch.setInvalid(true);
                    branch.setErrorMessage(text);
                }
            } catch (jakarta.validation.ConstraintViolationException invalid) {
                username.setInvalid(true);
                username.setErrorMessage(invalid.getConstraintViolations().iterator().next().getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        var form = new VerticalLayout(username, fullName, role, branch, email, language, password);
        if (existing != null) {
            form.add(enabled);
        }
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("complaint.cancel"), e -> dialog.close()), save);
        id.bpjs.jmo.base.ui.Dialogs.keyboard(dialog, save, existing == null ? username : fullName);
        dialog.open();
    }

    private void reset(AppUser user) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.reset") + ": " + user.getUsername());
        var password = new PasswordField(getTranslation("users.temporaryPassword"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        var save = new Button(getTranslation("complaint.save"), e -> {
            try {
                users.resetPassword(user.getId(), password.getValue());
                dialog.close();
                refresh();
            } catch (UserException problem) {
                password.setInvalid(true);
                password.setErrorMessage(getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button(getTranslation("complaint.cancel"), e -> dialog.close()), save);
        id.bpjs.jmo.base.ui.Dialogs.keyboard(dialog, save, password);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }
}
