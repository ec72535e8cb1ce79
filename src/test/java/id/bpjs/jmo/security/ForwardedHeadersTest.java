package id.bpjs.jmo.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.ActiveProfiles;

/**
 * X-Forwarded-For/-Proto are believed only from trusted proxies (issue 12 §3/§4: the survey limit was bypassed with
 * forged addresses). Here no proxy is trusted ({@code JMO_TRUSTED_PROXIES=} empty), so the test client on loopback is
 * an ordinary client. That the header is believed from a trusted proxy (loopback, the default) is shown by
 * {@link LoginThrottleTest#one_address_trying_many_user_names_is_locked_while_other_addresses_are_not}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"JMO_TRUSTED_PROXIES=", "jmo.demo.enabled=false"})
@ActiveProfiles("test")
class ForwardedHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_forged_forwarded_for_from_an_untrusted_address_does_not_change_the_client_address() throws Exception {
        assertThat(whatTheAppSees(null)).isEqualTo("127.0.0.1 http");
        assertThat(whatTheAppSees("203.0.113.99")).isEqualTo("127.0.0.1 http");
    }

    @Test
    void a_forged_forwarded_proto_from_an_untrusted_address_does_not_make_the_request_secure() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__remote"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo("127.0.0.1 http");
    }

    private String whatTheAppSees(String forwardedFor) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__remote")).GET();
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Answers with the client address and scheme the application sees, after Tomcat's remote IP valve. */
    @TestConfiguration
    static class EchoClientAddress {

        @Bean
        FilterRegistrationBean<Filter> remoteAddressEcho() {
            Filter echo = (request, response, chain) -> response.getWriter()
                    .write(request.getRemoteAddr() + " " + request.getScheme());
            var registration = new FilterRegistrationBean<>(echo);
            registration.addUrlPatterns("/__remote");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
