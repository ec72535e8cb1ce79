package id.bpjs.jmo.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One browser's worth of HTTP for the security tests: its own cookie jar (session), no redirects followed, and
 * optionally a forged {@code X-Forwarded-For} (the test server runs on loopback, which is a trusted proxy by default).
 */
final class Browser {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private @Nullable String forwardedFor;

    Browser(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies).build();
    }

    /** Requests from now on claim to come, through the trusted proxy, from this client address. */
    Browser from(String clientAddress) {
        this.forwardedFor = clientAddress;
        return this;
    }

    /**
     * GET as a browser does. In development mode the first pages of a fresh checkout are a placeholder while Vaadin
     * builds its front-end bundle; like the placeholder's own script, this waits and asks again.
     */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            var response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (!response.body().contains("Building front-end development bundle") || System.nanoTime() > deadline) {
                return response;
            }
            Thread.sleep(500);
        }
    }

    /** The CSRF token Vaadin writes into the login page for this session (what the login form posts). */
    String csrfTokenFromLoginPage() throws IOException, InterruptedException {
        var page = get("/login");
        var matcher = CSRF_META.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("the login page carries no <meta name=\"_csrf\">: " + page.body());
        }
        return matcher.group(1);
    }

    /** Posts the login form as the browser does, with the given CSRF token (null: without one). */
    HttpResponse<String> postLogin(String username, String password, @Nullable String csrfToken)
            throws IOException, InterruptedException {
        var form = new LinkedHashMap<String, String>();
        form.put("username", username);
        form.put("password", password);
        if (csrfToken != null) {
            form.put("_csrf", csrfToken);
        }
        return http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in through the login page like a person: fetches the page's token, posts it with the password. */
    HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
        return postLogin(username, password, csrfTokenFromLoginPage());
    }

    /** Whether this browser's session is logged in: the dashboard answers instead of sending it to the login page. */
    boolean isLoggedIn() throws IOException, InterruptedException {
        var dashboard = get("/");
        return dashboard.statusCode() == 200;
    }

    /** The session cookie's value, if the server has set one. */
    @Nullable
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
