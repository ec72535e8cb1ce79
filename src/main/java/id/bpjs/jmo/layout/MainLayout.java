package id.bpjs.jmo.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.bpjs.jmo.base.ui.FilterMemory;
import id.bpjs.jmo.base.ui.FilterParams;
import id.bpjs.jmo.base.ui.FollowsFilter;
import id.bpjs.jmo.base.ui.HeaderItem;
import id.bpjs.jmo.base.ui.LanguageSwitch;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.UserService;
import id.bpjs.jmo.security.ui.ChangePasswordView;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every logged-in view: side navigation built from the views' {@code @Menu} (only the views the
 * user may open), the user's name and role, the language switch and logout. Menu titles are translation keys.
 */
@Layout
@com.vaadin.flow.component.dependency.JsModule("./src/jmo-scroll.ts")
@AnonymousAllowed
// Header items come from Spring beans (HeaderItem), which the production bundle's scan from routes and layouts does not
// reach: name the web components they use here, or they are left out of the bundle and render as plain text.
@com.vaadin.flow.component.dependency.Uses(com.vaadin.flow.component.popover.Popover.class)
public final class MainLayout extends AppLayout implements AfterNavigationObserver, BeforeEnterObserver {

    private final H1 viewTitle = new H1();
    private final UserService users;
    /** Menu items whose page reads the filter: their links carry the person's current filter. */
    private final java.util.List<SideNavItem> filterItems = new java.util.ArrayList<>();

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, UserService users,
            ObjectProvider<HeaderItem> headerItems) {
        this.users = users;
        setPrimarySection(Section.DRAWER);
        addToDrawer(createDrawer());

        viewTitle.addClassName("view-title");
        var user = currentUser.get();
        var name = new Span(user.map(u -> u.fullName()).orElse(""));
        name.addClassName("user-name");
        var role = new Span(user.map(u -> getTranslation("role." + u.role().name())
                + (u.branchCode() == null ? "" : " · " + u.branchCode())).orElse(""));
        role.addClassName("user-role");
        var who = new Div(name, role);
        who.addClassName("user-info");
        var logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        var password = new Button(VaadinIcon.KEY.create(),
                e -> com.vaadin.flow.component.UI.getCurrent().navigate(ChangePasswordView.class));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setTooltipText(getTranslation("password.title"));
        password.setAriaLabel(getTranslation("password.title"));
        var bar = new HorizontalLayout(new DrawerToggle(), viewTitle, new LanguageSwitch(), who, password, logout);
        headerItems.orderedStream().forEach(item -> bar.addComponentAtIndex(3, item.component()));
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(viewTitle);
        bar.setWidthFull();
        bar.addClassName("navbar");
        bar.getElement().setAttribute("role", "banner");
        addToNavbar(bar);
    }

    /**
     * The drawer is the page's navigation landmark, brand included (WCAG 1.3.1, axe "region": content outside any
     * landmark is skipped by people who move by landmarks). The side nav inside gives up its own navigation role so
     * the menu is one landmark, not one nested in another; its list and items keep theirs.
     */
    private Component createDrawer() {
        var sideNav = createSideNav();
        sideNav.getElement().setAttribute("role", "none");
        var drawer = new Nav(createBrand(), new Scroller(sideNav));
        drawer.addClassName("drawer-nav");
        drawer.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        return drawer;
    }

    private Component createBrand() {
        var name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        var tagline = new Span(getTranslation("app.shortTagline"));
        tagline.addClassName("brand-tagline");
        var brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav createSideNav() {
        var nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private SideNavItem createItem(MenuEntry entry) {
        var title = getTranslation(entry.title());
        var item = entry.icon() == null ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
        if (entry.menuClass() != null && FollowsFilter.class.isAssignableFrom(entry.menuClass())) {
            filterItems.add(item);
        }
        return item;
    }

    /** The view is the page's main landmark (WCAG 1.3.1): vaadin-app-layout gives its content area no role. */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("role", "main");
    }

    /** A temporary password (first login, after a reset) must be replaced before anything else. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ChangePasswordView.class && users.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        FilterMemory.recall().ifPresent(filter -> {
            var query = filter.toQuery();
            filterItems.forEach(item -> item.setQueryParameters(query));
            var location = event.getLocation();
            if (getContent() instanceof FollowsFilter && !FilterParams.mentioned(location.getQueryParameters())) {
                // opened without a filter in the address: show the remembered one there too, for links and Back
                var merged = new java.util.LinkedHashMap<>(filter.toMap());
                location.getQueryParameters().getParameters().forEach((key, values) -> merged.put(key,
                        values.isEmpty() ? "" : values.getFirst()));
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        new com.vaadin.flow.router.Location(location.getPath(),
                                com.vaadin.flow.router.QueryParameters.simple(merged))));
            }
        });
    }
}
