package id.bpjs.jmo.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.spring.SpringServlet;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every route the application registers × every kind of visitor, against a written table (issue 12: "a route×role
 * test generated from the application's own route registry, so a new view cannot be forgotten"). The routes come
 * from Vaadin's route registry of the running app, and each decision from the app's own
 * {@link NavigationAccessControl} (what runs when someone navigates), for real demo accounts of each role. A route
 * that appears without a line in {@link #EXPECTED}, or a line whose route is gone, fails the test: whoever adds a view
 * must write down who may open it. The anonymous column is also checked over HTTP (sent to the login page or not).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public class RouteAccessTest {

    /** Who may open each route: ADMIN, MANAGER, STAFF and ANONYMOUS (not logged in); AccessibilityTest visits them. */
    public static final Map<String, String> EXPECTED = Map.ofEntries(
            entry("", "ADMIN MANAGER STAFF"),
            entry("login", "ADMIN MANAGER STAFF ANONYMOUS"),
            entry("akun/kata-sandi", "ADMIN MANAGER STAFF"),
            entry("temuan", "ADMIN MANAGER STAFF"),
            entry("presentasi", "ADMIN MANAGER STAFF"),
            entry("kode-kutipan", "ADMIN MANAGER STAFF"),
            entry("pengaduan", "ADMIN MANAGER STAFF"),
            entry("versi-aplikasi", "ADMIN MANAGER STAFF"),
            entry("pengaduan/tiket/:___url_parameter?", "ADMIN MANAGER STAFF"),
            entry("pengaduan/impor", "ADMIN STAFF"),
            entry("respons-survei", "ADMIN MANAGER STAFF"),
            entry("respons-survei/impor", "ADMIN STAFF"),
            entry("klaim-jht", "ADMIN MANAGER STAFF"),
            entry("laporan-ikm", "ADMIN MANAGER STAFF"),
            entry("admin/pengguna", "ADMIN"),
            entry("admin/cabang", "ADMIN"),
            entry("admin/hari-libur", "ADMIN MANAGER"),
            entry("admin/aturan-kata-kunci", "ADMIN MANAGER"),
            entry("admin/pengaturan", "ADMIN MANAGER"),
            entry("admin/kategori-pengaduan", "ADMIN MANAGER"),
            entry("admin/jejak-perubahan", "ADMIN MANAGER"),
            entry("admin/kata-jawaban", "ADMIN MANAGER"),
            entry("admin/kiosk", "ADMIN"),
            entry("peringatan", "ADMIN MANAGER STAFF"),
            entry("langganan", "ADMIN MANAGER"),
            entry("admin/peringatan", "ADMIN MANAGER")); // the public survey (/survei/…, /kiosk/…) is not a Vaadin route: AccessControlTest

    /** A demo account per role, as the login would load it. */
    private static final Map<String, String> ACCOUNTS = Map.of("ADMIN", "admin", "MANAGER", "manajer",
            "STAFF", "petugas");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    NavigationAccessControl accessControl;

    @Autowired
    UserService users;

    private Router router;
    private ApplicationRouteRegistry registry;

    @BeforeEach
    void find_the_running_apps_routes() throws Exception {
        new Browser(port).get("/login"); // makes sure the Vaadin servlet has started
        var service = context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet).filter(SpringServlet.class::isInstance)
                .map(servlet -> ((SpringServlet) servlet).getService()).findFirst().orElseThrow();
        router = service.getRouter();
        registry = (ApplicationRouteRegistry) router.getRegistry();
    }

    @Test
    void every_registered_route_has_a_written_expectation_and_every_expectation_a_route() {
        assertThat(routes()).as("routes registered by the app; add a line to EXPECTED for a new view")
                .isEqualTo(new TreeSet<>(EXPECTED.keySet()));
    }

    @TestFactory
    Stream<DynamicTest> each_role_may_open_exactly_the_routes_the_table_gives_it() {
        var tests = new ArrayList<DynamicTest>();
        for (var route : registry.getRegisteredRoutes()) {
            var expected = Set.of(EXPECTED.getOrDefault(route.getTemplate(), "").split(" "));
            for (var role : List.of("ADMIN", "MANAGER", "STAFF", "ANONYMOUS")) {
                var mayOpen = expected.contains(role);
                tests.add(DynamicTest.dynamicTest("/" + route.getTemplate() + " × " + role + " → "
                        + (mayOpen ? "opens" : "refused"), () -> assertThat(opens(route.getNavigationTarget(),
                        sample(route.getTemplate()), role)).isEqualTo(mayOpen)));
            }
        }
        return tests.stream();
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_page_from_every_route_not_open_to_them() throws Exception {
        for (var route : registry.getRegisteredRoutes()) {
            var path = "/" + sample(route.getTemplate());
            var response = new Browser(port).get(path);
            if (EXPECTED.get(route.getTemplate()).contains("ANONYMOUS")) {
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            } else {
                assertThat(response.statusCode()).as(path).isIn(302, 303);
                assertThat(response.headers().firstValue("Location")).as(path)
                        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
            }
        }
    }

    private Set<String> routes() {
        return registry.getRegisteredRoutes().stream().map(route -> route.getTemplate())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean opens(Class<?> view, String path, String role) {
        Principal principal = null;
        Predicate<String> hasRole = name -> false;
        if (!role.equals("ANONYMOUS")) {
            var account = users.loadUserByUsername(ACCOUNTS.get(role));
            principal = UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
            var authorities = account.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet());
            hasRole = name -> authorities.contains("ROLE_" + name);
        }
        var navigation = new NavigationContext(router, view, new Location(path), RouteParameters.empty(), principal,
                hasRole, false);
        return accessControl.checkAccess(navigation, false).decision() == AccessCheckDecision.ALLOW;
    }

    /** A concrete address for a route template: a required parameter gets a sample value, an optional one none. */
    public static String sample(String template) {
        return Arrays.stream(template.split("/")).filter(segment -> !(segment.startsWith(":") && segment.endsWith("?")))
                .map(segment -> segment.startsWith(":") ? "PWT" : segment).collect(Collectors.joining("/"));
    }
}
