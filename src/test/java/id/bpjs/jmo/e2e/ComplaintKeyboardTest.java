package id.bpjs.jmo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Staff at the counter record and follow a complaint with the keyboard only (issue 17): no mouse click from the login
 * to the resolved complaint. Tab moves through the form in reading order, typing in the category box and Enter picks
 * the highlighted item, a select opens with the arrow key, Ctrl+Shift+Enter saves and starts the next complaint with
 * channel and category kept, Ctrl+Enter saves from the last field typed in (its value committed), and the status
 * dialogs open with the cursor in their note and save with Ctrl+Enter. The resolve dialog is checked by axe too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ComplaintKeyboardTest {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(BrowserTest.SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
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

    @Test
    void staff_record_two_complaints_take_one_into_process_and_resolve_and_reopen_it_by_keyboard_only() {
        var page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").focus();
        page.keyboard().type("petugas");
        page.keyboard().press("Tab");
        page.keyboard().type("petugas123");
        page.keyboard().press("Enter");
        page.locator("vaadin-app-layout").waitFor();
        var fullName = page.locator(".user-name").textContent();

        page.navigate("http://localhost:" + port + "/pengaduan/tiket");
        page.locator("#complaint-kpj input").waitFor();
        // a new complaint opens with the cursor in its first field, and Tab walks the form in reading order
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('#complaint-channel')");
        var visited = tabTo(page, "complaint-kpj", 6);
        assertThat(visited).as("Tab order from the channel to the KPJ number").doesNotContain("vaadin-side-nav-item");
        page.keyboard().type("55566677711");
        tabTo(page, "complaint-category", 2);
        page.keyboard().type("eror");
        page.locator("vaadin-combo-box-item:has-text('Eror')").first().waitFor();
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.querySelector('#complaint-category').value !== ''");
        tabTo(page, "complaint-description", 3);
        page.keyboard().type("Aplikasi keluar sendiri saat membuka menu klaim");
        tabTo(page, "complaint-app-version", 3);
        page.keyboard().type("2.6.1");
        chooseFirst(page, "complaint-platform", "Android");
        tabTo(page, "complaint-error-message", 2);
        page.keyboard().type("Terjadi kesalahan E-2001");
        // save & record another straight from the last typed field
        page.keyboard().press("Control+Shift+Enter");
        page.locator("vaadin-notification-card:has-text('tercatat')").first().waitFor();
        page.waitForFunction("() => document.querySelector('#complaint-kpj input').value === ''");
        assertThat(page.locator("#complaint-category input").inputValue()).contains("Eror");
        assertThat(page.locator("#complaint-channel vaadin-select-value-button").textContent()).contains("Loket");
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('#complaint-channel')");

        // the next participant: only what differs is typed, Ctrl+Enter saves from the error message
        tabTo(page, "complaint-kpj", 6);
        page.keyboard().type("55566677712");
        tabTo(page, "complaint-description", 4);
        page.keyboard().type("Aplikasi menutup sendiri setelah verifikasi wajah");
        chooseFirst(page, "complaint-platform", "Android");
        tabTo(page, "complaint-error-message", 2);
        page.keyboard().type("Terjadi kesalahan E-2002");
        page.keyboard().press("Control+Enter");
        page.waitForURL("**/pengaduan/tiket/PWT-*");
        assertThat(page.locator("#complaint-error-message input").inputValue()).isEqualTo("Terjadi kesalahan E-2002");

        // taking it into process assigns it to the person who pressed the button
        page.locator("#action-IN_PROGRESS").focus();
        page.keyboard().press("Enter");
        page.locator(".status-badge:has-text('Diproses')").waitFor();
        assertThat(page.locator("#complaint-assignee input").inputValue()).isEqualTo(fullName);

        // the resolve dialog: cursor in the note, no serious accessibility violation, Ctrl+Enter confirms
        page.locator("#action-RESOLVED").focus();
        page.keyboard().press("Enter");
        page.locator("#transition-note textarea").waitFor();
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('#transition-note')");
        var violations = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "wcag22aa")).setLegacyMode(true).analyze().getViolations().stream()
                .filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .flatMap(rule -> rule.getNodes().stream().map(node -> rule.getId() + " " + node.getTarget() + " "
                        + node.getFailureSummary())).toList();
        assertThat(violations).as("axe on the page with the resolve dialog open").isEmpty();
        page.keyboard().type("Dipandu memperbarui aplikasi ke versi terbaru, berhasil.");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("keyboard-resolve.png")));
        page.keyboard().press("Control+Enter");
        page.locator(".status-badge:has-text('Selesai')").waitFor();

        // reopening asks for a reason the same way
        page.locator("#action-REOPEN").focus();
        page.keyboard().press("Enter");
        page.locator("#transition-note textarea").waitFor();
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('#transition-note')");
        page.keyboard().type("Peserta melapor eror muncul lagi");
        page.keyboard().press("Control+Enter");
        page.locator(".status-badge:has-text('Diproses')").waitFor();

        // the history reads as people read dates, and shows the whole note
        var history = page.locator("#complaint-history");
        history.locator("vaadin-grid-cell-content:has-text('Peserta melapor eror muncul lagi')").first().waitFor();
        var cells = page.locator("#complaint-history vaadin-grid-cell-content").allTextContents();
        assertThat(String.join(" | ", cells)).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}")
                .containsPattern("\\d{1,2} \\p{L}{3} \\d{4} \\d{2}\\.\\d{2}")
                .contains("Dipandu memperbarui aplikasi ke versi terbaru, berhasil.");
        page.locator("#transition-note").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("keyboard-history.png"))
                .setFullPage(true));
        page.context().close();
    }

    /** What has the focus: the form field (by its id) or else the element's tag. */
    private static String focused(Page page) {
        return (String) page.evaluate("() => { const a = document.activeElement; if (!a) return '';"
                + " const f = a.closest('[id^=complaint-], [id^=transition-]'); return f ? f.id : a.localName; }");
    }

    /** Presses Tab until {@code id} has the focus, at most {@code most} times; returns what had it on the way. */
    private static List<String> tabTo(Page page, String id, int most) {
        var visited = new ArrayList<String>();
        for (int i = 0; i < most && !focused(page).equals(id); i++) {
            page.keyboard().press("Tab");
            visited.add(focused(page));
        }
        assertThat(focused(page)).as("focus after Tab " + visited).isEqualTo(id);
        return visited;
    }

    /** Tabs to a select, opens it with the Down arrow and takes the item it offers first with Enter. */
    private static void chooseFirst(Page page, String id, String expected) {
        tabTo(page, id, 3);
        page.keyboard().press("ArrowDown");
        // Enter picks the item that has the focus: wait until the opened list has focused one
        page.waitForFunction("() => document.activeElement && document.activeElement.localName === 'vaadin-select-item'"
                + " && document.activeElement.textContent.includes('" + expected + "')");
        page.keyboard().press("Enter");
        page.waitForFunction("id => document.querySelector('#' + id + ' vaadin-select-value-button')"
                + ".textContent.includes('" + expected + "')", id);
    }
}
