package id.bpjs.jmo.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.audit.SettingsTrace;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Password guessing through the real login form (issue 12 §4: "50 wrong passwords for one user went through in 7 s,
 * and the right one worked at once after"). Each test claims its own client addresses through the trusted loopback
 * proxy, so the address counts of one test never lock another test's logins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    SettingsTrace trace;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forget_every_count_and_restore_the_clock() {
        throttle.useClock(Clock.systemUTC());
        jdbc.update("delete from login_throttle");
    }

    @Test
    void fifty_wrong_passwords_lock_the_user_and_the_right_one_is_refused_until_the_lock_ends() throws Exception {
        for (int i = 0; i < 50; i++) {
            // a new address for every guess: the user name's own count has to stop them
            var guess = new Browser(port).from("198.51.100." + (i + 1)).logIn("petugas.mgl", "tebakan-" + i);
            assertThat(refused(guess)).as("guess %d", i).isTrue();
        }
        var honest = new Browser(port).from("198.51.100.200");
        assertThat(refused(honest.logIn("petugas.mgl", "petugas123"))).isTrue();
        assertThat(honest.isLoggedIn()).isFalse();
        // only the guesses before the lock were checked; the ones during it were refused unchecked and not counted
        assertThat(failures("USER", "petugas.mgl")).isEqualTo(5);

        throttle.useClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)));
        assertThat(refused(honest.logIn("petugas.mgl", "petugas123"))).isFalse();
        assertThat(honest.isLoggedIn()).isTrue();
        assertThat(failures("USER", "petugas.mgl")).as("a correct password clears the name's count").isNull();
    }

    @Test
    void an_unknown_user_name_gets_the_same_answers_as_an_existing_one() throws Exception {
        for (int i = 0; i < 7; i++) {
            var existing = new Browser(port).from("198.51.100.10").logIn("petugas.pkl", "salah-" + i);
            var unknown = new Browser(port).from("198.51.100.11").logIn("tidak.ada", "salah-" + i);
            assertThat(unknown.statusCode()).as("attempt %d", i).isEqualTo(existing.statusCode());
            assertThat(unknown.headers().firstValue("Location")).as("attempt %d", i)
                    .isEqualTo(existing.headers().firstValue("Location"));
            assertThat(unknown.body()).as("attempt %d", i).isEqualTo(existing.body());
        }
        assertThat(failures("USER", "tidak.ada")).isEqualTo(failures("USER", "petugas.pkl")).isEqualTo(5);
    }

    @Test
    void a_disabled_account_is_counted_and_answered_like_any_other_name() throws Exception {
        jdbc.update("update app_user set enabled = false where username = 'petugas.tgl'");
        try {
            for (int i = 0; i < 5; i++) {
                var disabled = new Browser(port).from("198.51.100.30").logIn("petugas.tgl", "salah-" + i);
                var unknown = new Browser(port).from("198.51.100.31").logIn("juga.tidak.ada", "salah-" + i);
                assertThat(disabled.headers().firstValue("Location")).as("attempt %d", i)
                        .isEqualTo(unknown.headers().firstValue("Location"));
            }
            assertThat(failures("USER", "petugas.tgl")).isEqualTo(failures("USER", "juga.tidak.ada")).isEqualTo(5);
        } finally {
            jdbc.update("update app_user set enabled = true where username = 'petugas.tgl'");
        }
    }

    @Test
    void one_address_trying_many_user_names_is_locked_while_other_addresses_are_not() throws Exception {
        for (int i = 0; i < 20; i++) {
            new Browser(port).from("203.0.113.7").logIn("nama" + i, "salah");
        }
        var sprayer = new Browser(port).from("203.0.113.7");
        assertThat(refused(sprayer.logIn("petugas.clp", "petugas123"))).isTrue();
        assertThat(sprayer.isLoggedIn()).isFalse();

        var colleague = new Browser(port).from("203.0.113.8");
        assertThat(refused(colleague.logIn("petugas.clp", "petugas123"))).isFalse();
        assertThat(colleague.isLoggedIn()).isTrue();
        // the forged X-Forwarded-For came through the trusted loopback proxy, so it is the address that was counted
        assertThat(failures("ADDRESS", "127.0.0.1")).isNull();
    }

    @Test
    @WithUserDetails("admin")
    void a_lock_is_listed_in_the_settings_trace_for_admins() throws Exception {
        for (int i = 0; i < 5; i++) {
            new Browser(port).from("198.51.100.20").logIn("petugas.smg", "salah-" + i);
        }
        assertThat(trace.recent(20)).anySatisfy(change -> {
            assertThat(change.area()).isEqualTo("login-lock");
            assertThat(change.item()).isEqualTo("pengguna petugas.smg");
            assertThat(change.newValue()).startsWith("5 kali gagal; ditahan 1 menit");
        });
    }

    @Test
    void every_failure_after_a_lock_ends_doubles_the_next_lock_up_to_the_longest() {
        assertThat(throttle.lockDuration(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.lockDuration(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(throttle.lockDuration(5)).isEqualTo(Duration.ofMinutes(32));
        assertThat(throttle.lockDuration(6)).isEqualTo(Duration.ofHours(1));
        assertThat(throttle.lockDuration(40)).isEqualTo(Duration.ofHours(1));
    }

    /** The login form's answer to a refused login: back to the login page with the error flag. */
    private static boolean refused(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login?error");
    }

    private Integer failures(String kind, String subject) {
        return jdbc.query("select failures from login_throttle where subject_kind = ? and subject = ?",
                rs -> rs.next() ? rs.getInt(1) : null, kind, subject);
    }
}
