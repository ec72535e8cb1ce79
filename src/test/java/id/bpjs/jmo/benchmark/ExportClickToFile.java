package id.bpjs.jmo.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a manager waits for after clicking "PPTX" or "PDF (A4)" on the findings page (issue 15: ≤ 2 s from click to
 * file): in headless Chromium, against an app that is already running (the production jar, see docs/PERFORMANCE.md),
 * logged in as {@code manajer}, on {@code /temuan?periode=12b&cabang=PWT}. Each round clicks the link and waits for
 * Playwright's download event and then for the file to be complete on disk. The first click of each format after the
 * app's start is reported on its own (it pays for loading classes and fonts), then the median and the largest of the
 * following rounds. Prints one line {@code EXPORT format=… first_ms=… median_ms=… max_ms=… bytes=…} per format.
 *
 * <p>Arguments: base URL (default {@code http://localhost:8080}), rounds per format (default 10). Chromium from
 * {@code -Dchromium.path} (default {@code /usr/bin/chromium}). Not a JUnit test: it needs an app started separately.
 */
public final class ExportClickToFile {

    private ExportClickToFile() {
    }

    public static void main(String[] args) throws Exception {
        var base = args.length > 0 ? args[0] : "http://localhost:8080";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var browser = id.bpjs.jmo.testing.Chromium.launch(playwright);
            var page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
                    .setAcceptDownloads(true)).newPage();
            page.setDefaultTimeout(120_000);
            page.navigate(base + "/login");
            page.locator("vaadin-login-form input[name=username]").fill("manajer");
            page.locator("vaadin-login-form input[name=password]").fill("manajer123");
            page.locator("vaadin-login-form vaadin-button").first().click();
            page.locator("vaadin-side-nav").waitFor();
            page.navigate(base + "/temuan?periode=12b&cabang=PWT");
            page.locator("#finding-complexity-narrative").waitFor();
            for (var format : List.of("pptx", "pdf")) {
                var times = new ArrayList<Double>();
                long bytes = 0;
                for (int i = 0; i <= rounds; i++) {
                    long start = System.nanoTime();
                    var download = page.waitForDownload(() -> page.locator("#findings-" + format).click());
                    var path = download.path(); // waits until the whole file has arrived
                    times.add((System.nanoTime() - start) / 1e6);
                    bytes = Files.size(path);
                    download.delete();
                }
                double first = times.removeFirst();
                var sorted = times.stream().sorted().toList();
                double median = sorted.isEmpty() ? first : sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
                double max = sorted.isEmpty() ? first : sorted.getLast();
                System.out.printf("EXPORT format=%s first_ms=%.0f median_ms=%.0f max_ms=%.0f rounds=%d bytes=%d%n",
                        format, first, median, max, sorted.size(), bytes);
            }
            browser.close();
        }
    }
}
