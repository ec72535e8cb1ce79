package id.bpjs.jmo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.bpjs.jmo.base.ui.ChartCard;
import id.bpjs.jmo.base.ui.ChartJs;
import id.bpjs.jmo.base.ui.KeyFigure;
import id.bpjs.jmo.dashboard.ui.DashboardView;
import id.bpjs.jmo.security.ui.LoginView;
import id.bpjs.jmo.security.ui.UsersView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Server-side UI tests: the views as Vaadin builds them, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
class ViewsBrowserlessTest extends SpringBrowserlessTest {

    @Test
    void the_login_view_speaks_indonesian_by_default() {
        navigate(LoginView.class);
        var form = $(LoginForm.class).single();
        var i18n = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("\"title\":\"Masuk\"", "\"username\":\"Nama pengguna\"",
                "Nama pengguna atau kata sandi salah");
        assertThat($(H1.class).single().getText()).isEqualTo("JMO Monitor");
    }

    @Test
    @WithUserDetails("manajer")
    void the_dashboard_shows_every_chart_and_key_figure_from_the_database() {
        navigate(DashboardView.class);
        var card = $(ChartCard.class).id("chart-attribute-scores");
        var chart = $(ChartJs.class, card).single();
        assertThat(chart.isVisible()).isTrue();
        var config = chart.getElement().getProperty("config");
        assertThat(config).contains("\"type\":\"bar\"").contains("Kerumitan").contains("Keuntungan relatif");
        assertThat(card.getElement().getTextRecursively()).contains("n = ");
        assertThat($(ChartCard.class).all()).hasSize(9).allSatisfy(c -> assertThat($(ChartJs.class, c).single()
                .getElement().getProperty("config")).isNotBlank());
        assertThat($(KeyFigure.class).id("kf-weakest").valueText()).isEqualTo("Kerumitan");
    }

    @Test
    @WithUserDetails("manajer")
    void a_period_without_data_shows_empty_states() {
        navigate(DashboardView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate(DashboardView.class, com.vaadin.flow.router.QueryParameters
                .simple(java.util.Map.of("periode", "kustom", "dari", "2019-01-01", "sampai", "2019-01-31")));
        var card = $(ChartCard.class).id("chart-attribute-scores");
        assertThat(card.emptyState().isVisible()).isTrue();
        assertThat($(KeyFigure.class).id("kf-responses").valueText()).isEqualTo("0");
        assertThat($(KeyFigure.class).id("kf-ikm").valueText()).isEqualTo("–");
    }

    @Test
    @WithUserDetails("manajer")
    void the_menu_shows_only_views_the_user_may_open() {
        navigate(DashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Dasbor")
                .doesNotContain("Pengguna");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_the_users_view() {
        navigate(UsersView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Dasbor", "Pengguna");
    }

    @Test
    @WithUserDetails("petugas")
    void staff_cannot_open_an_admin_only_view() {
        try {
            navigate(UsersView.class);
        } catch (IllegalArgumentException expected) {
            // browserless reports the denied navigation: the view was not opened
        }
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }
}
