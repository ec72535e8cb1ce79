package id.bpjs.jmo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A crafted Vaadin start request is refused with one log line, not three stack traces (issue 12 §4). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class CraftedRequestLoggingTest {

    @LocalServerPort
    int port;

    @Test
    void a_start_request_for_another_host_is_refused_with_one_log_line(CapturedOutput output)
            throws Exception {
        var browser = new Browser(port).from("192.0.2.50");
        browser.logIn("manajer", "manajer123");
        for (var location : List.of("//other.host", "%2F%2Fother.host", "//other.host/login")) {
            int before = output.length();
            var response = browser.get("/?v-r=init&location=" + location);
            assertThat(response.statusCode()).as(location).isEqualTo(400);
            var logged = output.toString().substring(before);
            assertThat(logged.lines().filter(line -> !line.isBlank())).as(location).singleElement()
                    .satisfies(line -> assertThat(line).contains("WARN", "invalid location"));
            assertThat(logged).as(location).doesNotContain("\tat ", "Exception");
        }
    }

    @Test
    void a_start_request_with_an_absolute_location_is_refused_without_a_stack_trace(CapturedOutput output)
            throws Exception {
        var browser = new Browser(port).from("192.0.2.52");
        browser.logIn("manajer", "manajer123");
        for (var location : List.of("/temuan", "/admin/pengguna")) {
            int before = output.length();
            var response = browser.get("/?v-r=init&location=" + location);
            assertThat(response.statusCode()).as(location).isEqualTo(400);
            var logged = output.toString().substring(before);
            assertThat(logged.lines().filter(line -> !line.isBlank())).as(location).hasSizeLessThanOrEqualTo(1);
            assertThat(logged).as(location).doesNotContain("\tat ", "Exception");
        }
    }

    @Test
    void a_start_request_with_an_ordinary_location_still_starts_the_app() throws Exception {
        var browser = new Browser(port).from("192.0.2.51");
        browser.logIn("manajer", "manajer123");
        var response = browser.get("/?v-r=init&location=temuan");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"appConfig\"");
    }
}
