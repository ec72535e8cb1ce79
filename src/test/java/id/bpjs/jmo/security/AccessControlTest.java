package id.bpjs.jmo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessControlTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void an_anonymous_request_for_a_protected_view_is_sent_to_login() throws Exception {
        for (var path : new String[] {"/", "/admin/pengguna"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isIn(302, 303);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void the_public_survey_and_the_kiosk_link_need_no_login() throws Exception {
        for (var path : new String[] {"/survei/PWT", "/kiosk/some-secret"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void the_health_check_needs_no_login() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    @Test
    @WithUserDetails("petugas")
    void staff_cannot_call_an_admin_service() {
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_can_list_users() {
        assertThat(users.list()).extracting(AppUser::getUsername).contains("admin", "manajer", "petugas");
    }

    @Test
    void demo_passwords_are_stored_as_bcrypt_hashes() {
        var hash = users.byUsername("manajer").orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("$2").doesNotContain("manajer123");
    }
}
