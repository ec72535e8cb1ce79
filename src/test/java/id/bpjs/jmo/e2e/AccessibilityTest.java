package id.bpjs.jmo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import id.bpjs.jmo.security.RouteAccessTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * WCAG 2.2 AA on every route (issue 17): axe-core in Chromium on each page of {@link RouteAccessTest#EXPECTED} that a
 * role may open (and on the "page not found" view), logged in as that role, in Bahasa Indonesia and English, and on
 * the public survey (a phone's form and a kiosk's, blank and with the error summary, in both languages); no violation
 * of moderate impact or worse. Pages open to anonymous visitors (login, public survey) are checked once, without
 * login. One browser, one login per role, one page load per route and language, so the whole sweep stays short.
 * Minor findings (axe's best practices of lowest impact) fail nothing; every finding is written to
 * target/axe-report.txt for people to read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessibilityTest {

    /** The rule sets run: WCAG 2.0–2.2 A and AA, and axe's best practices. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");
    /**
     * Impacts that fail the test. Moderate covers the structure a screen reader moves by (heading levels, landmarks);
     * minor ones are reported only.
     */
    private static final List<String> FAILING = List.of("moderate", "serious", "critical");
    /** The role column of the public survey's findings: participants, not logged in. */
    private static final String SURVEY = "PARTICIPANT";
    /** An address no route answers. */
    private static final String UNKNOWN = "/tidak-ada";
    private static final Map<String, String[]> ACCOUNTS = Map.of("ADMIN", new String[] {"admin", "admin123"},
            "MANAGER", new String[] {"manajer", "manajer123"}, "STAFF", new String[] {"petugas", "petugas123"});

    /** Only violations are reported with their elements: passes on a grid-heavy page made a run several times slower. */
    private static final AxeRunOptions OPTIONS = new AxeRunOptions();

    static {
        OPTIONS.setResultTypes(List.of("violations"));
    }

    record Finding(String role, String language, String path, String rule, String impact, String help, int nodes,
            String targets, String example) {

        /** One line of a failure message: rule, impact, route, role, language and the elements concerned. */
        String describe() {
            return "%s (%s) on %s as %s in %s: %s – %s".formatted(rule, impact, path, role, language, targets, help);
        }
    }

    static final List<Finding> FINDINGS = new CopyOnWriteArrayList<>();
    static final List<String> PAGES = new CopyOnWriteArrayList<>();
    static final LongAdder LOADING = new LongAdder();
    static final LongAdder CHECKING = new LongAdder();
    static Playwright playwright;
    static Browser browser;
    static long started;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void launch() {
        started = System.nanoTime();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = id.bpjs.jmo.testing.Chromium.launch(playwright);
    }

    @AfterAll
    static void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        writeReport();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ANONYMOUS", "STAFF", "MANAGER", "ADMIN"})
    void every_page_a_role_opens_has_no_wcag_violation_of_moderate_impact_or_worse_in_both_languages(String role) {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        var page = context.newPage();
        page.setDefaultTimeout(60_000);
        if (!role.equals("ANONYMOUS")) {
            logIn(page, ACCOUNTS.get(role));
        }
        var paths = paths(role);
        for (var language : List.of("id", "en")) {
            choose(context, language);
            for (var path : paths) {
                var start = System.nanoTime();
                page.navigate("http://localhost:" + port + path);
                waitUntilSettled(page);
                check(page, role, language, path, start);
            }
        }
        context.close();
        assertThat(failing(role)).as("axe violations of moderate impact or worse").isEmpty();
    }

    /**
     * The public survey is a plain HTML page (not a Vaadin route, so not in the route table): on a phone and, in
     * kiosk mode, on a counter tablet (one question per screen), in both languages, blank and after an empty submit
     * (error summary and messages at the questions).
     */
    @Test
    void the_public_survey_has_no_violation_of_moderate_impact_or_worse_on_a_phone_or_a_kiosk_in_either_language() {
        for (var kiosk : List.of(false, true)) {
            var size = kiosk ? new int[] {1024, 768} : new int[] {360, 740};
            var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1])
                    .setHasTouch(true));
            var page = context.newPage();
            page.setDefaultTimeout(60_000);
            for (var language : List.of("id", "en")) {
                var path = "/survei/PWT" + (language.equals("en") ? "?lang=en" : "") + (kiosk
                        ? (language.equals("en") ? "&" : "?") + "kiosk=1" : "");
                var start = System.nanoTime();
                page.navigate("http://localhost:" + port + path);
                page.locator(kiosk ? "#step-label" : "#f-consent").waitFor();
                page.waitForFunction("() => document.readyState === 'complete'");
                check(page, SURVEY, language, path, start);
                start = System.nanoTime();
                page.locator("#survey-submit").evaluate("b => b.closest('form').submit()");
                page.locator("#error-summary").waitFor();
                page.waitForFunction("() => document.readyState === 'complete'");
                check(page, SURVEY, language, path + " (errors)", start);
            }
            context.close();
        }
        assertThat(failing(SURVEY)).as("axe violations of moderate impact or worse").isEmpty();
    }

    /** axe-core on the page as it is now; its violations are recorded as findings of this role, language and path. */
    private void check(Page page, String role, String language, String path, long start) {
        var loaded = System.nanoTime();
        assertThat(page.locator("html").getAttribute("lang")).as(path + " " + language).startsWith(language);
        var results = new AxeBuilder(page).withTags(TAGS).options(OPTIONS)
                // axe.run in the page itself: the default partial run opens a second page to finish each
                // check, which doubled the time; the app has no cross-origin frames that would need it
                .setLegacyMode(true).analyze();
        LOADING.add(loaded - start);
        CHECKING.add(System.nanoTime() - loaded);
        PAGES.add("%s %s %s: %d ms loading, %d ms axe".formatted(role, language, path,
                (loaded - start) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000));
        for (var rule : results.getViolations()) {
            var targets = rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                    .collect(Collectors.joining(", "));
            var nodes = rule.getNodes().stream().map(n -> n.getTarget() + " " + n.getHtml())
                    .collect(Collectors.joining("\n      "));
            FINDINGS.add(new Finding(role, language, path, rule.getId(), String.valueOf(rule.getImpact()),
                    rule.getHelp(), rule.getNodes().size(), targets, nodes));
        }
    }

    /** This role's findings that fail the test, one line each. */
    private static List<String> failing(String role) {
        return FINDINGS.stream().filter(f -> f.role().equals(role) && FAILING.contains(f.impact()))
                .map(Finding::describe).toList();
    }

    /** The routes of the written table this role may open, as addresses; public pages only for anonymous visitors. */
    private List<String> paths(String role) {
        var paths = new ArrayList<String>();
        for (var route : new TreeMap<>(RouteAccessTest.EXPECTED).entrySet()) {
            var roles = List.of(route.getValue().split(" "));
            var isPublic = roles.contains("ANONYMOUS");
            if (roles.contains(role) && (isPublic == role.equals("ANONYMOUS"))) {
                paths.add("/" + RouteAccessTest.sample(route.getKey()));
            }
        }
        if (!role.equals("ANONYMOUS")) {
            paths.add(UNKNOWN); // the "page not found" view (anonymous visitors are sent to the login page instead)
        }
        if (paths.contains("/pengaduan/tiket")) {
            // the same route with a recorded complaint: status actions, history, assignment
            paths.add("/pengaduan/tiket/" + jdbc.queryForObject("SELECT c.ticket_number FROM complaint c"
                    + " JOIN branch b ON b.id = c.branch_id WHERE b.code = 'PWT' ORDER BY c.id LIMIT 1", String.class));
        }
        return paths;
    }

    private void logIn(Page page, String[] account) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(account[0]);
        page.locator("vaadin-login-form input[name=password]").fill(account[1]);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.locator("vaadin-app-layout").waitFor();
    }

    /** The language cookie the language switch writes; a new page load starts its UI in that language. */
    private void choose(BrowserContext context, String language) {
        context.addCookies(List.of(new Cookie("jmo-lang", language).setDomain("localhost").setPath("/")));
    }

    /** Vaadin has answered every request (including the grids' data) and every chart is drawn. */
    private static void waitUntilSettled(Page page) {
        var idle = "() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())";
        page.waitForFunction(idle);
        page.waitForFunction("() => Array.from(document.querySelectorAll('jmo-chart'))"
                + ".every(c => c.chartInstance || !c.isConnected || !c.config)");
        page.waitForTimeout(150);
        page.waitForFunction(idle);
    }

    private static void writeReport() throws Exception {
        var seconds = (System.nanoTime() - started) / 1e9;
        var byRule = FINDINGS.stream().collect(Collectors.groupingBy(f -> f.impact() + " " + f.rule() + ": " + f.help(),
                TreeMap::new, Collectors.summingInt(Finding::nodes)));
        var pagesByRule = FINDINGS.stream().collect(Collectors.groupingBy(f -> f.impact() + " " + f.rule() + ": "
                + f.help(), TreeMap::new, Collectors.counting()));
        var report = new StringBuilder("axe-core " + TAGS + ": " + PAGES.size() + " page loads in "
                + "%.1f s (loading and settling %.1f s, axe %.1f s)%n%n".formatted(seconds, LOADING.sum() / 1e9,
                CHECKING.sum() / 1e9));
        report.append("per rule (impact rule: pages, elements)\n");
        byRule.forEach((rule, nodes) -> report.append("  ").append(rule).append(": ").append(pagesByRule.get(rule))
                .append(" pages, ").append(nodes).append(" elements\n"));
        report.append("\nfindings\n");
        FINDINGS.forEach(f -> report.append("  ").append(f).append('\n'));
        report.append("\npages\n");
        PAGES.forEach(p -> report.append("  ").append(p).append('\n'));
        Path file = Paths.get("target", "axe-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report.substring(0, report.indexOf("\nfindings\n")));
    }
}
