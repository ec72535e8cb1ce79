package id.bpjs.jmo.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.audit.SettingsTrace;
import id.bpjs.jmo.base.time.IndonesianZone;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** A branch's time zone: one of Indonesia's three, set by admins, traced like every branch setting. */
@SpringBootTest
@ActiveProfiles("test")
class BranchZoneTest {

    @Autowired
    BranchService branches;
    @Autowired
    SettingsTrace trace;

    @Test
    void a_new_branch_works_in_wib() {
        var branch = new Branch("XYZ", "Contoh", "Kanwil", 10);
        assertThat(branch.getTimeZone()).isEqualTo("Asia/Jakarta");
        assertThat(branch.zone()).isEqualTo(IndonesianZone.WIB.zone());
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_puts_a_branch_in_wita_and_the_change_is_traced() {
        var manado = new Branch("MND", "Manado", "Kanwil Sulawesi Utara, Tengah dan Gorontalo", 1800);
        manado.setTimeZone(IndonesianZone.WITA.id());
        branches.saveAsAdmin(manado);
        assertThat(branches.byCode("MND").orElseThrow().zone()).isEqualTo(IndonesianZone.WITA.zone());
        assertThat(trace.recent(5)).anySatisfy(change -> {
            assertThat(change.item()).isEqualTo("MND");
            assertThat(change.newValue()).endsWith("Asia/Makassar");
        });
    }

    @Test
    @WithUserDetails("admin")
    void a_zone_outside_indonesia_is_refused_naming_the_field_and_nothing_is_saved() {
        var berlin = new Branch("TRN", "Contoh", "Kanwil", 10);
        berlin.setTimeZone("Europe/Berlin");
        assertThatThrownBy(() -> branches.saveAsAdmin(berlin))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString()).containsExactly("timeZone"));
        assertThat(branches.byCode("TRN")).isEmpty();
    }
}
