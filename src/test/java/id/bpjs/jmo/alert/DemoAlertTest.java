package id.bpjs.jmo.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's latest app release brings a burst of error reports; the rules evaluated at start-up turn it into an
 * alert the demo manager sees in the app and receives by e-mail.
 */
class DemoAlertTest extends AlertTestBase {

    @Autowired
    AlertService alerts;

    @Test
    void the_demo_manager_sees_and_receives_an_error_alert_for_purwokerto_after_start() throws Exception {
        var errorRules = Set.of(AlertRule.APP_ERRORS_WEEK, AlertRule.APP_VERSION_ERRORS);
        as("manajer", () -> assertThat(alerts.list(true, 0, 500))
                .anyMatch(a -> errorRules.contains(a.rule()) && a.branchCode().equals("PWT")));
        var subjects = new java.util.ArrayList<String>();
        for (var message : mailTo("manajer@cabang.example")) {
            subjects.add(message.getSubject());
        }
        assertThat(subjects).anyMatch(s -> (s.contains("Lonjakan laporan eror aplikasi")
                || s.contains("Versi aplikasi baru lebih sering eror")) && s.endsWith("– Purwokerto"));
    }
}
