package id.bpjs.jmo.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.bpjs.jmo.security.ui.LoginView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Login through Vaadin's security configurer. Only for the web application: the data generator runs without a web
 * server. Method security ({@link MethodSecurityConfig}) applies in both. What this promises is listed in
 * docs/SECURITY.md.
 */
@EnableWebSecurity
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

    /**
     * Vaadin 25.2 needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts (the bootstrap page starts the
     * client engine inline, and the engine builds functions from the expressions the server sends) and
     * {@code 'unsafe-inline'} for styles (Vaadin docs, "Content Security Policy"). Everything else is narrowed to the
     * app's own origin: no other host is ever loaded, posted to, or allowed to frame the app. {@code data:} images are
     * the login form's and the charts' icons; push uses a same-origin WebSocket, which {@code 'self'} covers.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /**
     * The public survey pages ({@code survey.ui.PublicSurveyController}: plain HTML, one CSS and one script file of
     * their own, nothing inline) get a narrower policy than Vaadin's: no inline or evaluated script, no inline style.
     */
    static final String PUBLIC_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    /** The paths of the public survey, served by Spring MVC beside Vaadin, open to everyone. */
    static final String[] PUBLIC_PAGES = {"/survei/**", "/kiosk/**"};

    /**
     * The public survey and the kiosk link: no login and no session (a participant's phone costs the server no
     * memory after the response), CSRF still checked on the form post, with the token in an HttpOnly cookie of its
     * own (double submit) instead of the session. Comes before the Vaadin chain, which handles every other path.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicSurveyChain(HttpSecurity http) throws Exception {
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName("jmo-survey-csrf");
        csrfTokens.setCookiePath("/survei");
        // the form token lives 2 hours; a form left open that long on a phone still posts
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").maxAge(java.time.Duration.ofHours(8)));
        http.securityMatcher(PUBLIC_PAGES)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PUBLIC_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil, LoginThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health",
                "/actuator/health/**").permitAll());
        // Vaadin's configurer exempts the login page from CSRF, which lets another site log a victim's browser into
        // an account of the attacker's choosing (login CSRF, issue 12 §4). Only Vaadin's own internal requests are
        // exempted here: they carry Vaadin's own CSRF token. The login form posts Spring's token, which Vaadin writes
        // into the page as <meta name="_csrf"> and <vaadin-login-form> adds to its form (web-components PR #214).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // nosniff is Spring Security's default; frame-ancestors replaces X-Frame-Options for current browsers, the
        // same-origin X-Frame-Options stays for old ones. Written before the request is handled: written after it
        // (the default) they never reached Vaadin's pages, which the dispatcher servlet forwards to Vaadin's servlet.
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin));
        // Asked before the password is checked: a locked name or address is refused without testing the password.
        http.authenticationProvider(new ThrottledLogins(throttle));
        // Unknown addresses reach Vaadin for logged-in users, so they get the not-found page instead of a bare 403;
        // anonymous users are still sent to the login page first.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /**
     * Refuses a login while its user name or address is locked by {@link LoginThrottle}; otherwise steps aside
     * (returns null) so the password check runs. A {@link LockedException} ends the attempt at once (the provider
     * manager does not try further providers after an account-status failure) and, unlike a wrong password, is not
     * counted again, so waiting out a lock is enough. The login page shows the same message for it as for a wrong
     * password.
     */
    private record ThrottledLogins(LoginThrottle throttle) implements AuthenticationProvider {

        @Override
        public @Nullable Authentication authenticate(Authentication authentication) {
            throttle.lockedUntil(authentication.getName(), LoginThrottle.address(authentication)).ifPresent(until -> {
                throw new LockedException("login locked until " + until);
            });
            return null;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
