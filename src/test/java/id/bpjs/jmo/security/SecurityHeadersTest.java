package id.bpjs.jmo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.context.ActiveProfiles;

/** Response headers and the session cookie (issue 12 §4), on an app page and on the public survey. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void the_login_page_and_the_public_survey_send_the_security_headers() throws Exception {
        for (var path : List.of("/login", "/survei/PWT", "/kiosk/some-secret")) {
            var response = new Browser(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(header(response, "Content-Security-Policy")).as(path)
                    .isEqualTo(path.equals("/login") ? SecurityConfig.CONTENT_SECURITY_POLICY
                            : SecurityConfig.PUBLIC_CONTENT_SECURITY_POLICY)
                    .contains("frame-ancestors 'self'", "default-src 'self'", "object-src 'none'")
                    .doesNotContain("*");
            assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(header(response, "X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
        }
    }

    @Test
    void the_public_survey_allows_no_inline_or_evaluated_script_and_creates_no_session() throws Exception {
        var response = new Browser(port).get("/survei/PWT");
        assertThat(header(response, "Content-Security-Policy")).contains("script-src 'self';", "style-src 'self';")
                .doesNotContain("unsafe");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("jmo-survey-csrf=")
                && c.contains("HttpOnly"));
    }

    @Test
    void a_logged_in_page_sends_the_security_headers_too() throws Exception {
        var browser = new Browser(port).from("192.0.2.40");
        browser.logIn("manajer", "manajer123");
        var dashboard = browser.get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(header(dashboard, "Content-Security-Policy")).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(header(dashboard, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        var response = new Browser(port).get("/login");
        var cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void the_session_never_travels_in_the_address() throws Exception {
        // The first response of a new session is where a servlet container adds ;jsessionid= when it may.
        var redirect = new Browser(port).get("/");
        assertThat(redirect.statusCode()).isIn(302, 303);
        assertThat(header(redirect, "Location")).doesNotContainIgnoringCase("jsessionid");
        var login = new Browser(port).get("/login");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void the_production_profile_marks_the_session_cookie_secure_unless_told_otherwise() throws Exception {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new PropertiesPropertySource("prod",
                PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"))));
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();

        var plainHttp = new Properties();
        plainHttp.setProperty("JMO_SECURE_COOKIE", "false");
        environment.getPropertySources().addLast(new PropertiesPropertySource("env", plainHttp));
        assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isFalse();
    }

    /**
     * Response compression (docs/SECURITY.md, "Response compression"): the public survey's page, style and script go
     * compressed to a phone; Vaadin's start response, which carries the session's security key beside what the
     * address asks for (what BREACH needs to read a secret through compression), goes as it is.
     */
    @Test
    void the_public_survey_is_sent_compressed_and_vaadins_start_response_is_not() throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (var path : List.of("/survei/PWT", "/survei/aset/survey.css", "/survei/aset/survey.js")) {
            var response = http.send(gzipAccepted(path), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            var content = new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
            assertThat(response.body().length).as(path).isLessThan(content.length / 2);
        }
        http.send(gzipAccepted("/login"), HttpResponse.BodyHandlers.discarding());
        var start = http.send(gzipAccepted("/?v-r=init&location=login"), HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(start.body()).contains("Vaadin-Security-Key");
    }

    private HttpRequest gzipAccepted(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Encoding", "gzip")
                .build();
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }
}
