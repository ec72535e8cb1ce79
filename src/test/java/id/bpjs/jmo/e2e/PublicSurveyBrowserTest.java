package id.bpjs.jmo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.bpjs.jmo.survey.KioskService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The light public survey in a real headless Chromium, as participants use it: on a 360-px phone by taps, by keyboard
 * only, on a counter tablet in kiosk mode, in both languages, checked by axe-core (WCAG 2.2 AA rules: no serious or
 * critical violation). Screenshots go to target/screenshots. The kiosk's inactivity timeout is shortened here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jmo.survey.kiosk.idle-seconds=2", "jmo.survey.kiosk.warning-seconds=2"})
@ActiveProfiles("test")
class PublicSurveyBrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final List<String> REQUIRED_RADIOS = List.of("channel", "gender", "education", "occupation", "usesJmo",
            "scoreRelativeAdvantage", "scoreCompatibility", "scoreComplexity", "scoreTrialability",
            "scoreObservability", "overallSatisfaction");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KioskService kiosks;

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = id.bpjs.jmo.testing.Chromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page open(BrowserContext context, String path) {
        var page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + path);
        return page;
    }

    private BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setHasTouch(true));
    }

    private BrowserContext tablet() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768).setHasTouch(true));
    }

    private long stored(String comment) {
        return jdbc.queryForObject("select count(*) from survey_response where comment = ?", Long.class, comment);
    }

    /** axe-core with the WCAG 2.x A/AA rules: the ids of serious or critical violations (empty when none). */
    private static List<String> seriousViolations(Page page) {
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
                "best-practice")).analyze();
        return results.getViolations().stream().filter(v -> Set.of("serious", "critical").contains(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }

    @Test
    void a_participant_fills_the_survey_on_a_phone_by_taps_without_logging_in() {
        var comment = "Petugas sabar " + UUID.randomUUID();
        try (var context = phone()) {
            var page = open(context, "/survei/TGL");
            assertThat(page.locator("h1").textContent()).isEqualTo("Survei Kepuasan Peserta");
            assertThat(page.locator(".intro").textContent()).contains("Kantor Cabang Tegal", "sekitar 4 menit");
            page.locator("label[for=f-consent]").tap();
            page.locator("label:has-text('Loket kantor cabang')").tap();
            page.locator("label:has-text('Laki-laki')").tap();
            page.locator("#f-age").fill("67");
            page.locator("label[for=f-education-2]").tap();
            page.locator("label:has-text('Wirausaha')").tap();
            page.locator("label[for=f-usesJmo-1]").tap();
            for (int u = 1; u <= 9; u++) {
                page.locator("label[for=f-u" + u + "-2]").tap();
            }
            for (var field : REQUIRED_RADIOS.subList(5, 10)) {
                page.locator("label[for=f-" + field + "-3]").tap();
            }
            page.locator("label[for=f-overallSatisfaction-3]").tap();
            page.locator("label[for=f-recommendScore-8]").tap();
            page.locator("#f-comment").fill(comment);

            // fits a 360-px screen; every control is at least 48 px tall; questions as large and dark as answers
            assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(360);
            var small = page.evaluate("() => Array.from(document.querySelectorAll('label.option, label.check,"
                    + " button, input.number, textarea, a')).filter(e => e.offsetParent !== null)"
                    + ".filter(e => { const r = e.getBoundingClientRect(); return r.height < 48 || r.width < 48; })"
                    + ".map(e => e.outerHTML.slice(0, 80))");
            assertThat((List<?>) small).isEmpty();
            var question = page.evaluate("() => { const s = getComputedStyle(document.querySelector("
                    + "'#q-scoreComplexity legend')); return [parseFloat(s.fontSize), s.color, s.fontWeight]; }");
            var answer = page.evaluate("() => { const s = getComputedStyle(document.querySelector("
                    + "'#q-scoreComplexity .word')); return [parseFloat(s.fontSize), s.color, s.fontWeight]; }");
            assertThat(((Number) ((List<?>) question).get(0)).doubleValue())
                    .isGreaterThanOrEqualTo(((Number) ((List<?>) answer).get(0)).doubleValue());
            assertThat(luminance((String) ((List<?>) question).get(1)))
                    .isLessThanOrEqualTo(luminance((String) ((List<?>) answer).get(1)));
            // the meaning of each number is on the item itself
            assertThat(page.locator("#q-scoreComplexity").textContent()).contains("1", "Sangat tidak setuju", "5",
                    "Sangat setuju");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-phone-id.png"))
                    .setFullPage(true));

            page.locator("#survey-submit").tap();
            page.locator("#survey-thanks").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-thanks.png")));

            // the post is answered with the thank-you page itself; its script puts the thank-you address in the
            // history, so a reload asks for that page and does not post the answers again
            page.waitForURL("**/survei/TGL/terima-kasih");
            var methods = new java.util.concurrent.CopyOnWriteArrayList<String>();
            page.onRequest(request -> methods.add(request.method() + " " + request.url()));
            page.reload();
            page.locator("#survey-thanks").waitFor();
            assertThat(methods).isNotEmpty().noneMatch(request -> request.startsWith("POST"));
        }
        assertThat(stored(comment)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select age from survey_response where comment = ?", Integer.class, comment))
                .isEqualTo(67);
    }

    @Test
    void errors_are_shown_at_the_field_with_a_summary_that_links_to_them_and_go_away_once_answered() {
        try (var context = phone()) {
            var page = open(context, "/survei/TGL");
            page.locator("label[for=f-consent]").tap();
            page.locator("#survey-submit").tap();
            page.locator("#error-summary").waitFor();
            // the deferred script moves the focus to the summary once it runs (times out if it never does)
            page.waitForFunction("() => document.activeElement && document.activeElement.id === 'error-summary'");
            assertThat(page.locator("#error-summary li").count()).isEqualTo(REQUIRED_RADIOS.size() + 1);
            assertThat(page.locator("#err-age").textContent()).isEqualTo("Isi usia dengan angka, 15–100 tahun");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-phone-errors.png")));

            page.locator("#error-summary a[href='#f-age']").click();
            assertThat((Boolean) page.evaluate("() => document.activeElement.id === 'f-age'")).isTrue();
            page.keyboard().type("58");
            assertThat(page.locator("#err-age").count()).isZero();
            assertThat(page.locator("#error-summary a[href='#f-age']").count()).isZero();
            page.locator("label[for=f-gender-1]").tap();
            assertThat(page.locator("#err-gender").count()).isZero();
            assertThat(page.locator("#q-gender.has-error").count()).isZero();
            assertThat(page.locator("#error-summary li").count()).isEqualTo(REQUIRED_RADIOS.size() - 1);
        }
    }

    @Test
    void the_survey_can_be_filled_and_sent_with_the_keyboard_alone() {
        var comment = "Keyboard " + UUID.randomUUID();
        try (var context = tablet()) {
            var page = open(context, "/survei/MGL?lang=en");
            var answered = new java.util.HashSet<String>();
            for (int presses = 0; presses < 200; presses++) {
                page.keyboard().press("Tab");
                var focus = (List<?>) page.evaluate("() => [document.activeElement.id, document.activeElement.name"
                        + " || '']");
                var id = (String) focus.get(0);
                var name = (String) focus.get(1);
                if (id.equals("survey-submit")) {
                    page.keyboard().press("Enter");
                    break;
                }
                if (answered.add(name)) {
                    if (name.equals("consent") || REQUIRED_RADIOS.contains(name)) {
                        page.keyboard().press("Space");
                    } else if (name.equals("age")) {
                        page.keyboard().type("44");
                    } else if (name.equals("comment")) {
                        page.keyboard().type(comment);
                    }
                }
            }
            page.locator("#survey-thanks").waitFor();
            assertThat(page.locator("#survey-thanks h1").textContent()).isEqualTo("Thank you!");
        }
        assertThat(stored(comment)).isEqualTo(1);
    }

    @Test
    void a_kiosk_shows_one_screen_at_a_time_with_progress_and_clears_a_form_left_alone() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        String secret;
        try {
            secret = kiosks.register("Tablet uji " + UUID.randomUUID().toString().substring(0, 8), "PKL").secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
        var comment = "Kios " + UUID.randomUUID();
        try (var context = tablet()) {
            var page = open(context, "/kiosk/" + secret);
            page.locator("#kiosk-activation-start").click();
            page.locator("#step-label").waitFor();
            assertThat(page.locator("#survey-notice").count()).as("a registered kiosk").isZero();
            assertThat(page.locator("#step-label").textContent()).isEqualTo("Langkah 1 dari 19");
            assertThat(page.locator(".step.current").count()).isEqualTo(1);
            assertThat(page.locator("#survey-submit").isVisible()).isFalse();
            assertThat(((Number) page.evaluate("() => parseFloat(getComputedStyle(document.querySelector("
                    + "'.check span')).fontSize)")).doubleValue()).isGreaterThanOrEqualTo(24);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-kiosk-id.png")));

            // left alone after the first touch: asked, then cleared for the next person
            page.locator("label[for=f-consent]").tap();
            page.locator("#kiosk-idle").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-kiosk-idle.png")));
            page.waitForCondition(() -> page.locator("#kiosk-idle").count() == 0
                    && !page.locator("#f-consent").isChecked());
            page.locator("#step-label").waitFor();
            assertThat(page.locator("#step-label").textContent()).isEqualTo("Langkah 1 dari 19");

            page.locator("label[for=f-consent]").tap();
            page.locator("#step-next").tap();
            assertThat(page.locator("#step-label").textContent()).isEqualTo("Langkah 2 dari 19");
            page.locator("label[for=f-channel-1]").tap();
            page.locator("label[for=f-gender-0]").tap();
            page.locator("#f-age").fill("39");
            page.locator("#step-next").tap();
            page.locator("label[for=f-education-3]").tap();
            page.locator("label[for=f-occupation-0]").tap();
            page.locator("label[for=f-usesJmo-0]").tap();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-kiosk-step3.png")));
            for (int step = 3; step < 19; step++) {
                page.locator("#step-next").tap();
                var current = page.locator(".step.current");
                for (var field : List.of("scoreRelativeAdvantage", "scoreCompatibility", "scoreComplexity",
                        "scoreTrialability", "scoreObservability", "overallSatisfaction")) {
                    if (current.locator("#f-" + field + "-4").count() > 0) {
                        current.locator("label[for=f-" + field + "-4]").tap();
                    }
                }
                if (current.locator("#f-comment").count() > 0) {
                    current.locator("#f-comment").fill(comment);
                }
            }
            assertThat(page.locator("#step-label").textContent()).isEqualTo("Langkah 19 dari 19");
            page.locator("#survey-submit").tap();
            page.locator("#survey-thanks").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-kiosk-thanks.png")));
            // the thank-you screen starts a fresh form by itself
            page.locator("#step-label").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setTimeout(20_000));
            assertThat(page.url()).endsWith("/survei/PKL?kiosk=1");
        }
        assertThat(stored(comment)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from survey_kiosk where last_used_at is not null"
                + " and name like 'Tablet uji %'", Long.class)).isPositive();
    }

    @Test
    void axe_finds_no_serious_or_critical_violation_in_either_language_or_in_kiosk_mode() {
        for (var path : List.of("/survei/PWT", "/survei/PWT?lang=en", "/survei/PWT?kiosk=1",
                "/survei/PWT?kiosk=1&lang=en")) {
            try (var context = path.contains("kiosk") ? tablet() : phone()) {
                if (path.contains("kiosk")) {
                    // this class runs kiosks with a 2 + 2 s idle reset (for the reset test): here the error page must
                    // stay while axe reads it, however slow the machine, so these pages get a long idle time
                    context.route("**/survei/PWT**", route -> {
                        var response = route.fetch();
                        route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setResponse(response)
                                .setBody(response.text().replace("data-idle-seconds=\"2\"",
                                        "data-idle-seconds=\"3600\"")));
                    });
                }
                var page = open(context, path);
                page.locator("#f-consent").waitFor();
                if (path.contains("kiosk")) {
                    assertThat(page.locator("body").getAttribute("data-idle-seconds")).isEqualTo("3600");
                }
                assertThat(seriousViolations(page)).as(path).isEmpty();
                var name = "survey-" + (path.contains("kiosk") ? "kiosk" : "phone") + "-"
                        + (path.contains("lang=en") ? "en" : "id");
                if (!name.equals("survey-phone-id") && !name.equals("survey-kiosk-id")) {
                    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png"))
                            .setFullPage(!path.contains("kiosk")));
                }
                // with errors shown, and the thank-you page
                page.locator("#survey-submit").evaluate("b => b.closest('form').submit()");
                page.locator("#error-summary").waitFor();
                assertThat(seriousViolations(page)).as(path + " with errors").isEmpty();
            }
        }
        try (var context = tablet()) {
            var page = open(context, "/survei/PWT?lang=en");
            page.setViewportSize(820, 1180);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-tablet-en.png")));
            page.navigate("http://localhost:" + port + "/survei/PWT");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-tablet-id.png")));
        }
    }

    /** Relative luminance of an rgb() colour (0 black … 1 white), WCAG's formula. */
    private static double luminance(String rgb) {
        var parts = rgb.replaceAll("[^0-9,]", "").split(",");
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(parts[i]) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
