package id.bpjs.jmo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.audit.SettingsTrace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Where a person's alerts and decks are mailed, and in which language: set by admins, checked, traced. */
@SpringBootTest
@ActiveProfiles("test")
class UserContactTest {

    @Autowired
    UserService users;
    @Autowired
    SettingsTrace trace;

    @Test
    @WithUserDetails("admin")
    void an_admin_sets_an_address_and_language_and_the_change_is_traced() {
        var id = users.byUsername("petugas.tgl").orElseThrow().getId();

        users.setContact(id, "  dewi.lestari@cabang.example ", "en");

        var user = users.byId(id).orElseThrow();
        assertThat(user.getEmail()).isEqualTo("dewi.lestari@cabang.example");
        assertThat(user.getPreferredLanguage()).isEqualTo("en");
        assertThat(trace.recent(5)).anySatisfy(change -> {
            assertThat(change.item()).isEqualTo("petugas.tgl");
            assertThat(change.newValue()).isEqualTo("dewi.lestari@cabang.example, en");
        });

        users.setContact(id, "", "id");
        assertThat(users.byId(id).orElseThrow().getEmail()).isNull();
    }

    @Test
    @WithUserDetails("admin")
    void an_address_that_is_not_one_is_refused_and_nothing_changes() {
        var id = users.byUsername("petugas.pkl").orElseThrow().getId();
        var before = users.byId(id).orElseThrow().getEmail();

        assertThatThrownBy(() -> users.setContact(id, "rina at cabang", "en"))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mail.invalidAddress"));
        assertThat(users.byId(id).orElseThrow().getEmail()).isEqualTo(before);
        assertThat(users.byId(id).orElseThrow().getPreferredLanguage()).isEqualTo("id");
    }

    @Test
    @WithUserDetails("manajer")
    void only_admins_set_contact_details() {
        var id = users.byUsername("petugas.mgl").orElseThrow().getId();
        assertThatThrownBy(() -> users.setContact(id, "joko@cabang.example", "id"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
