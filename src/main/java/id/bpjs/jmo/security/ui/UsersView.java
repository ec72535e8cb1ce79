package id.bpjs.jmo.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.security.AppUser;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.security.UserService;
import jakarta.annotation.security.RolesAllowed;

/** Who can log in, with their role and home branch. Admins only. */
@Route("admin/pengguna")
@Menu(order = 90, icon = "vaadin:users", title = "menu.users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    UsersView(UserService users) {
        var grid = new Grid<AppUser>();
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(AppUser::getFullName).setHeader(getTranslation("users.fullName")).setAutoWidth(true);
        grid.addColumn(user -> getTranslation("role." + user.getRole().name())).setHeader(getTranslation("users.role"));
        grid.addColumn(user -> user.getBranch() == null ? "–" : user.getBranch().getCode())
                .setHeader(getTranslation("users.branch"));
        grid.addColumn(user -> getTranslation(user.isEnabled() ? "users.active" : "users.disabled"))
                .setHeader(getTranslation("users.status"));
        grid.addColumn(user -> Formats.dateTime(user.getCreatedAt())).setHeader(getTranslation("users.createdAt"));
        grid.setItems(users.list());
        setSizeFull();
        add(new H2(getTranslation("menu.users")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }
}
