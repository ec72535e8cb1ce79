package id.bpjs.jmo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.bpjs.jmo.base.ui.Links;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app in a real headless Chromium (Debian's, not Playwright's download). Screenshots go to
 * target/screenshots for people to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

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

    private Page newPage() {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        var page = context.newPage();
        page.setDefaultTimeout(60_000);
        return page;
    }

    private void logIn(Page page, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }

    @Test
    void a_manager_logs_in_sees_the_chart_drawn_and_switches_to_english() {
        var page = newPage();
        logIn(page, "manajer", "manajer123");

        page.locator("#chart-attribute-scores jmo-chart canvas").waitFor();
        page.waitForFunction("() => { const c = document.querySelector('#chart-attribute-scores jmo-chart');"
                + " return c && c.chartInstance && c.chartInstance.data.datasets[0].data.length === 5; }");
        // all nine charts are drawn
        page.waitForFunction("() => Array.from(document.querySelectorAll('jmo-chart'))"
                + ".filter(c => c.chartInstance).length === 9");
        // ticks and tooltips write 4,5 on the Indonesian page
        assertThat(page.evaluate("() => document.querySelector('#chart-attribute-scores jmo-chart').chartInstance"
                + ".options.locale")).isEqualTo("id-ID");
        assertThat(page.locator("vaadin-side-nav-item").first().textContent()).contains("Dasbor");
        assertThat(page.locator("#chart-attribute-scores h2").textContent()).isEqualTo("Kepuasan per atribut Rogers");
        // the canvas really has pixels drawn on it
        var drawn = (Boolean) page.evaluate("() => { const el = document.querySelector('#chart-attribute-scores"
                + " jmo-chart'); const canvas = el.shadowRoot.querySelector('canvas');"
                + " const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
                + " for (let i = 0; i < data.length; i += 4) { if (data[i] < 200 && data[i + 3] > 0) return true; }"
                + " return false; }");
        assertThat(drawn).isTrue();
        page.waitForTimeout(1500); // Chart.js animates bars into place: the screenshot shows the values, not a frame
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-id.png"))
                .setFullPage(true));

        page.locator("vaadin-select.language-switch").first().click();
        page.locator("vaadin-select-item:has-text('English')").click();
        page.locator("#chart-attribute-scores h2:has-text('Satisfaction per Rogers attribute')").waitFor();
        page.locator("#chart-attribute-scores jmo-chart canvas").waitFor();
        assertThat(page.locator("vaadin-side-nav-item").first().textContent()).contains("Dashboard");
        page.waitForFunction("() => { const c = document.querySelector('#chart-attribute-scores jmo-chart');"
                + " return c && c.chartInstance && c.chartInstance.data.labels.includes('Complexity'); }");
        // ticks and tooltips write 4.5, not 4,5, on the English page (issue 17)
        page.waitForFunction("() => document.querySelector('#chart-attribute-scores jmo-chart').chartInstance"
                + ".options.locale === 'en'");
        page.waitForTimeout(1500); // Chart.js animates bars into place: the screenshot shows the values, not a frame
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-en.png"))
                .setFullPage(true));

        // the choice is remembered after logging out
        page.locator("#logout").click();
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.locator("vaadin-login-form").textContent()).contains("Log in");
        page.context().close();
    }

    @Test
    void the_filter_lives_in_the_address_bar_and_a_click_opens_the_records_behind_a_bar() {
        var page = newPage();
        logIn(page, "manajer", "manajer123");
        page.locator("#kf-responses").waitFor();
        var allBranches = page.locator("#kf-responses .key-figure-value").textContent();

        page.navigate("http://localhost:" + port + "/?periode=6b&cabang=PWT");
        page.waitForFunction("() => { const v = document.querySelector('#kf-responses .key-figure-value');"
                + " return v && v.textContent !== '" + allBranches + "'; }");
        assertThat(page.locator("#filter-branch input").inputValue()).startsWith("PWT");
        page.locator("#chart-attribute-scores jmo-chart canvas").waitFor();
        page.waitForFunction("() => { const c = document.querySelector('#chart-attribute-scores jmo-chart');"
                + " return c && c.chartInstance; }");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-pwt-6-months.png")));

        // click the complexity bar (the third of five), once its animation has ended (Chart.js hit-tests the
        // bars where they are drawn now, so a click during the animation can land between them)
        var bar = "document.querySelector('#chart-attribute-scores jmo-chart').chartInstance.getDatasetMeta(0)"
                + ".data[2]";
        page.waitForFunction("() => { const el = " + bar + "; const end = el.getProps(['x', 'y'], true);"
                + " return Math.abs(el.x - end.x) < 0.5 && Math.abs(el.y - end.y) < 0.5; }");
        var x = ((Number) page.evaluate("() => " + bar + ".x")).doubleValue();
        var y = ((Number) page.evaluate("() => { const el = " + bar + "; return (el.y + el.base) / 2; }"))
                .doubleValue();
        // the mouse clicks in the viewport: bring the chart into it first (the dashboard has grown above it)
        page.locator("#chart-attribute-scores jmo-chart").scrollIntoViewIfNeeded();
        var box = page.locator("#chart-attribute-scores jmo-chart").boundingBox();
        page.mouse().click(box.x + x, box.y + y);
        page.waitForURL("**/respons-survei?**");
        assertThat(page.url()).contains("atribut=COMPLEXITY").contains("cabang=PWT").contains("periode=6b");
        page.locator("vaadin-grid").waitFor();
        page.locator("text=Atribut (skor terendah dulu): Kerumitan").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("drill-down-responses.png")));

        page.goBack();
        page.waitForURL("**/?periode=6b&cabang=PWT");
        page.locator("#chart-attribute-scores jmo-chart canvas").waitFor();

        // the filter follows the manager: the side navigation opens Findings with the same period and branch
        page.locator("vaadin-side-nav-item:has-text('Temuan')").click();
        page.waitForURL("**/temuan?**");
        assertThat(page.url()).contains("periode=6b").contains("cabang=PWT");
        assertThat(page.locator("#filter-branch input").inputValue()).startsWith("PWT");
        page.context().close();
    }

    @Test
    void back_after_a_drill_down_returns_to_the_chart_the_manager_clicked() {
        var page = newPage();
        logIn(page, "manajer", "manajer123");
        page.waitForFunction("() => Array.from(document.querySelectorAll('jmo-chart'))"
                + ".filter(c => c.chartInstance).length === 9");
        // down the dashboard to a chart in its lower half, as a person scrolls to it
        var chart = page.locator("#chart-ratings jmo-chart");
        chart.scrollIntoViewIfNeeded();
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        var before = scrolled(page);
        var chartTop = chart.boundingBox().y;
        assertThat(before).as("scrolled down to the chart").isGreaterThan(300);

        var dashboard = page.url(); // with the remembered filter the layout put into the address
        clickTallestBar(page, "chart-ratings");
        page.waitForURL("**/" + Links.CLAIMS + "?**");
        page.locator("vaadin-grid").waitFor();
        page.goBack();
        page.waitForURL(dashboard);
        page.waitForFunction("() => Array.from(document.querySelectorAll('jmo-chart'))"
                + ".filter(c => c.chartInstance).length === 9");

        // Flow draws the view again and its charts arrive a moment later: the place is taken back once they are there
        try {
            page.waitForFunction("before => Math.abs((" + SCROLLED + ")() - before) < 40", before,
                    new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError notRestored) {
            // the assertions below say where the page is instead
        }
        assertThat(scrolled(page)).as("scroll position after Back").isCloseTo(before, within(40.0));
        assertThat(chart.boundingBox().y).as("the chart clicked, where it was on the screen")
                .isCloseTo(chartTop, within(40.0));
        page.context().close();
    }

    /** How far the dashboard is scrolled: the document, or the app layout's content area when that is what scrolls. */
    private static final String SCROLLED = "() => { const layout = document.querySelector('vaadin-app-layout');"
            + " const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~=\"content\"]');"
            + " return Math.max(document.scrollingElement.scrollTop, content ? content.scrollTop : 0); }";

    private static double scrolled(Page page) {
        return ((Number) page.evaluate(SCROLLED)).doubleValue();
    }

    /** Clicks a chart's tallest bar once its animation has ended (Chart.js hit-tests bars where they are drawn now). */
    private static void clickTallestBar(Page page, String chartId) {
        var chart = "document.querySelector('#" + chartId + " jmo-chart').chartInstance";
        var index = ((Number) page.evaluate("() => { const data = " + chart + ".data.datasets[0].data;"
                + " return data.indexOf(Math.max(...data)); }")).intValue();
        var bar = chart + ".getDatasetMeta(0).data[" + index + "]";
        page.waitForFunction("() => { const el = " + bar + "; const end = el.getProps(['x', 'y'], true);"
                + " return Math.abs(el.x - end.x) < 0.5 && Math.abs(el.y - end.y) < 0.5; }");
        var x = ((Number) page.evaluate("() => " + bar + ".x")).doubleValue();
        var y = ((Number) page.evaluate("() => { const el = " + bar + "; return (el.y + el.base) / 2; }"))
                .doubleValue();
        var box = page.locator("#" + chartId + " jmo-chart").boundingBox();
        page.mouse().click(box.x + x, box.y + y);
    }

    @Test
    void the_claim_rating_dialog_opens_on_the_rating_and_saves_on_ctrl_enter() {
        var page = newPage();
        logIn(page, "petugas", "petugas123");
        page.locator("jmo-chart").first().waitFor();
        page.navigate("http://localhost:" + port + "/" + Links.CLAIMS);
        var record = page.locator("vaadin-button[aria-label^='Catat penilaian']").first();
        record.waitFor();
        var label = record.getAttribute("aria-label");
        var reference = label.substring(label.lastIndexOf(' ') + 1);
        var earlier = jdbc.queryForObject("select speed_rating from jht_claim where claim_reference = ?",
                Integer.class, reference);
        record.click();

        // the cursor is on the rating: on the participant's earlier answer, or on the first when there is none
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('#claim-rating')");
        assertThat(page.evaluate("() => document.activeElement.closest('vaadin-radio-button').textContent"))
                .asString().startsWith(earlier == null ? "1" : String.valueOf(earlier));
        // the arrow moves the choice to the next one, as radio buttons do; Tab goes on to the comment (each of
        // Vaadin's radio buttons is a tab stop of its own) and Ctrl+Enter saves from there
        page.keyboard().press("ArrowDown");
        var inComment = "() => !!(document.activeElement && document.activeElement.closest('#claim-comment'))";
        for (int i = 0; i < 8 && !(Boolean) page.evaluate(inComment); i++) {
            page.keyboard().press("Tab");
        }
        assertThat((Boolean) page.evaluate(inComment)).as("Tab from the rating reaches the comment").isTrue();
        var comment = "Peserta puas, cair sebelum 5 hari kerja " + UUID.randomUUID();
        page.keyboard().type(comment);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("claim-rating-dialog.png")));
        page.keyboard().press("Control+Enter");

        page.locator("vaadin-notification-card:has-text('Penilaian tersimpan')").first().waitFor();
        assertThat(jdbc.queryForMap("select speed_rating, comment from jht_claim where claim_reference = ?",
                reference)).containsEntry("speed_rating", earlier == null ? 2 : earlier % 5 + 1)
                .containsEntry("comment", comment);
        page.context().close();
    }

    @Test
    void staff_record_a_complaint_by_keyboard_find_it_and_resolve_it() {
        var page = newPage();
        logIn(page, "petugas", "petugas123");
        page.locator("jmo-chart").first().waitFor();
        page.navigate("http://localhost:" + port + "/pengaduan/tiket");
        page.locator("#complaint-kpj input").waitFor();
        page.locator("#complaint-kpj input").fill("55566677788");
        page.locator("#complaint-category input").click();
        page.keyboard().type("Sulit");
        // pick the item once the overlay shows it (pressing keys before it has filtered picked nothing under load)
        page.locator("vaadin-combo-box-item:has-text('Sulit')").first().click();
        page.waitForFunction("() => document.querySelector('#complaint-category').value !== ''");
        page.locator("#complaint-description textarea").fill("Peserta lansia bingung dan ribet saat verifikasi wajah");
        page.locator("#complaint-suggestion:has-text('Kerumitan')").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("complaint-new.png")).setFullPage(true));
        page.keyboard().press("Control+Enter");
        page.waitForURL("**/pengaduan/tiket/PWT-*");
        var ticket = page.url().substring(page.url().lastIndexOf('/') + 1);

        page.navigate("http://localhost:" + port + "/pengaduan?periode=bulan-ini&cari=" + ticket);
        page.locator("vaadin-grid-cell-content:has-text('" + ticket + "')").first().click();
        page.waitForURL("**/pengaduan/tiket/" + ticket);
        page.locator("#action-IN_PROGRESS").click();
        page.locator(".status-badge:has-text('Diproses')").waitFor();
        page.locator("#action-RESOLVED").click();
        page.locator("#transition-note textarea").fill("Dipandu verifikasi wajah di loket, berhasil.");
        page.locator("#transition-confirm").click();
        page.locator(".status-badge:has-text('Selesai')").waitFor();
        page.locator("#complaint-history vaadin-grid-cell-content:has-text('Dicatat')").first().waitFor();
        assertThat(page.locator("#complaint-history vaadin-grid-cell-content:has-text('Dipandu verifikasi wajah')")
                .count()).isPositive();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("complaint-resolved.png"))
                .setFullPage(true));
        page.context().close();
    }

    @Test
    void staff_pick_a_category_by_typing_and_enter_and_save_from_the_last_typed_field() {
        var page = newPage();
        logIn(page, "petugas", "petugas123");
        page.locator("jmo-chart").first().waitFor();
        page.navigate("http://localhost:" + port + "/pengaduan/tiket");
        page.locator("#complaint-kpj input").waitFor();
        page.locator("#complaint-kpj input").fill("55566677799");
        // a partial match and Enter selects the highlighted (first) item
        page.locator("#complaint-category input").click();
        page.keyboard().type("eror");
        page.locator("vaadin-combo-box-item:has-text('Eror')").first().waitFor();
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.querySelector('#complaint-category').value !== ''");
        page.locator("#complaint-description textarea").fill("Aplikasi keluar sendiri saat membuka menu klaim");
        page.locator("#complaint-platform").click();
        page.locator("vaadin-select-item:has-text('Android')").click();
        // the last field typed in and Ctrl+Enter straight away: its value is committed before saving
        page.locator("#complaint-error-message input").click();
        page.keyboard().type("Terjadi kesalahan E-1042");
        page.keyboard().press("Control+Shift+Enter");
        page.locator("vaadin-notification-card:has-text('tercatat')").first().waitFor();
        // "save & record another": channel and category stay for the next participant
        assertThat(page.locator("#complaint-category input").inputValue()).contains("Eror");
        assertThat(page.locator("#complaint-kpj input").inputValue()).isEmpty();
        page.navigate("http://localhost:" + port + "/pengaduan?periode=bulan-ini");
        page.locator("#queue-UNASSIGNED").click();
        page.waitForURL("**antrean=UNASSIGNED**");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("complaint-queues.png"))
                .setFullPage(true));
        page.context().close();
    }

    @Test
    void an_admin_creates_a_staff_user_who_changes_the_password_at_first_login() {
        var page = newPage();
        logIn(page, "admin", "admin123");
        page.locator("jmo-chart").first().waitFor();
        page.navigate("http://localhost:" + port + "/admin/pengguna");
        page.locator("#users-add").click();
        page.locator("#user-username input").fill("dina.baru");
        page.locator("#user-fullname input").fill("Dina Pratiwi");
        page.locator("#user-branch input").click();
        page.keyboard().type("Purwo");
        page.waitForTimeout(500);
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.locator("#user-password input").fill("Gudeg-Jogja-2026");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-new-user.png")));
        page.locator("#user-save").click();
        page.locator("vaadin-grid-cell-content:has-text('dina.baru')").first().waitFor();
        page.locator("#logout").click();
        page.locator("vaadin-login-form").waitFor();

        logIn(page, "dina.baru", "Gudeg-Jogja-2026");
        // whatever page the login leads to, the temporary password has to be replaced first
        page.locator("#password-current").waitFor();
        page.locator("#password-current input").fill("Gudeg-Jogja-2026");
        page.locator("#password-new input").fill("password123");
        page.locator("#password-repeat input").fill("password123");
        page.locator("#password-save").click();
        page.locator("text=terlalu umum").first().waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("first-login-change.png")));
        page.locator("#password-new input").fill("Soto-Sokaraja-2027");
        page.locator("#password-repeat input").fill("Soto-Sokaraja-2027");
        page.locator("#password-save").click();
        page.locator("vaadin-login-form").waitFor();
        logIn(page, "dina.baru", "Soto-Sokaraja-2027");
        page.locator("jmo-chart").first().waitFor();
        assertThat(page.locator("#password-current").count()).isZero();
        page.context().close();
    }

    @Test
    void a_manager_codes_an_excerpt_by_accepting_the_suggestion() {
        var page = newPage();
        logIn(page, "manajer", "manajer123");
        page.locator("vaadin-side-nav").waitFor();
        page.navigate("http://localhost:" + port + "/kode-kutipan?periode=12b&cabang=PWT");
        var acceptance = page.locator("#coding-acceptance");
        acceptance.waitFor();
        var before = acceptance.textContent();
        page.locator("vaadin-text-field:has-text('Kode informan') input").fill("P-21");
        page.locator("#coding-text textarea").fill("Menu klaimnya ribet, saya bingung harus mulai dari mana.");
        page.locator("#coding-suggestion:has-text('Kerumitan')").waitFor();
        assertThat(page.locator("#coding-suggestion").textContent()).contains("ribet", "bingung", "Negatif");
        page.locator("#coding-accept").click();
        page.waitForFunction("() => document.querySelector('#coding-sentiment').value === 'NEGATIVE'"
                + " || document.querySelector('#coding-sentiment vaadin-radio-button[checked]') !== null");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("coding-suggestion.png")));
        page.keyboard().press("Control+Enter");
        page.locator("#coding-coded vaadin-grid-cell-content:has-text('saya bingung harus mulai')").first()
                .waitFor();
        page.waitForFunction("before => document.querySelector('#coding-acceptance').textContent !== before",
                before);
        assertThat(acceptance.textContent()).isNotEqualTo(before);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("coding-saved.png")));
        page.context().close();
    }

    @Test
    void findings_in_both_languages_a_presentation_run_by_keyboard_and_both_exports_reopen() throws Exception {
        var page = newPage();
        logIn(page, "manajer", "manajer123");
        page.locator("vaadin-side-nav").waitFor();
        page.navigate("http://localhost:" + port + "/temuan?periode=12b&cabang=PWT");
        var complexity = page.locator("#finding-complexity-narrative");
        complexity.waitFor();
        assertThat(complexity.textContent()).startsWith("Pada aspek kerumitan, ");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("findings-id.png")));
        // the export speaks the page's language (downloads run outside the UI's request)
        var pdfId = page.waitForDownload(() -> page.locator("#findings-pdf").click());
        var readerId = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdfId.path()));
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(readerId).getTextFromPage(1))
                .contains("Temuan Kualitas Layanan JMO");
        readerId.close();

        page.locator("vaadin-select.language-switch").first().click();
        page.locator("vaadin-select-item:has-text('English')").click();
        page.locator("#finding-complexity-narrative:has-text('On complexity, ')").waitFor();
        assertThat(page.locator("#findings-recommendations li").count()).isEqualTo(5);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("findings-en.png")));

        var pptx = page.waitForDownload(() -> page.locator("#findings-pptx").click());
        try (var slides = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(pptx.path()))) {
            assertThat(slides.getSlides()).hasSize(11);
            assertThat(slides.getSlides().get(4).getNotes().getTextParagraphs().toString()).contains("On complexity");
        }
        var pdf = page.waitForDownload(() -> page.locator("#findings-pdf").click());
        var reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf.path()));
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1))
                .contains("JMO Service Quality Findings");
        reader.close();

        page.locator("#findings-present").click();
        var deck = page.locator("jmo-deck");
        deck.waitFor();
        page.locator("#slide-1.active").waitFor();
        int total = page.locator("jmo-deck > .slide").count();
        assertThat(total).isEqualTo(11);
        // F toggles full screen
        page.keyboard().press("f");
        page.waitForFunction("() => document.fullscreenElement !== null");
        page.keyboard().press("f");
        page.waitForFunction("() => document.fullscreenElement === null");
        for (int i = 1; i <= total; i++) {
            page.locator("#slide-" + i + ".active").waitFor();
            if (page.locator("#slide-" + i + " jmo-chart").count() > 0) {
                var slide = i;
                page.waitForFunction("() => { const c = document.querySelector('#slide-" + slide + " jmo-chart');"
                        + " return c.chartInstance && c.chartInstance.width > 100; }");
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("slide-%02d.png".formatted(i))));
            page.keyboard().press(i % 2 == 1 ? "ArrowRight" : "PageDown");
        }
        assertThat(deck.getAttribute("current")).isEqualTo("11");
        page.keyboard().press("PageUp");
        page.locator("#slide-10.active").waitFor();
        page.keyboard().press("ArrowLeft");
        page.locator("#slide-9.active").waitFor();
        page.keyboard().press("Escape");
        page.waitForURL("**/temuan?**");
        assertThat(page.url()).contains("cabang=PWT").contains("periode=12b");
        page.context().close();
    }

    @Test
    void the_login_form_sends_its_csrf_token_and_the_app_runs_under_its_content_security_policy() {
        var page = newPage();
        var violations = new java.util.concurrent.CopyOnWriteArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                violations.add(message.text());
            }
        });
        var loginPosts = new java.util.concurrent.CopyOnWriteArrayList<String>();
        page.onRequest(request -> {
            if (request.method().equals("POST") && request.url().endsWith("/login")) {
                loginPosts.add(String.valueOf(request.postData()));
            }
        });
        logIn(page, "manajer", "manajer123");
        page.waitForFunction("() => Array.from(document.querySelectorAll('jmo-chart'))"
                + ".filter(c => c.chartInstance).length === 9");
        assertThat(loginPosts).singleElement().satisfies(body -> assertThat(body).contains("_csrf="));
        page.navigate("http://localhost:" + port + "/temuan");
        page.locator("jmo-chart canvas").first().waitFor();
        assertThat(violations).isEmpty();
        page.context().close();
    }

    @Test
    void a_wrong_password_shows_a_clear_message_in_indonesian() {
        var page = newPage();
        logIn(page, "manajer", "bukan-sandinya");
        page.waitForURL("**/login?error");
        var error = page.locator("vaadin-login-form [part=error-message], vaadin-login-form-wrapper [part=error-message]");
        page.locator("text=Nama pengguna atau kata sandi salah").first().waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login-error.png")));
        assertThat(page.content()).doesNotContain("tidak ditemukan");
        assertThat(error).isNotNull();
        page.context().close();
    }

    @Test
    void an_unknown_address_shows_the_not_found_page() {
        var page = newPage();
        logIn(page, "petugas", "petugas123");
        page.locator("jmo-chart").first().waitFor();
        page.navigate("http://localhost:" + port + "/tidak-ada-halaman");
        page.locator("text=Halaman tidak ditemukan").waitFor();
        assertThat(page.locator("a:has-text('Kembali ke dasbor')").count()).isEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("not-found.png")));
        page.context().close();
    }

    @Test
    void staff_import_a_plain_skm_google_forms_file_in_words_and_the_ikm_report_shows_its_index() throws Exception {
        // the regulation's questionnaire only (no branch, channel or Rogers columns), answers as the words Google
        // Forms stores, timestamps as it writes them; three respondents in March 2021 (before the demo data):
        // U1..U8 sums 11, U9 8 → IKM = 25/9 × (8 × 11/3 + 8/3) = 88,89, grade A
        var very = "Sangat sesuai,Sangat mudah,Sangat cepat,Gratis,Sangat sesuai,Sangat kompeten,"
                + "Sangat sopan dan ramah,Sangat baik,Dikelola dengan baik";
        var good = "Sesuai,Mudah,Cepat,Murah,Sesuai,Kompeten,Sopan dan ramah,Baik,Berfungsi kurang maksimal";
        var noComplaintHandling = very.replace("Dikelola dengan baik", "Tidak ada");
        var csv = "Timestamp,Jenis kelamin,Usia,Pendidikan,Pekerjaan,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
                + "2021/03/08 9:15:02 AM GMT+7,L,41,S1,PNS," + very + "\n"
                + "2021/03/09 1:07:45 PM GMT+7,P,35,SMA,SWASTA," + good + "\n"
                + "2021/03/10 12:05:33 AM GMT+7,P,52,D1-D3,LAINNYA," + noComplaintHandling + "\n";
        var file = Files.createTempFile("skm-plain", ".csv");
        Files.writeString(file, csv);
        var page = newPage();
        logIn(page, "petugas", "petugas123");
        page.locator("jmo-chart").first().waitFor();
        page.navigate("http://localhost:" + port + "/respons-survei/impor");
        page.locator("#survey-import-upload input[type=file]").setInputFiles(file);
        page.locator("#survey-import-check").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
        page.locator("#survey-import-check").click();
        page.waitForFunction("() => { const s = document.querySelector('#survey-import-store');"
                + " return s && !s.hasAttribute('disabled') && s.offsetParent !== null; }");
        // the preview says which word became which score
        assertThat(page.locator("#survey-import-words").textContent()).contains("Sangat mudah").contains("Tidak ada");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-plain-skm.png"))
                .setFullPage(true));
        page.locator("#survey-import-store").click();
        page.waitForFunction("() => (document.querySelector('#survey-import-summary') || {}).textContent"
                + " && /3/.test(document.querySelector('#survey-import-summary').textContent)"
                + " && !document.querySelector('#survey-import-store').offsetParent");
        page.navigate("http://localhost:" + port
                + "/laporan-ikm?periode=kustom&dari=2021-03-01&sampai=2021-03-31&cabang=PWT&bobot=19");
        page.locator("#ikm-index .key-figure-value").waitFor();
        page.waitForFunction("() => document.querySelector('#ikm-index .key-figure-value').textContent.trim()"
                + " === '88,89'");
        assertThat(page.locator("#ikm-index").textContent()).contains("88,89").contains("A");
        assertThat(page.locator("#ikm-sample-warning").isVisible()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ikm-report-plain-skm.png"))
                .setFullPage(true));
        // the alert bell's list is an overlay that opens on a click (its web component is in the bundle), not text
        // lying in the header
        assertThat(page.locator("#alert-bell-read-all").isVisible()).isFalse();
        page.locator("#alert-bell vaadin-button").first().click();
        page.locator("#alert-bell-list").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
        page.context().close();
    }
}
