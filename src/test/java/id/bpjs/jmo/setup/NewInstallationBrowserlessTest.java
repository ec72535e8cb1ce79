package id.bpjs.jmo.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import id.bpjs.jmo.base.time.ServiceTime;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.dashboard.ui.DashboardView;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.security.UserService;
import id.bpjs.jmo.setup.ui.SetupChecklist;
import id.bpjs.jmo.survey.SurveyPosters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * A fresh installation as the production profile starts it: no demo data, only the first admin from the environment.
 * The dashboard shows the admin the set-up steps in order, each ticked from the database as it is done, and
 * everyone else "not set up yet" instead of empty charts.
 */
@SpringBootTest(properties = {"jmo.demo.enabled=false", "jmo.admin.username=pertama",
        "jmo.admin.password=kata-sandi-awal-123",
        "spring.datasource.url=jdbc:h2:mem:fresh-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class NewInstallationBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    SetupProgress setup;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BranchService branches;
    @Autowired
    UserService users;
    @Autowired
    SurveyPosters documents;
    @Autowired
    ServiceTime time;

    private boolean done(String step) {
        return $(ListItem.class).id("setup-step-" + step).hasClassName("setup-done");
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    @WithUserDetails("pertama")
    void the_admin_of_a_fresh_installation_is_led_through_the_set_up_and_the_charts_appear_when_it_is_done() {
        var today = time.today();
        navigate(DashboardView.class);
        var checklist = $(SetupChecklist.class).single();
        assertThat(checklist.isVisible()).isTrue();
        assertThat($(ListItem.class).all()).extracting(ListItem::getId).extracting(java.util.Optional::orElseThrow)
                .containsExactly("setup-step-BRANCHES", "setup-step-HOLIDAYS", "setup-step-USERS",
                        "setup-step-POSTERS");
        assertThat($(Anchor.class, checklist).all()).extracting(Anchor::getHref)
                .containsExactly("admin/cabang", "admin/hari-libur", "admin/pengguna", "laporan-ikm");
        assertThat(done("BRANCHES")).isFalse();
        // the manager of the other test is the only account besides the admin
        assertThat(done("USERS")).isTrue();
        assertThat(done("POSTERS")).isFalse();
        // the holiday calendar of the migrations covers 2024–2027
        assertThat(done("HOLIDAYS")).isEqualTo(today.getYear() >= 2024 && today.getYear() <= 2027);
        assertThat($(Div.class).withClassName("dashboard-content").all()).as("hidden").isEmpty();

        jdbc.update("insert into branch (code, name, regional_office, served_per_month, time_zone)"
                + " values ('MKS', 'Makassar', 'Kanwil Sulawesi Maluku', 2400, 'Asia/Makassar')");
        navigate(DashboardView.class);
        assertThat(done("BRANCHES")).isTrue();
        assertThat(done("POSTERS")).isFalse();

        var branch = branches.byCode("MKS").orElseThrow();
        users.createAccount("manajer.mks", "kata-sandi-manajer-1", "Manajer Makassar", Role.MANAGER, branch);
        documents.posters(java.util.List.of(branch));
        if (!done("HOLIDAYS")) {
            jdbc.update("insert into holiday (holiday_date, name, kind) values (?, 'Tahun Baru', 'NATIONAL'),"
                    + " (?, 'Cuti bersama', 'COLLECTIVE_LEAVE')", java.sql.Date.valueOf(today.withDayOfYear(1)),
                    java.sql.Date.valueOf(today.withDayOfYear(2)));
        }
        assertThat(jdbc.queryForObject("select downloaded_by from survey_poster where branch_id = ?", String.class,
                branch.getId())).isEqualTo("pertama");

        navigate(DashboardView.class);
        assertThat(setup.progress(today).complete()).isTrue();
        assertThat($(SetupChecklist.class).all()).isEmpty();
        assertThat($(Div.class).withClassName("dashboard-content").single().isVisible()).isTrue();
    }

    @org.junit.jupiter.api.BeforeEach
    void aManagerWithoutBranchDataYet() {
        if (users.byUsername("manajer.baru").isEmpty()) {
            users.createAccount("manajer.baru", "kata-sandi-manajer-2", "Manajer Baru", Role.MANAGER, null);
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    @WithUserDetails(value = "manajer.baru",
            setupBefore = org.springframework.security.test.context.support.TestExecutionEvent.TEST_EXECUTION)
    void managers_and_staff_read_that_the_app_is_not_set_up_instead_of_empty_charts() {
        navigate(DashboardView.class);
        var message = $(SetupChecklist.class).single();
        assertThat(message.getId()).contains("setup-not-ready");
        assertThat(message.getElement().getTextRecursively()).contains("Aplikasi belum disiapkan")
                .doesNotContain("Poster survei (kode QR)");
        assertThat($(Anchor.class, message).all()).isEmpty();
        assertThat($(Div.class).withClassName("dashboard-content").all()).as("hidden").isEmpty();
    }
}
