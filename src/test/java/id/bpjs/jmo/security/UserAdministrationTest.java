package id.bpjs.jmo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.audit.SettingsTrace;
import id.bpjs.jmo.branch.BranchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class UserAdministrationTest {

    @Autowired
    UserService users;
    @Autowired
    BranchService branches;
    @Autowired
    SettingsTrace trace;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContext;

    @Test
    void weak_and_common_passwords_are_refused_with_the_rule_they_break() {
        assertThat(PasswordPolicy.problem("budi", "pendek1")).contains("password.tooShort");
        assertThat(PasswordPolicy.problem("budi", "hanyahurufsaja")).contains("password.letterAndDigit");
        assertThat(PasswordPolicy.problem("budi", "budi12345678")).contains("password.containsUsername");
        assertThat(PasswordPolicy.problem("budi", "Bismillah123")).contains("password.common");
        assertThat(PasswordPolicy.problem("budi", "Kopi-Tubruk-2026")).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_staff_who_must_change_the_password_at_first_login() {
        var pwt = branches.byCode("PWT").orElseThrow();
        assertThatThrownBy(() -> users.create("petugas", "Dobel", Role.STAFF, pwt, "Kopi-Tubruk-2026"))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.messageKey()).isEqualTo("user.duplicate"));
        assertThatThrownBy(() -> users.create("rina.new", "Rina", Role.STAFF, pwt, "password123"))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.messageKey()).isEqualTo("password.common"));
        assertThatThrownBy(() -> users.create("rina.new", "Rina", Role.STAFF, null, "Kopi-Tubruk-2026"))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.staffNeedsBranch"));
        var created = users.create("Rina.New", "Rina Wulandari", Role.STAFF, pwt, "Kopi-Tubruk-2026");
        assertThat(created.getUsername()).isEqualTo("rina.new");
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(trace.recent(5)).anySatisfy(c -> assertThat(c.item()).isEqualTo("rina.new"));

        // log in as her: the temporary password must be replaced, by a valid new one
        var principal = users.loadUserByUsername("rina.new");
        securityContext.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        assertThat(users.mustChangePassword()).isTrue();
        assertThatThrownBy(() -> users.changeOwnPassword("salah", "Teh-Manis-2027"))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.currentWrong"));
        assertThatThrownBy(() -> users.changeOwnPassword("Kopi-Tubruk-2026", "Kopi-Tubruk-2026"))
                .isInstanceOf(UserException.class);
        users.changeOwnPassword("Kopi-Tubruk-2026", "Teh-Manis-2027");
        assertThat(users.mustChangePassword()).isFalse();
        assertThat(encoder.matches("Teh-Manis-2027", users.byUsername("rina.new").orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void accounts_are_disabled_not_deleted_and_an_admin_cannot_lock_themself_out() {
        var staff = users.byUsername("petugas.mgl").orElseThrow();
        var disabled = users.update(staff.getId(), staff.getFullName(), Role.STAFF, staff.getBranch(), false);
        assertThat(disabled.isEnabled()).isFalse();
        assertThat(users.loadUserByUsername("petugas.mgl").isEnabled()).isFalse();
        users.update(staff.getId(), staff.getFullName(), Role.STAFF, staff.getBranch(), true);
        var admin = users.byUsername("admin").orElseThrow();
        assertThatThrownBy(() -> users.update(admin.getId(), admin.getFullName(), Role.ADMIN, admin.getBranch(), false))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.cannotDisableSelf"));
    }

    @Test
    @WithUserDetails("manajer")
    void only_admins_manage_accounts() {
        var pwt = branches.byCode("PWT").orElseThrow();
        assertThatThrownBy(() -> users.create("x.y", "X", Role.STAFF, pwt, "Kopi-Tubruk-2026"))
                .isInstanceOf(AccessDeniedException.class);
        var staff = users.byUsername("petugas").orElseThrow();
        assertThatThrownBy(() -> users.resetPassword(staff.getId(), "Kopi-Tubruk-2026"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
