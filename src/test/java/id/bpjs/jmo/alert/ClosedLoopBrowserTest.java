package id.bpjs.jmo.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.complaint.ComplaintStatistics;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16 end to end in a real headless Chromium with a real SMTP server (GreenMail) in the test process:
 * <ul>
 * <li>the demo data's error spike after its latest app release, the alert job run, the alert seen by the demo manager
 * in the app and received by e-mail (message and CSV attachment opened);</li>
 * <li>a low survey score with consent becomes a follow-up case in the complaint list, staff reveal the contact and
 * resolve it, and the dashboard's closed-loop figure counts it;</li>
 * <li>the dashboard's key figures and the findings' narrative mark whether a change is beyond chance; a manager
 * subscribes to a branch's deck on the subscriptions page, sends it at once, and the PDF arrives and opens.</li>
 * </ul>
 * The rules are not evaluated at start-up here: the test runs the scheduled job itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "jmo.alert.evaluate-at-start=false")
@ActiveProfiles("test")
class ClosedLoopBrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    AlertJobs jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ComplaintStatistics statistics;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
        registry.add("jmo.mail.from", () -> "jmo-monitor@cabang.example");
    }

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
        SMTP.stop();
    }

    private Page newPage(int width, int height) {
        var page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        page.setDefaultTimeout(60_000);
        return page;
    }

    private void logIn(Page page, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.locator("#alert-bell").waitFor();
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    @Test
    void the_alert_job_turns_the_demo_error_spike_into_an_alert_in_the_app_and_an_e_mail_with_its_attachment()
            throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from alert", Long.class)).as("nothing evaluated yet").isZero();

        jobs.evaluateAlerts();

        // in the app, as the demo manager: the bell counts it, the alerts page lists it
        var page = newPage(1400, 900);
        logIn(page, "manajer", "manajer123");
        page.locator("#alert-bell .alert-bell-count").waitFor();
        page.navigate("http://localhost:" + port + "/peringatan");
        page.locator("#alerts-grid").waitFor();
        // the grid renders the rows in view: scroll through it until the error alert's row is drawn
        var errorRow = page.locator("vaadin-grid-cell-content:has-text('Lonjakan laporan eror aplikasi'),"
                + " vaadin-grid-cell-content:has-text('Versi aplikasi baru lebih sering eror')");
        int size = ((Number) page.evaluate("() => document.querySelector('#alerts-grid').size")).intValue();
        assertThat(size).as("alerts listed").isPositive();
        boolean seen = false;
        for (int i = 0; i < size && !seen; i += 3) {
            page.evaluate("i => document.querySelector('#alerts-grid').scrollToIndex(i)", i);
            page.waitForTimeout(400);
            seen = errorRow.count() > 0 && page.locator("vaadin-grid-cell-content:has-text('PWT Purwokerto')")
                    .count() > 0;
        }
        assertThat(seen).as("the error alert for Purwokerto is listed").isTrue();
        errorRow.first().scrollIntoViewIfNeeded();
        shoot(page, "alert-list-id.png");
        page.context().close();

        // by e-mail: the message and its attachment, opened
        var messages = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m, "manajer@cabang.example"))
                .filter(m -> subject(m).endsWith("– Purwokerto") && (subject(m).contains("Lonjakan laporan eror")
                        || subject(m).contains("Versi aplikasi baru lebih sering eror"))).toList();
        assertThat(messages).isNotEmpty();
        var message = messages.getFirst();
        var parts = new ArrayList<Part>();
        collect((Multipart) message.getContent(), parts);
        var text = parts.stream().filter(p -> fileName(p) == null).findFirst().orElseThrow();
        assertThat(text.getContent().toString()).contains("Yth. ").contains("Purwokerto").contains("p ")
                .contains("/pengaduan?");
        var attachment = parts.stream().filter(p -> fileName(p) != null).findFirst().orElseThrow();
        assertThat(fileName(attachment)).matches("peringatan-APP_(ERRORS_WEEK|VERSION_ERRORS)-PWT\\.csv");
        var bytes = new ByteArrayOutputStream();
        attachment.getInputStream().transferTo(bytes);
        var csv = bytes.toString(StandardCharsets.UTF_8);
        // the demo data can trip either error rule first (the week's spike or the new version's rate): each
        // names its own test
        var test = fileName(attachment).contains("APP_ERRORS_WEEK") ? "uji Poisson satu sisi p"
                : "uji eksak laju Poisson p";
        assertThat(csv).startsWith("\uFEFF\"Aturan\";\"Kantor cabang\";\"Dibuka\"")
                .contains("\"PWT Purwokerto\"").contains(test).contains("\"http://")
                .contains("/pengaduan?");
        assertThat(csv.lines().count()).isEqualTo(2);
    }

    @Test
    void a_low_score_with_consent_becomes_a_case_that_staff_resolve_and_the_dashboard_counts() {
        var today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        long pwt = jdbc.queryForObject("select id from branch where code = 'PWT'", Long.class);
        var month = new RecordFilter(new DateRange(today.withDayOfMonth(1), today), pwt, null);
        var before = statistics.followUps(month, today);

        // the participant, on a phone, without logging in
        var phone = newPage(360, 740);
        phone.navigate("http://localhost:" + port + "/survei/PWT");
        // the light public page (server-rendered form): labels are the tap targets
        phone.locator("label[for=f-consent]").click();
        phone.locator("label:has-text('Loket kantor cabang')").click();
        phone.locator("label[for=f-gender-0]").click();
        phone.locator("#f-age").fill("58");
        phone.locator("label[for=f-education-2]").click();
        phone.locator("label:has-text('Wirausaha')").click();
        phone.locator("label[for=f-usesJmo-0]").click();
        for (var field : new String[] {"scoreRelativeAdvantage", "scoreCompatibility", "scoreComplexity",
                "scoreTrialability", "scoreObservability"}) {
            phone.locator("label[for=f-" + field + "-1]").click();
        }
        assertThat(phone.locator("#q-followUpConsent").isVisible()).as("offered only for a low score").isFalse();
        phone.locator("label[for=f-overallSatisfaction-0]").click();
        phone.locator("#q-followUpConsent").waitFor();
        assertThat(phone.locator("#q-followUpConsent").textContent()).contains("UU No. 27 Tahun 2022")
                .contains("30 hari");
        phone.locator("label[for=f-followUpConsent]").click();
        phone.locator("#f-followUpContact").fill("0812-7777-1234");
        phone.locator("#q-followUpConsent").scrollIntoViewIfNeeded();
        shoot(phone, "survey-follow-up-id.png");
        phone.locator("#survey-submit").click();
        phone.locator("#survey-follow-up-thanks").waitFor();
        phone.context().close();

        var ticket = jdbc.queryForObject("select ticket_number from complaint where channel = 'SURVEY' and"
                + " participant_contact = '081277771234'", String.class);

        // staff of the branch: the case is in the list with the contact masked; reveal (recorded), work, resolve
        var page = newPage(1400, 900);
        logIn(page, "petugas", "petugas123");
        page.navigate("http://localhost:" + port + "/pengaduan?periode=bulan-ini&cari=" + ticket);
        page.locator("vaadin-grid-cell-content:has-text('*********234')").first().waitFor();
        shoot(page, "follow-up-list-id.png");
        page.locator("vaadin-grid-cell-content:has-text('" + ticket + "')").first().click();
        page.waitForURL("**/pengaduan/tiket/" + ticket);
        page.locator("#complaint-contact").waitFor();
        assertThat(page.locator("#complaint-contact input").inputValue()).isEqualTo("*********234");
        page.locator("#complaint-contact-reveal").click();
        page.waitForFunction("() => document.querySelector('#complaint-contact input').value === '081277771234'");
        assertThat(jdbc.queryForObject("select count(*) from contact_reveal r join complaint c on c.id ="
                + " r.complaint_id where c.ticket_number = ? and r.revealed_by = 'petugas'", Long.class, ticket))
                .isOne();
        page.locator("#action-IN_PROGRESS").click();
        page.locator(".status-badge:has-text('Diproses')").waitFor();
        page.locator("#action-RESOLVED").click();
        page.locator("#transition-note textarea").fill("Peserta ditelepon; kendala verifikasi wajah dijelaskan.");
        page.locator("#transition-confirm").click();
        page.locator(".status-badge:has-text('Selesai')").waitFor();
        shoot(page, "follow-up-case-id.png");
        page.context().close();

        var after = statistics.followUps(month, today);
        assertThat(after.cases()).isEqualTo(before.cases() + 1);
        assertThat(after.settledWithinLimit()).isEqualTo(before.settledWithinLimit() + 1);

        // the manager's dashboard for the branch and month shows the figure with its n
        var manager = newPage(1400, 900);
        logIn(manager, "manajer", "manajer123");
        manager.navigate("http://localhost:" + port + "/?periode=bulan-ini&cabang=PWT");
        var expected = after.settledWithinLimit() + " dari " + after.cases();
        manager.waitForFunction("t => { const v = document.querySelector('#kf-follow-ups .key-figure-value');"
                + " return v && v.textContent === t; }", expected);
        assertThat(manager.locator("#kf-follow-ups").textContent()).contains("n = " + after.cases());
        shoot(manager, "dashboard-follow-ups-id.png");
        // the radar over six months of all branches, where the demo's changes are large enough to test
        manager.navigate("http://localhost:" + port + "/?periode=6b");
        manager.locator("#chart-radar jmo-chart canvas").waitFor();
        manager.waitForTimeout(1500); // Chart.js animates into place
        manager.locator("#chart-radar").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("dashboard-radar-id.png")));
        manager.locator("vaadin-select.language-switch").first().click();
        manager.locator("vaadin-select-item:has-text('English')").click();
        manager.locator("#kf-follow-ups:has-text('Low scores followed up in time')").waitFor();
        assertThat(manager.locator("#kf-follow-ups .key-figure-value").textContent()).contains(" of ");
        manager.locator("#chart-radar jmo-chart canvas").waitFor();
        manager.waitForTimeout(1500);
        shoot(manager, "dashboard-follow-ups-en.png");
        manager.locator("#chart-radar").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("dashboard-radar-en.png")));
        manager.context().close();

        // the offer in English, on a phone
        var english = newPage(360, 740);
        english.navigate("http://localhost:" + port + "/survei/PWT?lang=en");
        english.locator("label[for=f-overallSatisfaction-1]").click();
        english.locator("#q-followUpConsent").waitFor();
        assertThat(english.locator("#q-followUpConsent").textContent()).contains("Law No. 27 of 2022");
        english.locator("label[for=f-followUpConsent]").click();
        english.locator("#f-followUpContact").fill("name@example.id");
        english.locator("#q-followUpConsent").scrollIntoViewIfNeeded();
        shoot(english, "survey-follow-up-en.png");
        english.context().close();
    }

    @Test
    void the_manager_sees_changes_marked_by_significance_and_a_subscribed_deck_arrives_by_e_mail() throws Exception {
        var page = newPage(1400, 900);
        logIn(page, "manajer", "manajer123");

        // the dashboard's arrows say whether a change is beyond chance, with p, or that there are too few to tell
        page.navigate("http://localhost:" + port + "/?periode=6b");
        var verdict = "(bermakna, di luar kebetulan \\(p [<=] 0,\\d{3}\\)|masih dalam batas kebetulan \\(p = [01],\\d{3}\\)"
                + "|respons terlalu sedikit untuk menilai)";
        for (var id : new String[] {"kf-satisfaction", "kf-weakest", "kf-responses"}) {
            page.locator("#" + id + " .key-figure-change").waitFor();
            assertThat(page.locator("#" + id + " .key-figure-change").textContent()).as(id)
                    .containsPattern(" · " + verdict);
        }
        // the findings' narrative says "naik/turun" only with its test, "stabil" with "within chance"
        page.navigate("http://localhost:" + port + "/temuan?periode=6b");
        page.locator(".finding-narrative").first().waitFor();
        var narratives = page.locator(".finding-narrative").allTextContents();
        assertThat(narratives).isNotEmpty().allSatisfy(text -> assertThat(text)
                .containsPattern("p [<=] 0,\\d{3}|masih dalam batas kebetulan|belum cukup"));

        // a subscription to the branch's monthly deck as PDF, sent at once from the subscriptions page
        page.navigate("http://localhost:" + port + "/langganan");
        page.locator("#subscription-branch input").click();
        page.keyboard().type("PWT");
        page.locator("vaadin-combo-box-item:has-text('Purwokerto')").first().click();
        page.locator("#subscription-format").click();
        page.locator("vaadin-select-item:has-text('PDF')").click();
        page.locator("#subscription-add").click();
        page.locator("vaadin-grid-cell-content:has-text('PWT Purwokerto')").first().waitFor();
        int before = SMTP.getReceivedMessages().length;
        page.locator("vaadin-button[aria-label='Kirim periode terakhir sekarang']").first().click();
        page.locator("vaadin-notification-card:has-text('Deck dikirim ke e-mail Anda')").waitFor();
        shoot(page, "subscription-sent-id.png");
        page.context().close();

        var received = Arrays.stream(SMTP.getReceivedMessages()).skip(before)
                .filter(m -> to(m, "manajer@cabang.example") && subject(m).startsWith("[JMO] Deck temuan Purwokerto"))
                .toList();
        assertThat(received).hasSize(1);
        var parts = new ArrayList<Part>();
        collect((Multipart) received.getFirst().getContent(), parts);
        var deck = parts.stream().filter(p -> fileName(p) != null).findFirst().orElseThrow();
        assertThat(fileName(deck)).matches("temuan-jmo-pwt-\\d{4}-\\d{2}-01-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        var bytes = new ByteArrayOutputStream();
        deck.getInputStream().transferTo(bytes);
        var reader = new com.lowagie.text.pdf.PdfReader(bytes.toByteArray());
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThan(3);
            var firstPage = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(firstPage).contains("Purwokerto");
        } finally {
            reader.close();
        }
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Multipart multipart, List<Part> parts) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, parts);
            } else {
                parts.add(part);
            }
        }
    }
}
