package id.bpjs.jmo.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Login CSRF (issue 12 §4): another site must not be able to post the login form and so log a visitor's browser into
 * an account it chose. Vaadin's configurer exempts the login page from CSRF; {@link SecurityConfig} takes that back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginCsrfTest {

    @LocalServerPort
    int port;

    @Test
    void a_login_post_without_the_csrf_token_does_not_log_in() throws Exception {
        var browser = new Browser(port).from("192.0.2.30");
        browser.get("/login");
        var response = browser.postLogin("manajer", "manajer123", null);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        assertThat(browser.isLoggedIn()).isFalse();
    }

    @Test
    void a_login_post_with_a_forged_token_does_not_log_in() throws Exception {
        var browser = new Browser(port).from("192.0.2.31");
        browser.get("/login");
        browser.postLogin("manajer", "manajer123", "f0f0f0f0-0000-0000-0000-000000000000");
        assertThat(browser.isLoggedIn()).isFalse();
    }

    @Test
    void the_login_form_posts_the_token_the_page_carries_and_logs_in() throws Exception {
        var browser = new Browser(port).from("192.0.2.32");
        var token = browser.csrfTokenFromLoginPage();
        var anonymousSession = browser.sessionId();
        var response = browser.postLogin("manajer", "manajer123", token);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        assertThat(browser.isLoggedIn()).isTrue();
        assertThat(browser.sessionId()).as("a new session id at login (no session fixation)").isNotNull()
                .isNotEqualTo(anonymousSession);
    }
}
