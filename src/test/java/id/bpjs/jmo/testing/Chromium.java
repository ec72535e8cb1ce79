package id.bpjs.jmo.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;

/**
 * Headless Chromium for the browser tests and page-timing programs: the binary from {@code -Dchromium.path} (set by
 * {@code ./app test}, default {@code /usr/bin/chromium}) and the flags this machine kind needs (no sandbox as root,
 * no background networking: outside hosts are unreachable, see TOOLCHAIN.md).
 */
public final class Chromium {

    private Chromium() {
    }

    /** A new headless browser of {@code playwright}; the caller closes it. */
    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
