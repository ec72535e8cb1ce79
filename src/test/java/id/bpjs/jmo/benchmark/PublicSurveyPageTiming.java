package id.bpjs.jmo.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a participant waits for on the public survey (issue 15, page side), against a running app (the production
 * jar): a cold page load in a fresh browser context under Chromium's phone profile, then the form filled and sent.
 * <ul>
 * <li>CPU 4× slower ({@code Emulation.setCPUThrottlingRate}); network as DevTools' "Fast 4G" preset: 165 ms
 * round trip, 9 Mbit/s × 0.9 down, 1.5 Mbit/s × 0.9 up ({@code Network.emulateNetworkConditions});</li>
 * <li>viewport 360 × 740, device scale 2, touch (kiosk: a 1024 × 768 tablet, same throttling);</li>
 * <li>first control visible: from the navigation's start to the consent checkbox being visible;</li>
 * <li>usable: to DOMContentLoaded (the deferred script has run, the page is enhanced);</li>
 * <li>transferred: bytes over the wire for the document and every resource until then;</li>
 * <li>submit acknowledged: from the click on "Kirim jawaban" to the thank-you heading being visible;</li>
 * <li>submit requests: the requests that went over the network between that click and the heading (each costs at
 * least one throttled round trip; a resource from the browser's cache is not counted).</li>
 * </ul>
 * Usage: {@code PublicSurveyPageTiming [base-url] [branch] [runs] [phone|kiosk] [trace]}; defaults
 * http://localhost:8104 PWT 7 phone. Prints one line per run and a {@code SURVEY-TIMING} line with the medians and
 * the 95th percentiles (nearest rank: with 20 runs the second slowest) in ms and bytes. With {@code trace}, every
 * request of every run is listed too: method, path, status, content encoding, bytes received (headers and encoded
 * body) and its start and end in ms from the navigation's start or from the click.
 */
public final class PublicSurveyPageTiming {

    private PublicSurveyPageTiming() {
    }

    public static void main(String[] args) {
        var base = args.length > 0 ? args[0] : "http://localhost:8104";
        var branch = args.length > 1 ? args[1] : "PWT";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        boolean kiosk = args.length > 3 && args[3].equals("kiosk");
        boolean trace = args.length > 4 && args[4].equals("trace");
        var url = base + "/survei/" + branch + (kiosk ? "?kiosk=1" : "");
        var first = new ArrayList<Double>();
        var usable = new ArrayList<Double>();
        var bytes = new ArrayList<Double>();
        var submit = new ArrayList<Double>();
        var submitRequests = new ArrayList<Double>();
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var browser = id.bpjs.jmo.testing.Chromium.launch(playwright);
            for (int run = 0; run <= runs; run++) {
                var context = browser.newContext(kiosk
                        ? new Browser.NewContextOptions().setViewportSize(1024, 768).setHasTouch(true)
                        : new Browser.NewContextOptions().setViewportSize(360, 740).setDeviceScaleFactor(2)
                                .setHasTouch(true).setIsMobile(true));
                var page = context.newPage();
                page.setDefaultTimeout(60_000);
                var finished = new ArrayList<Request>();
                page.onRequestFinished(finished::add);
                var cdp = context.newCDPSession(page);
                cdp.send("Emulation.setCPUThrottlingRate", json(Map.of("rate", 4)));
                cdp.send("Network.enable");
                cdp.send("Network.emulateNetworkConditions", json(Map.of("offline", false, "latency", 165,
                        "downloadThroughput", 9_000_000 * 0.9 / 8, "uploadThroughput", 1_500_000 * 0.9 / 8)));
                long start = System.nanoTime();
                page.navigate(url, new Page.NavigateOptions().setWaitUntil(
                        com.microsoft.playwright.options.WaitUntilState.COMMIT));
                page.locator("#f-consent").waitFor();
                double firstControl = (System.nanoTime() - start) / 1e6;
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.DOMCONTENTLOADED);
                double ready = ((Number) page.evaluate("() => performance.getEntriesByType('navigation')[0]"
                        + ".domContentLoadedEventEnd")).doubleValue();
                double transferred = ((Number) page.evaluate("() => performance.getEntriesByType('navigation')[0]"
                        + ".transferSize + performance.getEntriesByType('resource').reduce((s, r) => s"
                        + " + r.transferSize, 0)")).doubleValue();
                fillIn(page, kiosk);
                var loading = List.copyOf(finished);
                finished.clear();
                double clickEpoch = System.currentTimeMillis();
                long click = System.nanoTime();
                page.locator("#survey-submit").click();
                page.locator("#survey-thanks h1").waitFor();
                double acknowledged = (System.nanoTime() - click) / 1e6;
                // requestfinished may come a moment after the heading shows
                page.waitForTimeout(200);
                var submitting = finished.stream().filter(r -> r.timing().startTime <= clickEpoch + acknowledged)
                        .toList();
                long overNetwork = submitting.stream().filter(r -> r.sizes().responseHeadersSize > 0).count();
                if (trace) {
                    double navigationEpoch = loading.stream().mapToDouble(r -> r.timing().startTime).min()
                            .orElse(0);
                    print("load", loading, navigationEpoch);
                    print("submit", submitting, clickEpoch);
                }
                context.close();
                if (run == 0) {
                    System.out.printf("warm-up: first control %.0f ms, submit %.0f ms%n", firstControl, acknowledged);
                    continue; // the server's first request of this page pays for template compilation
                }
                System.out.printf("run %d: first control %.0f ms, usable %.0f ms, %.0f bytes, submit %.0f ms"
                        + " (%d requests)%n", run, firstControl, ready, transferred, acknowledged, overNetwork);
                first.add(firstControl);
                usable.add(ready);
                bytes.add(transferred);
                submit.add(acknowledged);
                submitRequests.add((double) overNetwork);
            }
            browser.close();
        }
        System.out.printf("SURVEY-TIMING | %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
                kiosk ? "kiosk" : "phone", runs, median(first), p95(first), median(usable), p95(usable),
                median(bytes), median(submit), p95(submit), max(submit), median(submitRequests));
    }

    /** One line per request: method, path, status, encoding, bytes received, start and end (ms from {@code zero}). */
    private static void print(String phase, List<Request> requests, double zero) {
        for (var request : requests) {
            var timing = request.timing();
            var sizes = request.sizes();
            var response = request.response();
            var url = request.url().replaceFirst("^https?://[^/]+", "");
            System.out.printf("  %-6s %-4s %-60s %3s %-4s %6d B  %5.0f → %5.0f ms%s%n", phase, request.method(),
                    url.length() > 60 ? url.substring(0, 57) + "..." : url,
                    response == null ? "-" : String.valueOf(response.status()),
                    response == null || response.headerValue("content-encoding") == null ? "-"
                            : response.headerValue("content-encoding"),
                    sizes.responseHeadersSize + sizes.responseBodySize, timing.startTime - zero,
                    timing.startTime - zero + Math.max(timing.responseEnd, 0),
                    sizes.responseHeadersSize > 0 ? "" : " (cache)");
        }
    }

    /** Answers every required question the way a participant does (taps), through the kiosk's screens if asked. */
    private static void fillIn(Page page, boolean kiosk) {
        var answers = new String[][] {{"consent", null}, {"channel", "1"}, {"gender", "1"}, {"age", "58"},
                {"education", "2"}, {"occupation", "5"}, {"usesJmo", "0"}, {"scoreRelativeAdvantage", "3"},
                {"scoreCompatibility", "3"}, {"scoreComplexity", "2"}, {"scoreTrialability", "3"},
                {"scoreObservability", "4"}, {"overallSatisfaction", "3"}, {"recommendScore", "8"}};
        for (var answer : answers) {
            var id = answer[1] == null ? "#f-" + answer[0] : answer[0].equals("age") ? "#f-age"
                    : "#f-" + answer[0] + "-" + answer[1];
            if (kiosk) {
                while (!page.locator(id).isVisible()) {
                    page.locator("#step-next").click();
                }
            }
            if (answer[0].equals("age")) {
                page.locator(id).fill(answer[1]);
            } else {
                page.locator(id).check(new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
            }
        }
        if (kiosk) {
            while (!page.locator("#survey-submit").isVisible()) {
                page.locator("#step-next").click();
            }
        }
    }

    private static JsonObject json(Map<String, Object> values) {
        var object = new JsonObject();
        values.forEach((key, value) -> {
            if (value instanceof Number n) {
                object.addProperty(key, n);
            } else if (value instanceof Boolean b) {
                object.addProperty(key, b);
            } else {
                object.addProperty(key, String.valueOf(value));
            }
        });
        return object;
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** The 95th percentile by nearest rank: the value below or at which 95 % of the runs fall. */
    private static double p95(List<Double> values) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
