package id.bpjs.jmo.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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
 * <li>submit acknowledged: from the click on "Kirim jawaban" to the thank-you heading being visible, as this
 * program sees it (Playwright finds the heading: after the navigation it has to set itself up again in the new page,
 * under the throttled CPU too);</li>
 * <li>thank-you painted: the same span on the browser's own clock, from the click event's time stamp on the form page
 * to the thank-you page's first contentful paint (its heading and header appear in one frame): what the participant
 * sees, without this program's share;</li>
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
        var painted = new ArrayList<Double>();
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
                var cdp = context.newCDPSession(page);
                cdp.send("Emulation.setCPUThrottlingRate", json(Map.of("rate", 4)));
                var timeline = new Timeline(cdp);
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
                // the click's time on the browser's clock, kept across the navigation in this tab's session storage
                page.evaluate("() => document.getElementById('survey-submit').addEventListener('click', e =>"
                        + " sessionStorage.setItem('timing-click', String(performance.timeOrigin + e.timeStamp)),"
                        + " {capture: true})");
                var loading = timeline.take();
                long click = System.nanoTime();
                page.locator("#survey-submit").click();
                page.locator("#survey-thanks h1").waitFor();
                double acknowledged = (System.nanoTime() - click) / 1e6;
                double clickAt = Double.parseDouble((String) page.evaluate(
                        "() => sessionStorage.getItem('timing-click')"));
                double paint = ((Number) page.evaluate("() => new Promise(resolve => new PerformanceObserver("
                        + "(list, observer) => { const p = list.getEntriesByName('first-contentful-paint')[0];"
                        + " if (p) { observer.disconnect(); resolve(performance.timeOrigin + p.startTime); } })"
                        + ".observe({type: 'paint', buffered: true}))")).doubleValue() - clickAt;
                var submitting = timeline.take();
                long overNetwork = submitting.stream().filter(r -> !r.fromCache).count();
                if (trace) {
                    print("load", loading, loading.stream().mapToDouble(x -> x.start).min().orElse(0));
                    print("submit", submitting, clickAt);
                }
                context.close();
                if (run == 0) {
                    System.out.printf("warm-up: first control %.0f ms, submit %.0f ms%n", firstControl, acknowledged);
                    continue; // the server's first request of this page pays for template compilation
                }
                System.out.printf("run %d: first control %.0f ms, usable %.0f ms, %.0f bytes, submit %.0f ms,"
                        + " painted %.0f ms (%d requests)%n", run, firstControl, ready, transferred, acknowledged,
                        paint, overNetwork);
                first.add(firstControl);
                usable.add(ready);
                bytes.add(transferred);
                submit.add(acknowledged);
                painted.add(paint);
                submitRequests.add((double) overNetwork);
            }
            browser.close();
        }
        System.out.printf("SURVEY-TIMING | %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
                kiosk ? "kiosk" : "phone", runs, median(first), p95(first), median(usable), p95(usable),
                median(bytes), median(submit), p95(submit), median(painted), p95(painted), median(submitRequests));
    }

    /** A request as the browser's network stack saw it (times in ms since the epoch, on the browser's clock). */
    private static final class Exchange {
        String method = "";
        String path = "";
        double start;
        double headers = Double.NaN;
        double end = Double.NaN;
        int status;
        String encoding = "-";
        long bytes;
        boolean fromCache;
    }

    /**
     * The requests of one page from the DevTools protocol's network events. A redirect keeps the request id and
     * starts a new request: the answered one is closed with the redirect's status.
     */
    private static final class Timeline {
        private final Map<String, Exchange> open = new java.util.HashMap<>();
        private final List<Exchange> all = new ArrayList<>();
        /** Wall clock minus the events' monotonic clock, in ms (requestWillBeSent carries both). */
        private double offset;

        Timeline(com.microsoft.playwright.CDPSession cdp) {
            cdp.on("Network.requestWillBeSent", e -> {
                synchronized (this) {
                    offset = e.get("wallTime").getAsDouble() * 1000 - e.get("timestamp").getAsDouble() * 1000;
                    double at = e.get("timestamp").getAsDouble() * 1000 + offset;
                    var id = e.get("requestId").getAsString();
                    var redirected = open.remove(id);
                    if (redirected != null && e.has("redirectResponse")) {
                        redirected.status = e.getAsJsonObject("redirectResponse").get("status").getAsInt();
                        redirected.end = at;
                    }
                    var exchange = new Exchange();
                    var request = e.getAsJsonObject("request");
                    exchange.method = request.get("method").getAsString();
                    exchange.path = request.get("url").getAsString().replaceFirst("^https?://[^/]+", "");
                    exchange.start = at;
                    open.put(id, exchange);
                    all.add(exchange);
                }
            });
            cdp.on("Network.requestServedFromCache", e -> {
                synchronized (this) {
                    var exchange = open.get(e.get("requestId").getAsString());
                    if (exchange != null) {
                        exchange.fromCache = true;
                    }
                }
            });
            cdp.on("Network.responseReceived", e -> {
                synchronized (this) {
                    var exchange = open.get(e.get("requestId").getAsString());
                    if (exchange != null) {
                        var response = e.getAsJsonObject("response");
                        exchange.status = response.get("status").getAsInt();
                        // the time the headers arrived (the event itself may come later under throttling)
                        var timing = response.getAsJsonObject("timing");
                        exchange.headers = timing == null ? Double.NaN : timing.get("requestTime").getAsDouble() * 1000
                                + timing.get("receiveHeadersEnd").getAsDouble() + offset;
                        exchange.fromCache |= response.has("fromDiskCache")
                                && response.get("fromDiskCache").getAsBoolean();
                        var headers = response.getAsJsonObject("headers");
                        for (var name : headers.keySet()) {
                            if (name.equalsIgnoreCase("content-encoding")) {
                                exchange.encoding = headers.get(name).getAsString();
                            }
                        }
                    }
                }
            });
            cdp.on("Network.loadingFinished", e -> {
                synchronized (this) {
                    var exchange = open.remove(e.get("requestId").getAsString());
                    if (exchange != null) {
                        exchange.end = e.get("timestamp").getAsDouble() * 1000 + offset;
                        exchange.bytes = e.get("encodedDataLength").getAsLong();
                    }
                }
            });
        }

        /** The requests since the last call. */
        synchronized List<Exchange> take() {
            var taken = List.copyOf(all);
            all.clear();
            return taken;
        }
    }

    /**
     * One line per request: method, path, status, encoding, bytes received (headers and encoded body), then its start,
     * response headers and end in ms from {@code zero} (ms since the epoch), or from the phase's first request.
     */
    private static void print(String phase, List<Exchange> exchanges, double zero) {
        for (var x : exchanges) {
            System.out.printf("  %-6s %-4s %-52s %3d %-4s %6d B %5.0f %5.0f %5.0f ms%s%n", phase, x.method,
                    x.path.length() > 52 ? x.path.substring(0, 49) + "..." : x.path, x.status, x.encoding, x.bytes,
                    x.start - zero, x.fromCache ? Double.NaN : x.headers - zero, x.end - zero,
                    x.fromCache ? " (cache)" : "");
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
